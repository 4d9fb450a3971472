package dev.heaplab.core.exhaustive;

import java.math.BigInteger;

/**
 * A constructor of the pattern-analysis algorithm: how a value of a type is built at the top level.
 * Integer and char patterns become inclusive ranges so that columns can be split at their bounds.
 */
sealed interface Ctor {
    /** Variant {@code index} of an ADT (a struct is variant 0). */
    record Variant(int index) implements Ctor {}
    record Bool(boolean value) implements Ctor {}
    record IntRange(BigInteger lo, BigInteger hi) implements Ctor {
        boolean covers(IntRange other) { return lo.compareTo(other.lo) <= 0 && hi.compareTo(other.hi) >= 0; }

        boolean intersects(IntRange other) { return lo.compareTo(other.hi) <= 0 && other.lo.compareTo(hi) <= 0; }
    }
    /** The single constructor of tuples. */
    record Tuple() implements Ctor {}
    /** The single constructor of references (its one field is the pointee). */
    record Ref() implements Ctor {}
    /**
     * A slice/array of exactly {@code len} elements, or at least {@code len} when {@code varLen}; for a
     * variable-length pattern the first {@code prefix} fields match the start, the rest the end.
     */
    record Slice(int len, boolean varLen, int prefix) implements Ctor {}
    /** A literal of a type with infinitely many values (str, floats): it covers only itself. */
    record Opaque(Object value) implements Ctor {}
    /** "Some other value" of a type whose values cannot all be listed. */
    record NonExhaustive() implements Ctor {}
    record Wildcard() implements Ctor {}
}
