package dev.heaplab.core.types;

/**
 * A primitive value (integer, float, pointer) with its valid bit patterns, as the wrapping range
 * {@code start..=end} (unsigned, modulo 2^(8*size)); the patterns outside the range form a niche.
 *
 * <p>Rules (rustc's {@code WrappingRange} and {@code Niche}):
 * <ul>
 *   <li>{@code available} counts the invalid patterns: {@code (start - (end + 1)) mod 2^bits}.</li>
 *   <li>{@code reserve(count)} claims {@code count} invalid patterns next to the valid range, preferring
 *       the side that lets pattern 0 be claimed (so `None` is often all-zero) and never crossing 0
 *       when the other side avoids it; it returns the first claimed pattern and the widened scalar.</li>
 * </ul>
 */
public record LayoutScalar(int size, boolean signed, boolean pointer, long start, long end) {
    public LayoutScalar {
        if (size != 1 && size != 2 && size != 4 && size != 8 && size != 16) {
            throw new IllegalArgumentException("scalar size " + size);
        }
        start &= mask(size);
        end &= mask(size);
    }

    /** A scalar whose every bit pattern is valid. */
    public static LayoutScalar full(int size, boolean signed) {
        return new LayoutScalar(size, signed, false, 0, mask(size));
    }

    /** A pointer that is never null (references, `Box`, `NonNull`, fn pointers, vtables). */
    public static LayoutScalar nonNullPointer() { return new LayoutScalar(8, false, true, 1, -1L); }

    /** A raw pointer: any address, null included. */
    public static LayoutScalar rawPointer() { return new LayoutScalar(8, false, true, 0, -1L); }

    public long mask() { return mask(size); }

    // FIXME(128-bit niches): 16-byte scalars (i128 tags) keep only their low 64 bits, so their niche
    // counts saturate below 2^64; exact only while valid ranges stay away from 2^64.
    static long mask(int size) { return size >= 8 ? -1L : (1L << (8 * size)) - 1; }

    /** How many bit patterns are invalid (unsigned). */
    public long available() { return (start - (end + 1)) & mask(); }

    public boolean hasNiche() { return available() != 0; }

    /** The outcome of reserving niche values: the first reserved pattern and the narrowed scalar. */
    public record Reservation(long nicheStart, LayoutScalar scalar) {}

    /** Claims {@code count} invalid patterns, or null when fewer are available. */
    public Reservation reserve(long count) {
        if (Long.compareUnsigned(count, available()) > 0 || count == 0) return null;
        long max = mask();
        long distanceEndZero = max - end;
        if (Long.compareUnsigned(start, end) > 0) return moveEnd(count);
        if (Long.compareUnsigned(start, distanceEndZero) <= 0) {
            return Long.compareUnsigned(count, start) <= 0 ? moveStart(count) : moveEnd(count);
        }
        long newEnd = (end + count) & max;
        boolean overshotZero = newEnd != 0 && Long.compareUnsigned(newEnd, end) <= 0;
        return overshotZero ? moveStart(count) : moveEnd(count);
    }

    private Reservation moveStart(long count) {
        long s = (start - count) & mask();
        return new Reservation(s, new LayoutScalar(size, signed, pointer, s, end));
    }

    private Reservation moveEnd(long count) {
        long s = (end + 1) & mask();
        return new Reservation(s, new LayoutScalar(size, signed, pointer, start, (end + count) & mask()));
    }

    /** The scalar with every pattern valid (what `UnsafeCell` does to its contents). */
    public LayoutScalar withoutNiche() { return new LayoutScalar(size, signed, pointer, 0, mask()); }

    @Override public String toString() {
        String kind = pointer ? "ptr" : (signed ? "i" : "u") + (size * 8);
        return kind + " valid " + Long.toUnsignedString(start) + "..=" + Long.toUnsignedString(end);
    }
}
