package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.Map;

/**
 * Mutex, RwLock and their guards, and atomics. A Mutex (or RwLock) is {@code Agg[state, poison, data]}:
 * state 0 when free, {@link #EXCLUSIVE} while a MutexGuard or write guard is alive, else the number of
 * read guards. A guard is {@code Agg[lockPtr, panicking, shared]}; dropping it releases the lock (and
 * poisons it when the thread started panicking since it locked). Locking a held lock blocks the thread.
 * Atomics are plain structs whose one field the methods read and write.
 */
final class SyncBuiltins {
    private SyncBuiltins() {}

    static final int STATE = 0, POISON = 1, DATA = 2;
    static final long EXCLUSIVE = (1L << 30) - 1;

    static void register(Map<String, Builtins.Native> r) {
        r.put("Mutex::new", c -> Value.Agg.of(new Value.Int(0, IntTy.U32), Value.FALSE, c.args()[0]));
        r.put("Mutex::lock", c -> lock(c, false, false));
        r.put("RwLock::write", c -> lock(c, false, false));
        r.put("RwLock::read", c -> lock(c, true, false));
        r.put("Mutex::try_lock", c -> lock(c, false, true));
        r.put("Mutex::is_poisoned", c -> c.agg(0).fields[POISON]);
        r.put("Mutex::into_inner", c -> {
            Value.Agg mx = (Value.Agg) c.args()[0];
            Value v = mx.fields[DATA];
            return poisoned(mx) ? c.m().types.err(Value.Agg.of(v)) : c.m().types.ok(v);
        });
        r.put("Mutex::get_mut", c -> {
            Value.Ptr data = c.ptr(0).child(DATA);
            return poisoned(c.agg(0)) ? c.m().types.err(Value.Agg.of(data)) : c.m().types.ok(data);
        });
        r.put("MutexGuard::deref", c -> ((Value.Ptr) c.agg(0).fields[0]).child(DATA));
        r.put("atomic::load", c -> c.agg(0).fields[0]);
        r.put("atomic::store", c -> {
            c.agg(0).fields[0] = c.args()[1];
            return Value.unit();
        });
        r.put("atomic::swap", c -> update(c, (old, v) -> v));
        r.put("atomic::fetch_add", c -> update(c, Long::sum));
        r.put("atomic::fetch_sub", c -> update(c, (a, b) -> a - b));
        r.put("atomic::fetch_max", c -> update(c, (a, b) -> cmp(c, a, b) >= 0 ? a : b));
        r.put("atomic::fetch_min", c -> update(c, (a, b) -> cmp(c, a, b) <= 0 ? a : b));
        r.put("atomic::compare_exchange", c -> {
            Value.Agg a = c.agg(0);
            Value old = a.fields[0];
            if (!old.equals(c.args()[1])) return c.m().types.err(old);
            a.fields[0] = c.args()[2];
            return c.m().types.ok(old);
        });
        Channels.register(r);
    }

    private static boolean poisoned(Value.Agg lock) { return ((Value.Bool) lock.fields[POISON]).v(); }

    private static long state(Value.Agg lock) { return ((Value.Int) lock.fields[STATE]).bits(); }

    private static Value lock(Builtins.Call c, boolean shared, boolean attempt) {
        Value.Ptr at = c.ptr(0);
        Value.Agg lock = c.agg(0);
        if (attempt && state(lock) != 0) return c.m().types.err(Value.Agg.of(Value.unit()));
        c.m().sched.block(() -> shared ? state(lock) != EXCLUSIVE : state(lock) == 0, c.span());
        lock.fields[STATE] = new Value.Int(shared ? state(lock) + 1 : EXCLUSIVE, IntTy.U32);
        Value guard = Value.Agg.of(at, Arith.bool(panicking(c.m())), Arith.bool(shared));
        return poisoned(lock) ? c.m().types.err(Value.Agg.of(guard)) : c.m().types.ok(guard);
    }

    /** std's Debug of a Mutex/RwLock: `Mutex { data: 5, poisoned: false, .. }` (`<locked>` while locked). */
    static void debugLock(ValueFormatter vf, dev.heaplab.core.fmt.RustFormatter f, Value.Ptr at, Value.Agg lock, Ty t0,
                          String name) {
        var d = f.debugStruct(name);
        if (state(lock) == EXCLUSIVE) d.field("data", ff -> ff.write("\"<locked>\""));
        else d.field("data", ff -> vf.format(ff, dev.heaplab.core.fmt.FormatTemplate.Trait.DEBUG, at.child(DATA), t0));
        d.field("poisoned", ff -> ff.write(String.valueOf(poisoned(lock))));
        d.finishNonExhaustive();
    }

    /** True while the current thread unwinds (std's `thread::panicking()`). */
    static boolean panicking(Interp m) {
        for (Frame f : m.frames) if (f.unwinding) return true;
        return false;
    }

    /** Drop glue of Mutex/RwLock (drops the data), guards (release) and channel ends. */
    static void drop(Interp m, LangItem lang, Value.Ptr at, Value v, Ty t0, Span span) {
        switch (lang) {
            case MUTEX -> m.drops.drop(at.child(DATA), ((Value.Agg) v).fields[DATA], t0, span);
            case MUTEX_GUARD -> {
                Value.Agg g = (Value.Agg) v;
                Value.Agg lock = (Value.Agg) Memory.get((Value.Ptr) g.fields[0], span);
                if (!((Value.Bool) g.fields[1]).v() && panicking(m)) lock.fields[POISON] = Value.TRUE;
                boolean shared = ((Value.Bool) g.fields[2]).v();
                lock.fields[STATE] = new Value.Int(shared ? state(lock) - 1 : 0, IntTy.U32);
            }
            case SENDER -> Channels.dropSender(m, v, span);
            case RECEIVER -> Channels.dropReceiver(m, v, span);
            default -> throw new MachineStop.Internal("unsupported: dropping a " + lang.rustName(), span);
        }
    }

    @FunctionalInterface
    private interface LongOp {
        long apply(long old, long operand);
    }

    /** A read-modify-write on an atomic: stores op(old, arg) (wrapping), returns old. */
    private static Value update(Builtins.Call c, LongOp op) {
        Value.Agg a = c.agg(0);
        Value old = a.fields[0];
        Value arg = c.args()[1];
        if (old instanceof Value.Bool) {
            a.fields[0] = arg;
            return old;
        }
        Value.Int o = (Value.Int) old;
        a.fields[0] = new Value.Int(Arith.wrap(op.apply(o.bits(), ((Value.Int) arg).bits()), o.ty()), o.ty());
        return old;
    }

    private static int cmp(Builtins.Call c, long a, long b) {
        IntTy t = ((Value.Int) c.agg(0).fields[0]).ty();
        return t.signed() ? Long.compare(a, b) : Long.compareUnsigned(a, b);
    }
}
