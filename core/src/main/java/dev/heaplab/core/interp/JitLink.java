package dev.heaplab.core.interp;

import dev.heaplab.core.interp.jit.Entry;
import dev.heaplab.core.interp.jit.Jit;
import dev.heaplab.core.interp.jit.JitCtx;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;

/**
 * The machine's side of the bytecode tier ({@link Jit}): counts calls of each body, compiles a body
 * once it has been called {@link #threshold} times, and then runs calls of it as one Java call with
 * scalar arguments instead of a pushed frame, in the stepper's fast mode only (no detailed observer,
 * no undefined-behaviour checks). Steps, limits, panics and stack slot numbering stay the machine's.
 */
final class JitLink extends JitCtx {
    /** Calls of a body before it is compiled (-Dheaplab.jit.threshold; negative: never). */
    static final int DEFAULT_THRESHOLD = Integer.getInteger("heaplab.jit.threshold", 200);

    private final Interp m;
    int threshold = DEFAULT_THRESHOLD;
    /** Bodies compiled in this run (tests look at it). */
    int compiled;

    JitLink(Interp m) {
        super(m.limits.maxSteps(), m.limits.maxStackDepth());
        this.m = m;
    }

    /**
     * Runs the call of {@code t} (a body, instance {@code code}) as compiled code and returns its
     * result, or null when the machine must push a frame: not hot yet, not compilable, an argument
     * that is not a plain scalar, or the depth limit (which the push then reports).
     */
    Value call(Calls.Target t, Code code) {
        Entry e = code.jit;
        if (e == null) {
            if (code.jitRefused || threshold < 0 || ++code.jitCalls <= threshold) return null;
            e = Jit.compile(t.body(), m.program);
            if (e == null) {
                code.jitRefused = true;
                return null;
            }
            code.jit = e;
            compiled++;
        }
        if (!t.typeArgs().isEmpty() || m.frames.size() >= maxDepth) return null;
        Value[] vs = t.args();
        long[] args = new long[vs.length];
        for (int i = 0; i < vs.length; i++) {
            switch (vs[i]) {
                case Value.Int v -> args[i] = v.bits();
                case Value.Bool v -> args[i] = v.v() ? 1 : 0;
                case Value.Char v -> args[i] = v.cp();
                case Value.Float v -> args[i] = Double.doubleToRawLongBits(v.v());
                case Value.Agg v when v.fields.length == 0 -> args[i] = 0;
                default -> { return null; }
            }
        }
        steps = m.steps;
        limit = limitAfter(steps);
        slots = 0;
        long bits;
        try {
            bits = e.call(this, m.frames.size() + 1, args);
        } finally {
            m.steps = steps;
            m.skipSlots(slots);
        }
        return switch (t.body().locals().get(0).ty()) {
            case Ty.Int i -> new Value.Int(bits, i.kind());
            case Ty.Float f -> new Value.Float(Double.longBitsToDouble(bits), f.kind());
            case Ty.Bool b -> Arith.bool(bits != 0);
            case Ty.Char c -> new Value.Char((int) bits);
            default -> Value.unit();
        };
    }

    @Override public long overrun(long before, Span[] spans) {
        for (int i = 0; i < spans.length; i++) Stepper.checkStep(m, before + i + 1, spans[i]);
        return limitAfter(before + spans.length);
    }

    @Override public RuntimeException panic(String message, Span span) {
        return new MachineStop.Panic(message, span, m.location(span)); // located here: the machine has no frame for it
    }

    @Override public RuntimeException depthLimit(Span span) { return Calls.depthLimit(maxDepth, span); }

    @Override public RuntimeException unreachable(Span span) { return Stepper.unreachable(span); }
}
