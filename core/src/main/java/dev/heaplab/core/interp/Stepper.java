package dev.heaplab.core.interp;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.List;

/**
 * The run loop: executes one statement or terminator of the top frame at a time, without Java
 * recursion for user calls. A panic raised while executing a terminator starts unwinding:
 * <ul>
 * <li>the message is printed once, when the panic starts;</li>
 * <li>a terminator with an unwind block jumps there (cleanup blocks end in UnwindResume);</li>
 * <li>otherwise the frame drops its initialised locals in reverse order of their storage becoming
 *     live, is popped, and unwinding continues at the caller's Call terminator;</li>
 * <li>unwinding past the frame where a nested run started rethrows the panic to the native caller.</li>
 * </ul>
 */
final class Stepper {
    private final Interp m;

    /** Whether compiled code may run: no observer wants every event, no undefined-behaviour bookkeeping. */
    private boolean fast;

    Stepper(Interp m) {
        this.m = m;
        this.fast = !m.detailed && !m.ubChecks;
    }

    /** Runs everything the generic way (tests compare it with the compiled way). */
    void genericOnly() { fast = false; }

    /** Runs until the frame stack is back to {@code base} frames. */
    void runUntil(int base) {
        while (m.frames.size() > base) {
            Frame f = m.top();
            try {
                while (block(f)) { } // (stays in the frame while compiled terminators jump)
            } catch (MachineStop.Panic p) {
                unwind(p, base);
            }
        }
    }

    /**
     * Runs the rest of the frame's current block, then its terminator. Returns true when a compiled
     * terminator jumped within the frame (the next block can run at once), false when the generic
     * way ran it (it may have pushed or popped frames).
     * <p>In the fast mode, compiled ops run in batches: when the block's remaining steps can neither
     * reach the step limit nor a wall-time check (every 2^16 steps), they are counted at once, and the
     * span is set only where the generic way takes over. Elsewhere each statement is ticked as usual.
     */
    private boolean block(Frame f) {
        Code code = f.code;
        if (fast && f.stmt == 0 && !code.jitRefused && ++code.jitBlocks > m.jit.osrAfter() && !f.unwinding && osr(f))
            return false;
        int b = f.block;
        Statement[] ss = code.stmts[b];
        Span[] spans = code.spans[b];
        int n = ss.length;
        int i = f.stmt;
        while (true) {
            boolean batched = fast && fits(n - i + 1);
            if (batched) {
                int k = runOps(f, code.ops[b], i, n);
                m.steps += k - i;
                i = k;
                if (i == n) { // the terminator's step too: counted, not checked (fits said it is within bounds)
                    m.steps++;
                    m.current = spans[n];
                    break;
                }
            }
            if (i == n) {
                tick(spans[n]);
                break;
            }
            tick(spans[i]);
            f.stmt = i + 1;
            Op x = fast && !batched ? code.ops[b][i] : null; // (a batch just saw statement i's op give up)
            if (x == null || x.width != 1 || !x.run(f)) statement(f, ss[i]);
            i = f.stmt;
        }
        f.stmt = n;
        Jump x = fast ? code.jumps[b] : null;
        if (x != null && x.run(f)) return true;
        terminator(f, code.terms[b]);
        return false;
    }

    /** Runs the rest of frame {@code f} as bytecode, if it can, and returns from it (see {@link JitLink#osr}). */
    private boolean osr(Frame f) {
        Value r = m.jit.osr(f);
        if (r == null) { // not compilable, or not for this frame: do not try at every block
            f.code.jitRefused = true;
            return false;
        }
        f.slots[0].root = r;
        f.slots[0].live = true;
        doReturn(f, f.body.span());
        return true;
    }

    /** Whether {@code count} more steps stay within the step limit and reach no wall-time check. */
    private boolean fits(int count) {
        long s = m.steps, after = s + count;
        return after <= m.limits.maxSteps() && (after >>> 16) == (s >>> 16);
    }

    /** Runs compiled ops from statement {@code i}; returns the first statement not run (n: all ran). */
    private static int runOps(Frame f, Op[] ops, int i, int n) {
        while (i < n) {
            Op op = ops[i];
            if (op == null || !op.run(f)) return i;
            i += op.width;
        }
        return n;
    }

    private void tick(Span span) {
        m.current = span;
        long s = ++m.steps;
        if (m.detailed) m.emit(new MachineEvent.Step(span, s));
        checkStep(m, s, span);
    }

