package dev.heaplab.core.interp.jit;

/**
 * A compiled body as the machine calls it: arguments and result as raw bits (integers as the
 * machine keeps them, sign- or zero-extended; bool 0/1; char its code point; floats their
 * IEEE bits; unit arguments left out, a unit result 0).
 */
public interface Entry {
    /** Runs the body as a frame at {@code depth} (the number of frames below it, plus one). */
    long call(JitCtx ctx, int depth, long[] args);
}
