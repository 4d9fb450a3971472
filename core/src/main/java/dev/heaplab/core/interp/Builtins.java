package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The native standard library: builtin keys ("Vec::push", "mem::swap", "fmt::print", ...) to their
 * implementations, plus the drop glue of the natively modelled std types.
 */
final class Builtins {
    /** One native call: type arguments (impl's then the method's), argument values and their types. */
    record Call(Interp m, String key, List<Ty> typeArgs, Value[] args, Ty[] argTys, Span span) {
        Ty tyArg(int i) { return i < typeArgs.size() ? typeArgs.get(i) : Ty.UNIT; }

        Value.Ptr ptr(int i) { return (Value.Ptr) args[i]; }

        /** The value behind pointer argument i (for `&self` / `&mut self`). */
        Value deref(int i) { return Memory.get(ptr(i), span); }

        Value.Agg agg(int i) { return (Value.Agg) deref(i); }

        long usize(int i) { return ((Value.Int) args[i]).bits(); }

        String str(int i) { return Memory.str(args[i], span); }

        /** The pointee type of argument i's reference type (or the type itself). */
        Ty pointee(int i) {
            Ty t = argTys[i];
            Ty p = t == null ? null : m.types.pointee(t);
            return p == null ? t : p;
        }

        /** A panic of this std function: at its std line when it has no #[track_caller] (StdPanicSites). */
        MachineStop.Panic panic(String message) { return new MachineStop.Panic(message, span, StdPanicSites.of(key)); }
    }

    /** A native function. */
    @FunctionalInterface
    interface Native {
        Value call(Call c);
    }

    /** The native table is the same for every machine (its functions capture nothing): built once per JVM. */
    private static final Map<String, Native> NATIVES = table();

    private final Interp m;
    private final Map<String, Native> natives = NATIVES;

    Builtins(Interp m) {
        this.m = m;
    }

    private static Map<String, Native> table() {
        Map<String, Native> natives = new HashMap<>();
        StringBuiltins.register(natives);
        VecBuiltins.register(natives);
        PtrBuiltins.register(natives);
        NumBuiltins.register(natives);
        FmtBuiltins.register(natives);
        Collect.register(natives);
        StrExtras.register(natives);
        HashBuiltins.register(natives);
        SliceExtras.register(natives);
        Threads.register(natives);
        SyncBuiltins.register(natives);
        StrPatterns.register(natives);
        IntExtras.register(natives);
        StdExtras.register(natives);
        BTreeBuiltins.register(natives);
        DequeBuiltins.register(natives);
        BTreeSetBuiltins.register(natives);
        WideBuiltins.register(natives); // after NumBuiltins and IntExtras: replaces their 64-bit i128/u128 entries
        natives.put("cmp::eq", c -> Arith.bool(Derived.eq(c.m(), c.deref(0), c.deref(1), c.pointee(0), c.span())));
        natives.put("cmp::seq_eq", c -> Arith.bool(Derived.seqEq(c.m(), c.ptr(0), c.argTys()[0], c.ptr(1), c.argTys()[1], c.span())));
        natives.put("cmp::cmp", c -> Derived.ordering(c.m(), Derived.cmp(c.m(), c.deref(0), c.deref(1), c.pointee(0), c.span())));
        natives.put("cmp::partial_cmp", c -> Derived.partialOrdering(c.m(),
                Derived.cmp(c.m(), c.deref(0), c.deref(1), c.pointee(0), c.span())));
        return Map.copyOf(natives);
    }

    /** Builds the native table now (start-up: on a helper thread, while the command line is parsed). */
    static void prepare() {
        NATIVES.size();
    }

    boolean has(String key) { return natives.containsKey(key); }

    /** The native function of a builtin key, or null. */
    Native nativeFn(String key) { return natives.get(key); }

    Value invoke(Calls.Target t, Span span) { return invoke(t, null, span); }

