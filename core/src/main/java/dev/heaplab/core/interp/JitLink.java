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

    /** Above this stack-depth limit, compiled code makes no calls (see {@link Jit#compile}). */
    static final int NATIVE_DEPTH = 100_000;

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
            if ((e = compile(code, t.body())) == null) return null;
        }
        if (!t.typeArgs().isEmpty() || m.frames.size() >= maxDepth) return null;
        Value[] vs = t.args();
        long[] args = new long[vs.length];
        for (int i = 0; i < vs.length; i++) {
            if (!Src.scalar(vs[i]) && !(vs[i] instanceof Value.Agg g && g.fields.length == 0)) return null;
            args[i] = bits(vs[i]);
        }
        start();
        try {
            return result(t.body(), e.call(this, m.frames.size() + 1, args));
        } finally {
            end();
        }
    }

    /** Block entries of a body's interpreted frames before one continues as bytecode (a loop in a body called rarely). */
    int osrAfter() { return threshold * 64; }

    /**
     * Continues frame {@code f}, at the start of its block, as bytecode (on-stack replacement) and
     * returns its result (the caller pops the frame as a return would), or null when it cannot.
     */
    Value osr(Frame f) {
        Code code = f.code;
        Entry e = code.jit;
        if (e == null && (threshold < 0 || (e = compile(code, f.body)) == null)) return null;
        if (!f.typeArgs.isEmpty()) return null;
        long[] locals = new long[f.slots.length * 2];
        int at = 0;
        for (int l = 0; l < f.slots.length; l++) {
            Value v = f.slots[l].live ? f.slots[l].root : Value.UNINIT;
            if (f.body.locals().get(l).ty() instanceof Ty.Tuple tu && !tu.elems().isEmpty()) {
                for (int i = 0; i < tu.elems().size(); i++) {
                    if (at == locals.length) locals = java.util.Arrays.copyOf(locals, at * 2);
                    locals[at++] = v instanceof Value.Agg g && i < g.fields.length ? bits(g.fields[i]) : 0;
                }
            } else {
                if (at == locals.length) locals = java.util.Arrays.copyOf(locals, at * 2);
                locals[at++] = bits(v);
            }
        }
        start();
        try {
            return result(f.body, e.osr(this, m.frames.size(), locals, f.block));
        } finally {
            end();
        }
    }

    private Entry compile(Code code, dev.heaplab.core.mir.Body body) {
        Entry e = Jit.compile(body, m.program, maxDepth <= NATIVE_DEPTH);
        if (e == null) code.jitRefused = true;
        else compiled++;
        code.jit = e;
        return e;
    }

    /** A scalar's bits as compiled code keeps them; 0 for unit and uninitialised values. */
    private static long bits(Value v) {
        return switch (v) {
            case Value.Int i -> i.bits();
            case Value.Bool b -> b.v() ? 1 : 0;
            case Value.Char c -> c.cp();
            case Value.Float x -> Double.doubleToRawLongBits(x.v());
            default -> 0;
        };
    }

    private void start() {
        steps = m.steps;
        limit = limitAfter(steps);
        slots = 0;
    }

    private void end() {
        m.steps = steps;
        m.skipSlots(slots);
    }

    private static Value result(dev.heaplab.core.mir.Body body, long bits) {
        return switch (body.locals().get(0).ty()) {
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
