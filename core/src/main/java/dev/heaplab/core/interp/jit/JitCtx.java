package dev.heaplab.core.interp.jit;

import dev.heaplab.core.source.Span;

/**
 * What generated code shares with the machine that runs it: the step count and the next count at
 * which a limit or a wall-time check is due, the stack-depth limit, and the machine's answers to the
 * rare events (a step check, a panic, the depth limit). The machine subclasses it once per run.
 * <p>Generated code keeps {@code steps} and {@code limit} in its own locals and writes them here
 * before a call, a return or a throw; the caller reads them back after a call.
 */
public abstract class JitCtx {
    /** Steps run so far (the machine's count while generated code runs). */
    public long steps;
    /** Up to this count no step check is due: see {@link #limitAfter}. */
    public long limit;
    /** Stack slots the generated frames would have taken (the machine numbers its slots in order). */
    public int slots;
    public final int maxDepth;
    private final long maxSteps;

    protected JitCtx(long maxSteps, int maxDepth) {
        this.maxSteps = maxSteps;
        this.maxDepth = maxDepth;
    }

    /**
     * The largest count reachable from {@code steps} without passing the step limit or a multiple of
     * 2^16 (where the machine looks at the wall clock).
     */
    public final long limitAfter(long steps) {
        return Math.min((((steps >>> 16) + 1) << 16) - 1, maxSteps);
    }

    /**
     * Ticks {@code spans.length} steps one by one from {@code before}, as the machine's stepper does
     * (the step limit, the wall-time check every 2^16 steps, with the span of the step where it
     * happens), then returns the new {@link #limit}. Called when a block's steps do not fit.
     */
    public abstract long overrun(long before, Span[] spans);

    /** The panic to throw: {@code message} at {@code span}, unwinding into the machine. */
    public abstract RuntimeException panic(String message, Span span);

    /** The stack-depth limit, hit by a call at {@code span}. */
    public abstract RuntimeException depthLimit(Span span);

    /** `unreachable` terminator reached (undefined behaviour, as the machine reports it). */
    public abstract RuntimeException unreachable(Span span);
}