    /** The limits on step {@code s} (at {@code span}): the step limit, and the wall clock every 2^16 steps. */
    static void checkStep(Interp m, long s, Span span) {
        if (s > m.limits.maxSteps())
            throw new MachineStop.Limit("limit: the program ran more than " + m.limits.maxSteps()
                    + " steps (see --max-steps)", span);
        if ((s & 0xFFFF) == 0 && (System.nanoTime() - m.startNanos) / 1_000_000 > m.limits.maxWallMillis())
            throw new MachineStop.Limit("limit: the program ran longer than " + m.limits.maxWallMillis()
                    + " ms (see --timeout)", span);
    }

    static MachineStop.Undefined unreachable(Span span) { return new MachineStop.Undefined("entered unreachable code", span); }

    private void statement(Frame f, Statement s) {
        switch (s) {
            case Statement.Assign a -> m.places.write(f, a.place(), m.rvalues.rvalue(f, a.rvalue()));
            case Statement.StorageLive sl -> {
                int l = sl.local().index();
                f.slots[l].root = Value.UNINIT;
                f.slots[l].live = true;
                f.slots[l].touch();
                if (m.ubChecks) f.slots[l].allocatedAt = f.body.locals().get(l).span();
                f.markLive(l);
                if (m.detailed) m.movedOut.remove(f.slots[l]);
                if (m.detailed) m.emit(new MachineEvent.StorageLive(s.span(), m.depth(), l, f.body.locals().get(l).name()));
            }
            case Statement.StorageDead sd -> {
                int l = sd.local().index();
                if (m.ubChecks) { // the storage is gone: references to it dangle (a new incarnation takes the slot)
                    Allocation dead = f.slots[l];
                    dead.live = false;
                    dead.freedAt = s.span();
                    f.slots[l] = m.newSlot(null, dead.what());
                }
                f.slots[l].root = Value.UNINIT;
                f.slots[l].touch();
                f.liveSeq[l] = 0;
                if (m.detailed) m.movedOut.remove(f.slots[l]);
                if (m.detailed) m.emit(new MachineEvent.StorageDead(s.span(), m.depth(), l, f.body.locals().get(l).name()));
            }
            case Statement.SetDiscriminant sd -> {
                PlaceRef p = m.places.eval(f, sd.place(), true);
                Value v = Memory.get(p.alloc(), p.path(), s.span());
                if (v instanceof Value.Agg g) g.variant = sd.variant();
                else Memory.set(p.alloc(), p.path(), Value.Agg.uninit(sd.variant(), 0), s.span());
            }
            case Statement.PlaceMention fr -> { }
            case Statement.SetDropFlag df -> {
                f.slots[df.flag().index()].root = Arith.bool(df.value());
                f.slots[df.flag().index()].touch();
                f.markLiveIfUnseen(df.flag().index());
            }
            case Statement.Nop n -> { }
        }
    }

    private void terminator(Frame f, Terminator t) {
        switch (t) {
            case Terminator.Goto g -> jump(f, g.target());
            case Terminator.SwitchInt sw -> {
                BigInteger v = switchValue(m.rvalues.operand(f, sw.discr()));
                BlockId target = sw.otherwise();
                for (int i = 0; i < sw.values().size(); i++) {
                    if (sw.values().get(i).equals(v)) {
                        target = sw.targets().get(i);
                        break;
                    }
                }
                jump(f, target);
            }
            case Terminator.Return r -> doReturn(f, r.span());
            case Terminator.UnwindResume u -> {
                m.frames.remove(m.frames.size() - 1);
                release(f, u.span());
                throw resumed(u.span());
            }
            case Terminator.Unreachable u -> throw unreachable(u.span());
            case Terminator.Drop d -> {
                if (d.flag() == null || m.slotBool(f, d.flag())) {
                    PlaceRef p = m.places.eval(f, d.place(), false);
                    if (m.detailed) m.dropPlace = m.placeNames.name(f, d.place());
                    java.util.BitSet moved = p.ty() instanceof Ty.Array arr ? m.arrayDrops.movedElements(f.body, d.place()) : null;
                    if (moved == null) m.drops.dropInPlace(p, d.span());
                    else for (Place step : ArrayDropLadder.ladder(d.place(), ((Ty.Array) p.ty()).len(), moved))
                        m.drops.dropInPlace(m.places.eval(f, step, false), d.span());
                    m.dropPlace = null;
                }
                jump(f, d.target());
            }
            case Terminator.Call c -> call(f, c);
            case Terminator.Assert a -> {
                Value v = m.rvalues.operand(f, a.cond());
                if (((Value.Bool) v).v() != a.expected()) throw new MachineStop.Panic(assertMessage(f, a.message()), a.span());
                jump(f, a.target());
            }
        }
    }

