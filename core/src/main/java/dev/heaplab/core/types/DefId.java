package dev.heaplab.core.types;

/** Stable identity of a definition (struct, enum, trait, fn, impl, closure, const, static). */
public record DefId(int index) {
    @Override public String toString() { return "DefId(" + index + ")"; }
}
