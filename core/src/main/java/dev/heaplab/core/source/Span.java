package dev.heaplab.core.source;

/** A half-open range [lo, hi) of char offsets in one source file. */
public record Span(int lo, int hi) {
    public static final Span DUMMY = new Span(0, 0);

    public Span {
        if (hi < lo) hi = lo;
    }

    public Span to(Span other) { return new Span(Math.min(lo, other.lo), Math.max(hi, other.hi)); }

    public Span shrinkToLo() { return new Span(lo, lo); }

    public Span shrinkToHi() { return new Span(hi, hi); }

    public boolean isEmpty() { return lo == hi; }
}
