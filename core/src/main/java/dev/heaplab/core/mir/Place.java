package dev.heaplab.core.mir;

import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/** A memory location: a local followed by projections (`(*_1).0[_2]`). */
public record Place(Local local, List<Projection> projections) {
    public Place { projections = List.copyOf(projections); }

    public static Place of(Local local) { return new Place(local, List.of()); }

    public Place project(Projection p) {
        List<Projection> ps = new ArrayList<>(projections);
        ps.add(p);
        return new Place(local, ps);
    }

    public Place deref() { return project(new Projection.Deref()); }

    public Place field(int index, Ty ty) { return project(new Projection.Field(index, ty)); }

    public boolean isLocal() { return projections.isEmpty(); }

    /** A step from a place to a part of it. */
    public sealed interface Projection {
        /** Follow a reference, Box or raw pointer. */
        record Deref() implements Projection {}
        /** Field {@code index} (of the current variant after a Downcast); {@code ty} is the field's type. */
        record Field(int index, Ty ty) implements Projection {}
        /** Element at the index held in a local (bounds are checked by an earlier Assert). */
        record Index(Local index) implements Projection {}
        /**
         * Element at a constant offset, from the end when {@code fromEnd} (slice patterns; 1 from the
         * end is the last). {@code minLength}: the length the pattern matched at least (0: unknown), which
         * tells a pattern's elements counted from both ends apart; it is no part of the element's identity.
         */
        record ConstantIndex(long offset, boolean fromEnd, long minLength) implements Projection {
            public ConstantIndex(long offset, boolean fromEnd) { this(offset, fromEnd, 0); }

            @Override public boolean equals(Object o) {
                return o instanceof ConstantIndex c && c.offset == offset && c.fromEnd == fromEnd;
            }

            @Override public int hashCode() { return Long.hashCode(offset) * 2 + (fromEnd ? 1 : 0); }
        }
        /** `[from..len-to]` of a slice or array (slice patterns with a rest binding); of an array, an array. */
        record Subslice(long from, long to) implements Projection {
            /** The longest array whose sub-arrays the machine addresses (one path segment holds both bounds). */
            public static final long MAX_ARRAY_LEN = 1L << 15;
        }
        /** View an enum as its variant {@code variant}, before a Field projection. */
        record Downcast(int variant, String name) implements Projection {}
    }
}