    /** Runs a builtin; {@code known} is its native function when the call site already found it. */
    Value invoke(Calls.Target t, Native known, Span span) {
        if (t.derivedImpl() != null || (t.builtin() == null && t.body() == null))
            return Derived.call(m, t, span);
        Native n = known != null ? known : natives.get(t.builtin());
        if (n == null) throw new MachineStop.Internal("unsupported: the builtin `" + t.builtin() + "` is not implemented", span);
        Value[] args = t.args();
        for (int i = 0; i < args.length && i < t.argTys().length; i++) {
            if (t.argTys()[i] instanceof Ty.Ref r && (r.inner() instanceof Ty.Str || r.inner() instanceof Ty.Slice)
                    && args[i] instanceof Value.Ptr p && p.meta() < 0)
                args[i] = Memory.fat(p, span);
        }
        return n.call(new Call(m, t.builtin(), t.typeArgs(), t.args(), t.argTys(), span));
    }

    /** Runs the builtin with this key directly (used by structural clone and friends). */
    Value invokeKey(String key, List<Ty> typeArgs, Value[] args, Ty[] argTys, Span span) {
        Native n = natives.get(key);
        if (n == null) throw new MachineStop.Internal("unsupported: the builtin `" + key + "` is not implemented", span);
        return n.call(new Call(m, key, typeArgs, args, argTys, span));
    }

    /** Drop glue of a natively modelled std type whose value {@code v} lives at {@code at}. */
    void dropLang(LangItem lang, Value.Ptr at, Value v, Ty.Adt ty, Span span) {
        Ty t0 = ty.args().isEmpty() ? Ty.UNIT : ty.args().get(0);
        switch (lang) {
            case STRING -> RawVec.free(m, (Value.Agg) v, 1, span);
            case VEC -> {
                Value.Agg vec = (Value.Agg) v;
                m.drops.dropElements(RawVec.buffer(vec), 0, RawVec.len(vec), t0, span);
                RawVec.free(m, vec, m.sizes.size(t0), span);
            }
            case BOX -> PtrBuiltins.dropBox(m, (Value.Ptr) v, t0, span);
            case RC, ARC -> PtrBuiltins.dropRc(m, (Value.Ptr) v, t0, span);
            case RC_WEAK, ARC_WEAK -> PtrBuiltins.dropWeak(m, (Value.Ptr) v, t0, span);
            case CELL -> m.drops.drop(at.child(0), ((Value.Agg) v).fields[0], t0, span);
            case REF_CELL -> m.drops.drop(at.child(Value.Agg.REFCELL_VALUE),
                    ((Value.Agg) v).fields[Value.Agg.REFCELL_VALUE], t0, span);
            case CELL_REF, CELL_REF_MUT -> PtrBuiltins.releaseBorrow(m, (Value.Agg) v, lang == LangItem.CELL_REF, span);
            case ITER -> VecBuiltins.dropIter(m, v, ty, span);
            case HASH_MAP -> HashTable.drop(m, at, (Value.Agg) v, new Ty.Tuple(List.of(t0, Types.arg(ty, 1))), span);
            case HASH_SET -> HashTable.drop(m, at, (Value.Agg) v, new Ty.Tuple(List.of(t0)), span);
            case JOIN_HANDLE -> Threads.dropHandle(m, v, span);
            case MUTEX, MUTEX_GUARD, SENDER, RECEIVER -> SyncBuiltins.drop(m, lang, at, v, t0, span);
            case VEC_DEQUE -> DequeBuiltins.drop(m, (Value.Agg) v, t0, span);
            case BTREE_SET -> BTreeBuiltins.drop(m, (Value.Agg) v, new Ty.Tuple(List.of(t0, Ty.UNIT)), span);
            case BTREE_MAP -> BTreeBuiltins.drop(m, (Value.Agg) v, new Ty.Tuple(List.of(t0, Types.arg(ty, 1))), span);
            default -> throw new MachineStop.Internal("unsupported: dropping a " + lang.rustName(), span);
        }
    }

    static Value.Int isize(long v) { return new Value.Int(v, IntTy.ISIZE); }
}
