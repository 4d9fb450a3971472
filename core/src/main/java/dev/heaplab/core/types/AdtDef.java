package dev.heaplab.core.types;

import dev.heaplab.core.source.Span;
import java.util.List;
import java.util.Set;

/**
 * A struct or enum: user-defined, or a standard-library type heaplab models ({@code lang} non-null).
 * Field types mention the ADT's own generic parameters as {@link Ty.Param} with indices 0..n-1.
 * {@code derives} holds the derived traits' names, and {@link #REPR_C} for a `#[repr(C)]` struct.
 * {@code lifetimes}: how many lifetime parameters it declares (types keep no region arguments; rustc
 * prints each as `'_`); {@code stdPath}: the path of the real std item a stub stands for (null for the
 * crate's own), printed where rustc does not trim it ({@link StdPaths}).
 */
public record AdtDef(DefId id, String name, Kind kind, List<String> genericParams, List<VariantDef> variants,
                     Set<String> derives, LangItem lang, Span span, int lifetimes, String stdPath) {
    public enum Kind { STRUCT, ENUM }

    public AdtDef {
        genericParams = List.copyOf(genericParams);
        variants = List.copyOf(variants);
        derives = Set.copyOf(derives);
    }

    public AdtDef(DefId id, String name, Kind kind, List<String> genericParams, List<VariantDef> variants,
                  Set<String> derives, LangItem lang, Span span) {
        this(id, name, kind, genericParams, variants, derives, lang, span, 0, null);
    }

    public boolean isEnum() { return kind == Kind.ENUM; }

    /** The marker of `#[repr(C)]` among {@code derives} (not a trait name: it has parentheses). */
    public static final String REPR_C = "repr(C)";

    /** Laid out in declaration order (`#[repr(C)]`), not reordered by size. */
    public boolean reprC() { return derives.contains(REPR_C); }

    /** The integer type of a fieldless enum's `#[repr(u8)]` (and the like), or null. */
    public IntTy reprInt() {
        for (String d : derives) {
            if (d.startsWith("repr(") && !d.equals(REPR_C)) return IntTy.byName(d.substring(5, d.length() - 1));
        }
        return null;
    }

    /** The only variant of a struct. */
    public VariantDef struct() { return variants.get(0); }

    public int variantIndex(String variantName) {
        for (int i = 0; i < variants.size(); i++) if (variants.get(i).name().equals(variantName)) return i;
        return -1;
    }

    public enum CtorKind { NAMED, TUPLE, UNIT }

    /** A variant (a struct has exactly one, named like the struct). */
    public record VariantDef(String name, CtorKind ctor, List<FieldDef> fields, long discriminant) {
        public VariantDef { fields = List.copyOf(fields); }

        public int fieldIndex(String fieldName) {
            for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(fieldName)) return i;
            return -1;
        }
    }

    /** A field; tuple fields are named "0", "1", .... */
    public record FieldDef(String name, Ty ty, boolean isPub) {}
}
