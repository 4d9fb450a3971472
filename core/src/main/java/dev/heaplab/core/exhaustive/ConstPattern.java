package dev.heaplab.core.exhaustive;

import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.List;

/**
 * The value of a `const` used as a pattern, expanded into the pattern it stands for (rustc's
 * const-to-pattern): scalars compare by value, aggregates of structural types match field by field.
 * Each node carries its type.
 */
public sealed interface ConstPattern {
    Ty ty();

    /** An integer, or a `char` by its code point. */
    record Int(Ty ty, BigInteger value) implements ConstPattern {}
    record Bool(Ty ty, boolean value) implements ConstPattern {}
    record Float(Ty ty, double value) implements ConstPattern {}
    /** A `str` value (always behind a {@link Ref}). */
    record Str(Ty ty, String value) implements ConstPattern {}
    record Ref(Ty ty, ConstPattern inner) implements ConstPattern {}
    record Tuple(Ty ty, List<ConstPattern> elems) implements ConstPattern {
        public Tuple { elems = List.copyOf(elems); }
    }
    record Array(Ty ty, List<ConstPattern> elems) implements ConstPattern {
        public Array { elems = List.copyOf(elems); }
    }
    /** A struct or an enum variant, fields in declaration order. */
    record Adt(Ty ty, DefId adt, int variant, List<Ty> args, List<ConstPattern> fields) implements ConstPattern {
        public Adt {
            args = List.copyOf(args);
            fields = List.copyOf(fields);
        }
    }
}
