package dev.heaplab.core.types;

/** Invalid bit patterns of a scalar at a byte offset inside a value, usable to encode enum variants. */
public record LayoutNiche(long offset, LayoutScalar scalar) {
    /** The niche of {@code scalar} at {@code offset}, or null when every pattern is valid. */
    public static LayoutNiche of(long offset, LayoutScalar scalar) {
        return scalar.hasNiche() ? new LayoutNiche(offset, scalar) : null;
    }

    public long available() { return scalar.available(); }

    public LayoutNiche shifted(long by) { return new LayoutNiche(offset + by, scalar); }

    @Override public String toString() {
        return "niche @" + offset + " (" + scalar + ", " + Long.toUnsignedString(available()) + " free)";
    }
}
