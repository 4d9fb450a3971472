package dev.heaplab.core.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A semantic type. Structural records: two equal types are equal values, so types can key maps.
 * Definitions (ADTs, functions, closures) are referred to by their stable ids, not by AST records.
 */
public sealed interface Ty {
    record Int(IntTy kind) implements Ty {}
    record Float(FloatTy kind) implements Ty {}
    record Bool() implements Ty {}
    record Char() implements Ty {}
    /** The unsized `str`; appears behind references and boxes. */
    record Str() implements Ty {}
    record Never() implements Ty {}
    /** `(A, B)`; the unit type is the empty tuple. */
    record Tuple(List<Ty> elems) implements Ty {
        public Tuple { elems = List.copyOf(elems); }
    }
    record Array(Ty elem, long len) implements Ty {
        /** The length of `[T; N]` in std impls: matches an array of any length (std's `const N: usize`). */
        public static final long ANY_LEN = -2;
    }
    record Slice(Ty elem) implements Ty {}
    /** `&'r T` / `&'r mut T`. Regions are erased to {@link Region#ERASED} after type checking. */
    record Ref(Region region, boolean mutable, Ty inner) implements Ty {}
    record RawPtr(boolean mutable, Ty inner) implements Ty {}
    /** A struct or enum, user-defined or from the modelled standard library, with its type arguments. */
    record Adt(DefId def, List<Ty> args) implements Ty {
        public Adt { args = List.copyOf(args); }
    }
    /** The zero-sized type of a named function item, with its generic arguments. */
    record FnDef(DefId def, List<Ty> args) implements Ty {
        public FnDef { args = List.copyOf(args); }
    }
    /** `fn(A) -> R`. */
    record FnPtr(List<Ty> params, Ty ret) implements Ty {
        public FnPtr { params = List.copyOf(params); }
    }
    /** A closure's unique type; {@code parentArgs} are the enclosing item's generic arguments. */
    record Closure(DefId def, List<Ty> parentArgs) implements Ty {
        public Closure { parentArgs = List.copyOf(parentArgs); }
    }
    /**
     * `dyn Trait` (unsized; behind a pointer). {@code autos}: the auto traits written after it
     * ({@link #SEND}, {@link #SYNC} bits). They are part of the type, as in rustc: `dyn T + Send` and
     * `dyn T` are different types; only a coercion drops auto traits (typeck.Coercion).
     */
    record Dynamic(DefId trait, List<Ty> traitArgs, int autos) implements Ty {
        public static final int SEND = 1, SYNC = 2;
        public Dynamic { traitArgs = List.copyOf(traitArgs); }
        public Dynamic(DefId trait, List<Ty> traitArgs) { this(trait, traitArgs, 0); }
        @Override public boolean equals(Object o) {
            return o instanceof Dynamic d && trait.equals(d.trait) && traitArgs.equals(d.traitArgs) && autos == d.autos;
        }
        @Override public int hashCode() { return (trait.hashCode() * 31 + traitArgs.hashCode()) * 4 + autos; }
    }
    /** A generic parameter of the enclosing item(s), by index and name. */
    record Param(int index, String name) implements Ty {}
    /** An inference variable; {@code integral}/{@code floating} mark `{integer}` and `{float}` variables. */
    record Infer(int var, InferKind kind) implements Ty {}
    /** `<T as Trait>::Name` not yet normalised. */
    record Projection(DefId trait, List<Ty> traitArgs, String name, Ty self) implements Ty {
        public Projection { traitArgs = List.copyOf(traitArgs); }
    }
    /**
     * The `impl Trait` return type of function {@code fn} with its generic arguments: callers see only
     * its bounds (rustc's opaque type). Only the type checker makes these; its tables and definitions
     * reveal the hidden type before later stages read them.
     */
    record Opaque(DefId fn, List<Ty> args) implements Ty {
        public Opaque { args = List.copyOf(args); }
    }
    /** The type of an expression that already failed to type-check; suppresses cascading errors. */
    record Error() implements Ty {}

    enum InferKind { GENERAL, INTEGER, FLOAT }

    Ty UNIT = new Tuple(List.of());
    Ty BOOL = new Bool();
    Ty CHAR = new Char();
    Ty STR = new Str();
    Ty NEVER = new Never();
    Ty ERROR = new Error();
    Ty I32 = new Int(IntTy.I32);
    Ty USIZE = new Int(IntTy.USIZE);
    Ty F64 = new Float(FloatTy.F64);

    static Ty ref(Ty inner) { return new Ref(Region.ERASED, false, inner); }

    static Ty refMut(Ty inner) { return new Ref(Region.ERASED, true, inner); }

    default boolean isUnit() { return this instanceof Tuple t && t.elems().isEmpty(); }

    /** Rust's spelling of the type, as rustc prints it in diagnostics (`Vec<i32>`, `&mut String`). */
    default String display(DefNames names) {
        return switch (this) {
            case Int i -> i.kind().rustName();
            case Float f -> f.kind().rustName();
            case Bool b -> "bool";
            case Char c -> "char";
            case Str s -> "str";
            case Never n -> "!";
            case Tuple t -> t.elems().size() == 1
                    ? "(" + t.elems().get(0).display(names) + ",)"
                    : t.elems().stream().map(e -> e.display(names)).collect(Collectors.joining(", ", "(", ")"));
            case Array a -> "[" + a.elem().display(names) + "; " + (a.len() == Array.ANY_LEN ? "N" : String.valueOf(a.len())) + "]";
            case Slice s -> "[" + s.elem().display(names) + "]";
            case Ref r -> "&" + (r.region().isNamed() ? r.region().name() + " " : "") + (r.mutable() ? "mut " : "")
                    + r.inner().display(names);
            case RawPtr p -> (p.mutable() ? "*mut " : "*const ") + p.inner().display(names);
            case Adt a -> names.path(a.def()) + args(names.lifetimeParams(a.def()), a.args(), names);
            case FnDef f -> "fn item " + names.name(f.def());
            case FnPtr f -> "fn" + f.params().stream().map(e -> e.display(names)).collect(Collectors.joining(", ", "(", ")"))
                    + (f.ret().isUnit() ? "" : " -> " + f.ret().display(names));
            case Closure c -> "{closure@" + names.name(c.def()) + "}";
            case Dynamic d -> "dyn " + names.path(d.trait()) + args(0, d.traitArgs(), names)
                    + ((d.autos() & Dynamic.SEND) != 0 ? " + Send" : "") + ((d.autos() & Dynamic.SYNC) != 0 ? " + Sync" : "");
            case Param p -> p.name();
            case Infer i -> switch (i.kind()) {
                case INTEGER -> "{integer}";
                case FLOAT -> "{float}";
                case GENERAL -> "_";
            };
            case Projection p -> "<" + p.self().display(names) + " as " + names.path(p.trait()) + ">::" + p.name();
            case Opaque o -> names.opaque(o.fn(), o.args());
            case Error e -> "{type error}";
        };
    }

    /** `<'_, A, B>`: {@code lifetimes} erased lifetime arguments (rustc prints them as `'_`), then the types. */
    private static String args(int lifetimes, List<Ty> args, DefNames names) {
        if (args.isEmpty() && lifetimes == 0) return "";
        java.util.stream.Stream<String> erased = java.util.stream.Stream.generate(() -> "'_").limit(lifetimes);
        return java.util.stream.Stream.concat(erased, args.stream().map(e -> e.display(names))).collect(Collectors.joining(", ", "<", ">"));
    }
}
