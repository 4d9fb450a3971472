package dev.heaplab.core.syntax;

/** Identity of an AST node; side tables (types, resolutions) are keyed by it, never by records. */
public record NodeId(int value) {
    @Override public String toString() { return "#" + value; }
}
