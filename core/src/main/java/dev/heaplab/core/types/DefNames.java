package dev.heaplab.core.types;

/** Gives the user-visible name of a definition, for printing types. */
@FunctionalInterface
public interface DefNames {
    String name(DefId def);

    /** How rustc prints function {@code fn}'s `impl Trait` return type with these arguments (`impl Iterator<Item = i32>`). */
    default String opaque(DefId fn, java.util.List<Ty> args) { return "impl ?"; }

    /** How rustc prints the type or trait {@code def} in a type: its name, or its path where rustc does not trim it ({@link StdPaths}). */
    default String path(DefId def) { return name(def); }

    /** How many lifetime parameters the ADT {@code def} declares: rustc prints each as `'_` before its type arguments. */
    default int lifetimeParams(DefId def) { return 0; }

    /** These names as rustc's forced trimmed paths print them (E0308's "expected `X`, found `Y`" label): std's items by their bare names. */
    default DefNames forcedTrimmed() {
        DefNames self = this;
        return new DefNames() {
            @Override public String name(DefId def) { return self.name(def); }
            @Override public String opaque(DefId fn, java.util.List<Ty> args) { return self.opaque(fn, args); }
            @Override public int lifetimeParams(DefId def) { return self.lifetimeParams(def); }
        };
    }
}
