package dev.heaplab.core.interp.jit;

/**
 * A compiled body as the machine calls it: arguments and result as raw bits (integers as the
 * machine keeps them, sign- or zero-extended; bool 0/1; char its code point; floats their
 * IEEE bits; unit arguments left out, a unit result 0).
 */
public interface Entry {
    /** Runs the body as a frame at {@code depth} (the number of frames below it, plus one). */
    long call(JitCtx ctx, int depth, long[] args);

    /**
     * Continues a frame the machine started (at {@code depth}) from the start of {@code block}, with
     * its locals' bits in order: one entry per local, one per field of a tuple local, 0 for unit or
     * uninitialised ones. Returns the body's result as {@link #call} does.
     */
    long osr(JitCtx ctx, int depth, long[] locals, int block);
}
