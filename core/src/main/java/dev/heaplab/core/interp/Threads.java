package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Map;

/**
 * `std::thread`: spawn (also through Builder and thread::scope), join, sleep and the JoinHandle's
 * drop glue. A JoinHandle (and a ScopedJoinHandle) holds the {@link Scheduler.RThread} it joins; a
 * thread's result waits in it until joined, and is dropped when the handle is dropped unjoined (or,
 * for a detached thread, when it finishes). A panic payload is a `Box<dyn Any + Send>` holding the
 * message as a String.
 */
final class Threads {
    private Threads() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("thread::spawn", c -> handle(spawn(c, null, 0, 0)));
        r.put("thread::spawn_named", c -> {
            Value name = c.args()[0];
            String n = null;
            if (name instanceof Value.Agg g && g.variant == c.m().types.optionVariant(true)) {
                n = StringBuiltins.string((Value.Agg) g.fields[0], c.span());
                c.m().drops.drop(Value.Ptr.thin(c.m().temp(g.fields[0], "name"), new int[0]), g.fields[0],
                        Types.arg(c.argTys()[0], 0), c.span());
            }
            return handle(spawn(c, n, 1, 0));
        });
        r.put("Scope::spawn", c -> {
            long scope = ((Value.Int) c.agg(0).fields[0]).bits();
            return handle(spawn(c, null, 1, scope));
        });
        r.put("thread::scope", Threads::scope);
        r.put("JoinHandle::join", Threads::join);
        r.put("JoinHandle::is_finished", c -> Arith.bool(thread(c.deref(0)).done));
        r.put("thread::sleep", c -> Value.unit());
        r.put("thread::yield_now", c -> Value.unit());
        r.put("thread::current", c -> {
            Scheduler.RThread t = c.m().sched.current();
            Value name = t.name == null ? c.m().types.none()
                    : c.m().types.some(StringBuiltins.fromString(c.m(), t.name, c.span()));
            return Value.Agg.of(new Value.Int(t.id + 1, dev.heaplab.core.types.IntTy.U64), name);
        });
    }

    private static Value handle(Scheduler.RThread t) { return new Value.Native(t); }

    private static Scheduler.RThread thread(Value handle) {
        return (Scheduler.RThread) ((Value.Native) handle).state();
    }

    /** Creates a thread running the callable argument {@code fArg}; it runs when the schedule reaches it. */
    private static Scheduler.RThread spawn(Builtins.Call c, String name, int fArg, long scope) {
        Interp m = c.m();
        Value f = c.args()[fArg];
        Ty fTy = c.argTys()[fArg];
        Span span = c.span();
        Scheduler.RThread t = m.sched.spawn(name, null);
        t.resultTy = c.typeArgs().isEmpty() ? Ty.UNIT : c.typeArgs().get(c.typeArgs().size() - 1);
        t.scope = scope;
        t.body = () -> run(m, t, f, fTy, span);
        return t;
    }

    private static void run(Interp m, Scheduler.RThread t, Value f, Ty fTy, Span span) {
        Allocation slot = m.temp(f, "thread closure");
        Value.Ptr at = Value.Ptr.thin(slot, new int[0]);
        try {
            Calls.Target target = m.calls.resolve(Ty.refMut(fTy), at, new Value[0], new Ty[0], span);
            t.result = m.calls.callNested(target, span);
        } catch (MachineStop.Panic p) {
            if (!p.reported) {
                p.reported = true;
                if (p.stdLocation != null) m.reportPanic(p.getMessage(), p.stdLocation);
                else m.reportPanic(p.getMessage(), p.span());
            }
            t.panicked = true;
            t.result = payload(m, p.getMessage(), span);
        }
        Value left = slot.root;
        if (!(left instanceof Value.Uninit)) m.drops.drop(at, left, fTy, span);
        if (t.detached) dropResult(m, t, span);
    }

    /** The `Box<dyn Any + Send>` of a panic: a boxed String with the message. */
    private static Value payload(Interp m, String message, Span span) {
        var string = m.defs.langAdt(LangItem.STRING);
        Ty stringTy = new Ty.Adt(string.id(), List.of());
        Value.Ptr box = (Value.Ptr) PtrBuiltins.boxNew(m, StringBuiltins.fromString(m, message, span), stringTy, span);
        return new Value.Ptr(box.alloc(), box.path(), -1, stringTy);
    }

    private static Value join(Builtins.Call c) {
        Scheduler.RThread t = thread(c.args()[0]);
        c.m().sched.block(() -> t.done, c.span());
        t.joined = true;
        Value r = t.result;
        t.result = null;
        return t.panicked ? c.m().types.err(r) : c.m().types.ok(r);
    }

    /** `thread::scope(f)`: runs f with a new Scope, then joins every thread spawned in it. */
    private static Value scope(Builtins.Call c) {
        Interp m = c.m();
        long id = m.sched.newScope();
        Value scope = Value.Agg.of(Value.usize(id));
        Value.Ptr scopeRef = Value.Ptr.thin(m.temp(scope, "scope"), new int[0]);
        Value result = Closures.call(c, 0, new Value[] {scopeRef}, new Ty[] {Ty.ref(Ty.UNIT)});
        m.sched.block(() -> m.sched.scopeDone(id), c.span());
        if (m.sched.scopePanicked(id)) throw c.panic("a scoped thread panicked");
        return result;
    }

    /** Drop glue of a JoinHandle: detach the thread; a finished thread's unjoined result is dropped. */
    static void dropHandle(Interp m, Value v, Span span) {
        if (!(v instanceof Value.Native n) || !(n.state() instanceof Scheduler.RThread t)) return;
        if (t.joined) return;
        t.detached = true;
        if (t.done) dropResult(m, t, span);
    }

    private static void dropResult(Interp m, Scheduler.RThread t, Span span) {
        Value r = t.result;
        t.result = null;
        if (r == null || r instanceof Value.Uninit) return;
        Ty ty = t.panicked ? null : t.resultTy;
        Value.Ptr at = Value.Ptr.thin(m.temp(r, "thread result"), new int[0]);
        if (ty != null) m.drops.drop(at, r, ty, span);
        else PtrBuiltins.dropBox(m, (Value.Ptr) r, ((Value.Ptr) r).dynTy(), span);
    }
}