    /** Marker panic used to continue unwinding in the caller after UnwindResume. */
    private MachineStop.Panic resumed(Span span) {
        MachineStop.Panic p = new MachineStop.Panic("(unwinding)", span);
        p.reported = true;
        return p;
    }

    private static void jump(Frame f, BlockId b) {
        f.block = b.index();
        f.stmt = 0;
    }

    private BigInteger switchValue(Value v) {
        return switch (v) {
            case Value.Int i -> i.big();
            case Value.Bool b -> b.v() ? BigInteger.ONE : BigInteger.ZERO;
            case Value.Char c -> BigInteger.valueOf(c.cp());
            default -> throw new MachineStop.Internal("switch on " + v, m.current);
        };
    }

    private String assertMessage(Frame f, Terminator.AssertMessage msg) {
        return switch (msg) {
            case Terminator.AssertMessage.BoundsCheck b -> "index out of bounds: the len is "
                    + unsigned(m.rvalues.operand(f, b.len())) + " but the index is " + unsigned(m.rvalues.operand(f, b.index()));
            case Terminator.AssertMessage.Overflow o -> o.text();
            case Terminator.AssertMessage.OverflowNeg n -> n.text();
            case Terminator.AssertMessage.DivisionByZero d -> d.text();
        };
    }

    private static String unsigned(Value v) {
        return v instanceof Value.Int i ? Long.toUnsignedString(i.bits()) : String.valueOf(v);
    }

    private void call(Frame f, Terminator.Call c) {
        Code.CallSite site = f.inst.sites[f.block];
        if (site != null && site != Code.DYNAMIC) {
            Calls.Target st = site.target();
            Value[] args = arguments(f, c);
            Calls.Target t = new Calls.Target(st.fn(), st.typeArgs(), st.body(), st.builtin(), st.derivedImpl(), st.name(),
                    args, st.argTys().clone()); // builtins may rewrite their argument types
            finishCall(f, c, t, site.calleeInst(), site.nativeFn());
            return;
        }
        Ty funcTy = m.rvalues.operandTy(f, c.func());
        Value funcVal;
        if (funcTy instanceof Ty.Closure && !(c.func() instanceof Operand.Constant)) {
            Place p = c.func() instanceof Operand.Copy cp ? cp.place() : ((Operand.Move) c.func()).place();
            funcVal = m.places.eval(f, p, false).toPtr();
            funcTy = Ty.refMut(funcTy);
        } else {
            funcVal = m.rvalues.operand(f, c.func());
        }
        List<Operand> ops = c.args();
        Ty[] argTys = new Ty[ops.size()];
        for (int i = 0; i < argTys.length; i++) argTys[i] = m.rvalues.operandTy(f, ops.get(i));
        Value[] args = arguments(f, c);
        Calls.Target t = m.calls.resolve(funcTy, funcVal, args, argTys, c.span());
        if (site == null) f.inst.sites[f.block] = m.calls.site(f, c, funcTy, t);
        finishCall(f, c, t, null, null);
    }

    private Value[] arguments(Frame f, Terminator.Call c) {
        List<Operand> ops = c.args();
        Value[] args = new Value[ops.size()];
        if (fast) {
            Src[] srcs = f.code.callArgs[f.block];
            for (int i = 0; i < args.length; i++) {
                Value v = srcs[i].peek(f);
                args[i] = v != null ? srcs[i].take(f, v) : m.rvalues.operand(f, ops.get(i));
            }
        } else {
            for (int i = 0; i < args.length; i++) args[i] = m.rvalues.operand(f, ops.get(i));
        }
        return args;
    }

