package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.List;

/**
 * One activation of a MIR body: a stack slot per local, the current block and statement, and how the
 * frame returns (into the caller's Call destination, or into a {@link Sink} for nested calls made by
 * builtins and drop glue). {@code liveSeq} orders locals by when their storage became live, so an
 * unwinding frame drops them in reverse.
 */
final class Frame {
    /** Receives the return value of a frame pushed by native code. */
    static final class Sink {
        Value value;
    }

    final Body body;
    /** The body resolved for the machine, and its instance for {@code typeArgs} (see {@link Code}). */
    final Code code;
    final Code.Inst inst;
    final List<Ty> typeArgs;
    final Allocation[] slots;
    final Ty[] localTys;
    final int[] liveSeq;
    final Sink sink;
    final Span callSpan;
    final String name;
    int seq;
    int block;
    int stmt;
    boolean unwinding;
    /** A closure called by value whose body takes it by reference: dropped when the frame returns. */
    PlaceRef ownedEnv;

    Frame(Code.Inst inst, Body body, List<Ty> typeArgs, Allocation[] slots, Sink sink, Span callSpan, String name) {
        this.inst = inst;
        this.code = inst.code;
        this.body = body;
        this.typeArgs = typeArgs;
        this.slots = slots;
        this.localTys = inst.localTys;
        this.liveSeq = new int[slots.length];
        this.sink = sink;
        this.callSpan = callSpan;
        this.name = name;
    }

    void markLive(int local) { liveSeq[local] = ++seq; }

    void markLiveIfUnseen(int local) {
        if (liveSeq[local] == 0) liveSeq[local] = ++seq;
    }
}
