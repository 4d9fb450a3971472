package dev.heaplab.core.dataflow;

import java.util.BitSet;

/**
 * The initialisation facts about every move path at one program point, all "may" facts joined by
 * union: it may be initialised, may be uninitialised, may have been moved out.
 */
public final class InitState {
    final BitSet maybeInit;
    final BitSet maybeUninit;
    final BitSet maybeMoved;
    /** Assigned at least once since its storage began (moves and drops do not clear it): E0384. */
    final BitSet maybeEverInit;

    InitState(int n) {
        maybeInit = new BitSet(n);
        maybeUninit = new BitSet(n);
        maybeMoved = new BitSet(n);
        maybeEverInit = new BitSet(n);
    }

    private InitState(InitState o) {
        maybeInit = copy(o.maybeInit);
        maybeUninit = copy(o.maybeUninit);
        maybeMoved = copy(o.maybeMoved);
        maybeEverInit = copy(o.maybeEverInit);
    }

    /** Not clone(): it trims the source's words, which its next set() grows again. */
    private static BitSet copy(BitSet b) {
        BitSet c = new BitSet(b.length());
        c.or(b);
        return c;
    }

    InitState copy() { return new InitState(this); }

    /** Makes this state equal to {@code o} without allocating. */
    void setTo(InitState o) {
        maybeInit.clear();
        maybeInit.or(o.maybeInit);
        maybeUninit.clear();
        maybeUninit.or(o.maybeUninit);
        maybeMoved.clear();
        maybeMoved.or(o.maybeMoved);
        maybeEverInit.clear();
        maybeEverInit.or(o.maybeEverInit);
    }

    /** Union into this; returns whether anything changed. */
    boolean join(InitState o) {
        int before = size();
        maybeInit.or(o.maybeInit);
        maybeUninit.or(o.maybeUninit);
        maybeMoved.or(o.maybeMoved);
        maybeEverInit.or(o.maybeEverInit);
        return size() != before;
    }

    private int size() {
        return maybeInit.cardinality() + maybeUninit.cardinality() + maybeMoved.cardinality() + maybeEverInit.cardinality();
    }

    public boolean maybeEverInit(int path) { return maybeEverInit.get(path); }

    public boolean maybeUninit(int path) { return maybeUninit.get(path); }

    public boolean maybeInit(int path) { return maybeInit.get(path); }

    public boolean maybeMoved(int path) { return maybeMoved.get(path); }
}