    private void finishCall(Frame f, Terminator.Call c, Calls.Target t, Code.Inst calleeInst, Builtins.Native nativeFn) {
        if (t.body() != null) {
            Value r = fast ? m.jit.call(t, calleeInst != null ? calleeInst.code : m.code(t.body())) : null;
            if (r != null) { // the body ran as bytecode, as a builtin would
                m.places.write(f, c.destination(), r);
                jump(f, c.target());
                return;
            }
            if (calleeInst != null) m.calls.push(t, calleeInst, null, c.span());
            else m.calls.push(t, null, c.span());
            return;
        }
        Value result = m.builtins.invoke(t, nativeFn, c.span());
        if (c.target() == null) throw new MachineStop.Internal("a diverging builtin returned", c.span());
        m.places.write(f, c.destination(), result);
        jump(f, c.target());
    }

    private void doReturn(Frame f, Span span) {
        m.frames.remove(m.frames.size() - 1);
        Value ret = f.slots[0].root;
        release(f, span);
        if (f.ownedEnv != null) m.drops.dropInPlace(f.ownedEnv, span);
        if (m.detailed) m.emit(new MachineEvent.Return(span, m.frames.size(), f.name));
        if (f.sink != null) {
            f.sink.value = ret;
            return;
        }
        if (m.frames.isEmpty()) {
            m.mainResult = ret;
            return;
        }
        Frame caller = m.top();
        Terminator.Call c = (Terminator.Call) caller.body.blocks().get(caller.block).terminator();
        if (c.target() == null) throw new MachineStop.Undefined("a diverging function returned", span);
        m.places.write(caller, c.destination(), ret);
        jump(caller, c.target());
    }

    /** The span a panic is reported at: the call site of `#[track_caller]` functions, transitively. */
    /**
     * Where rustc's binary reports a panic: std's own line for a std function without
     * #[track_caller] (given by the panic, or found for the innermost such frame in StdPanicSites);
     * else the caller's line, through #[track_caller] frames. A panic raised in a stub with no known
     * site is reported where the user's code called into std (the nearest line heaplab can name).
     */
    private String panicLocation(MachineStop.Panic p) {
        if (p.stdLocation != null) return p.stdLocation;
        Span span = p.span();
        if (dev.heaplab.core.typeck.CheckedStd.isStd(span)) {
            for (int i = m.frames.size() - 1; i >= 0; i--) {
                Frame f = m.frames.get(i);
                var fn = m.defs.fn(f.body.def());
                String site = fn == null ? null : StdPanicSites.of(fn.qualifiedName());
                if (site != null) return site;
                if (f.callSpan != null && !dev.heaplab.core.typeck.CheckedStd.isStd(f.callSpan)) {
                    span = f.callSpan;
                    break;
                }
            }
        }
        return m.location(callerLocation(span));
    }

    private Span callerLocation(Span span) {
        for (int i = m.frames.size() - 1; i >= 0; i--) {
            Frame f = m.frames.get(i);
            var fn = m.defs.fn(f.body.def());
            if (fn == null || !fn.trackCaller() || f.callSpan == null) break;
            span = f.callSpan;
        }
        return span;
    }

    private void release(Frame f, Span span) {
        for (int i = 0; i < f.slots.length; i++) {
            Allocation a = f.slots[i];
            // A promoted constant (`&5` returned as `&'static i32`) is static memory: it outlives the frame.
            if (f.body.locals().get(i).kind() == dev.heaplab.core.mir.LocalDecl.Kind.PROMOTED) continue;
            a.live = false;
            if (a.freedAt == null) a.freedAt = span;
        }
    }

    /** Continues a panic: print it once, then run cleanup blocks or drop locals frame by frame. */
    private void unwind(MachineStop.Panic p, int base) {
        if (!p.reported) {
            p.reported = true;
            m.reportPanic(p.getMessage(), panicLocation(p));
        }
        while (m.frames.size() > base) {
            Frame f = m.top();
            if (f.unwinding) m.abortInCleanup();
            Terminator t = f.body.blocks().get(f.block).terminator();
            BlockId target = switch (t) {
                case Terminator.Call c -> c.unwind();
                case Terminator.Drop d -> d.unwind();
                case Terminator.Assert a -> a.unwind();
                default -> null;
            };
            if (target != null) {
                f.unwinding = true;
                jump(f, target);
                return;
            }
            f.unwinding = true;
            m.drops.dropLocalsForUnwind(f, p.span());
            m.frames.remove(m.frames.size() - 1);
            release(f, p.span());
        }
        throw p;
    }
}
