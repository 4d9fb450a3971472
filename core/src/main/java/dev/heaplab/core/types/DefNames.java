package dev.heaplab.core.types;

/** Gives the user-visible name of a definition, for printing types. */
@FunctionalInterface
public interface DefNames {
    String name(DefId def);

    /** How rustc prints function {@code fn}'s `impl Trait` return type with these arguments (`impl Iterator<Item = i32>`). */
    default String opaque(DefId fn, java.util.List<Ty> args) { return "impl ?"; }
}
