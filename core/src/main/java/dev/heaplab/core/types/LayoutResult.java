package dev.heaplab.core.types;

/** The layout of a type, or why heaplab cannot give one (unsupported, not concrete, too big). */
public sealed interface LayoutResult {
    record Known(Layout layout) implements LayoutResult {}

    /** A reason phrased for users, e.g. "the layout of iterator state `Iter` is not modelled". */
    record Unsupported(String reason) implements LayoutResult {}

    /** The layout, or null when unknown. */
    default Layout layoutOrNull() { return this instanceof Known k ? k.layout() : null; }
}
