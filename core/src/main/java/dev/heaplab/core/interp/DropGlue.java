package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops values as rustc's drop glue does:
 * <ul>
 * <li>an uninitialised place (moved out) is skipped, fields of partially moved values too;</li>
 * <li>a type with a Drop impl first runs `Drop::drop(&mut v)` (a nested run of the user's body);</li>
 * <li>then fields in declaration order, tuple and array elements in order, closure captures by value;</li>
 * <li>std types free their heap memory: Vec drops its elements then frees the buffer, Box drops the
 *     pointee then frees it, Rc decrements and frees at zero strong (value) and zero weak (memory).</li>
 * </ul>
 */
final class DropGlue {
    private final Interp m;
    private final Map<Ty, Boolean> needsDrop = new HashMap<>();

    DropGlue(Interp m) { this.m = m; }

    /** Drops the value at a place if initialised, and marks the place uninitialised. */
    void dropInPlace(PlaceRef p, Span span) {
        Value v = Memory.get(p.alloc(), p.path(), span);
        if (v instanceof Value.Uninit) return;
        drop(p.toPtr(), v, p.ty(), span);
        if (p.alloc() != null && p.alloc().live) Memory.set(p.alloc(), p.path(), Value.UNINIT, span);
    }

    /** Drops the locals of an unwinding frame without cleanup blocks, newest storage first. */
    void dropLocalsForUnwind(Frame f, Span span) {
        List<Integer> order = new ArrayList<>();
        for (int l = 1; l < f.slots.length; l++) if (f.liveSeq[l] > 0) order.add(l);
        order.sort((a, b) -> Integer.compare(f.liveSeq[b], f.liveSeq[a]));
        try {
            for (int l : order) {
                Allocation slot = f.slots[l];
                if (slot.root instanceof Value.Uninit) continue;
                dropInPlace(new PlaceRef(slot, new int[0], -1, m.types.local(f, l)), span);
            }
        } catch (MachineStop.Panic p) {
            m.abortInCleanup();
        }
    }

    /**
     * Front caches by identity (the machine passes the same type objects again and again; hashing a
     * type walks all of it), bounded because drop glue also builds types afresh.
     */
    private final java.util.IdentityHashMap<Ty, Boolean> needsDropById = new java.util.IdentityHashMap<>();
    private final java.util.IdentityHashMap<Ty, Object> dropImplById = new java.util.IdentityHashMap<>();
    private static final Object NO_IMPL = new Object();
    private static final int ID_CACHE_MAX = 4096;
    private int computing;

    /** An ADT type's definition and its concrete field types per variant (filled on first use). */
    private record AdtInfo(AdtDef def, Ty[][] fieldTys) {}

    private final java.util.IdentityHashMap<Ty, AdtInfo> adtById = new java.util.IdentityHashMap<>();

    private AdtInfo adt(Ty.Adt a) {
        AdtInfo info = adtById.get(a);
        if (info == null) {
            if (adtById.size() >= ID_CACHE_MAX) adtById.clear();
            AdtDef d = m.defs.adt(a.def());
            info = new AdtInfo(d, d == null ? null : new Ty[d.variants().size()][]);
            adtById.put(a, info);
        }
        return info;
    }

    /** The concrete field types of a variant of an ADT type (the same objects each time, for the caches above). */
    private Ty[] fieldTys(Ty.Adt a, AdtDef d, int variant) {
        Ty[][] all = adt(a).fieldTys();
        Ty[] tys = all[variant];
        if (tys == null) {
            List<AdtDef.FieldDef> fields = d.variants().get(variant).fields();
            tys = new Ty[fields.size()];
            for (int i = 0; i < tys.length; i++) tys[i] = m.types.subst(fields.get(i).ty(), a.args());
            all[variant] = tys;
        }
        return tys;
    }

    /** The type's `Drop` impl, or null. */
    private TraitResolver.Match dropImpl(Ty ty) {
        Object o = dropImplById.get(ty);
        if (o == null) {
            if (dropImplById.size() >= ID_CACHE_MAX) dropImplById.clear();
            TraitResolver.Match found = m.calls.resolver().findLang("Drop", ty);
            o = found == null ? NO_IMPL : found;
            dropImplById.put(ty, o);
        }
        return o == NO_IMPL ? null : (TraitResolver.Match) o;
    }

    boolean needsDrop(Ty ty) {
        Boolean known = needsDropById.get(ty);
        if (known != null) return known;
        computing++;
        boolean r;
        try {
            r = needsDropByValue(ty);
        } finally {
            computing--;
        }
        if (computing == 0) { // an answer found inside a cycle may be provisional
            if (needsDropById.size() >= ID_CACHE_MAX) needsDropById.clear();
            needsDropById.put(ty, r);
        }
        return r;
    }

    private boolean needsDropByValue(Ty ty) {
        Boolean b = needsDrop.get(ty);
        if (b != null) return b;
        needsDrop.put(ty, Boolean.FALSE);
        boolean r = computeNeedsDrop(ty);
        needsDrop.put(ty, r);
        return r;
    }

    private boolean computeNeedsDrop(Ty ty) {
        return switch (ty) {
            case Ty.Tuple t -> t.elems().stream().anyMatch(this::needsDrop);
            case Ty.Array a -> a.len() > 0 && needsDrop(a.elem());
            case Ty.Closure c -> captureTys(c).stream().anyMatch(this::needsDrop);
            case Ty.Adt a -> {
                AdtDef d = m.defs.adt(a.def());
                if (d == null) yield false;
                if (d.lang() != null && isOwningLang(d.lang())) yield true;
                if (m.calls.resolver().findLang("Drop", ty) != null) yield true;
                for (AdtDef.VariantDef v : d.variants())
                    for (AdtDef.FieldDef f : v.fields()) if (needsDrop(m.types.subst(f.ty(), a.args()))) yield true;
                yield false;
            }
            case Ty.Dynamic d -> true;
            case Ty.Param p -> true;
            default -> false;
        };
    }

    private static boolean isOwningLang(LangItem l) {
        return switch (l) {
            case STRING, VEC, BOX, RC, RC_WEAK, ARC, ARC_WEAK, CELL_REF, CELL_REF_MUT, HASH_MAP, HASH_SET, BTREE_MAP, BTREE_SET, VEC_DEQUE, MUTEX_GUARD,
                 ITER, CELL, REF_CELL, MUTEX, JOIN_HANDLE, SENDER, RECEIVER -> true;
            default -> false;
        };
    }

    List<Ty> captureTys(Ty.Closure c) {
        ClosureDef d = m.defs.closure(c.def());
        List<Ty> out = new ArrayList<>();
        if (d == null) return out;
        for (ClosureDef.Capture cap : d.captures())
            out.add(cap.mode() == ClosureDef.CaptureMode.BY_VALUE ? m.types.subst(cap.ty(), c.parentArgs()) : Ty.ref(Ty.UNIT));
        return out;
    }

    /**
     * What dropping a value of one concrete type does, with the plans of its parts linked once
     * resolved: a chain of drops (an `Rc` list, nested boxes) follows these links, with no lookup by
     * type per value.
     */
    private final class Plan {
        final Ty ty;
        final boolean needed;
        /** For ADTs: the type, its definition, its owning std kind (null if none) and its `Drop` impl. */
        final Ty.Adt adt;
        final AdtDef def;
        final LangItem lang;
        final TraitResolver.Match dropImpl;
        final DefId userDrop;
        private Ty refMut;
        /** Per variant (ADTs), or the elements (tuples, closures; an array's one element type): part plans. */
        private Plan[][] variants;
        private Plan[] parts;
        /** For std owning types: the plan of the first type argument (pointee or element). */
        private Plan first;

        Plan(Ty ty) {
            this.ty = ty;
            this.needed = needsDrop(ty);
            if (needed && ty instanceof Ty.Adt a) {
                adt = a;
                def = adt(a).def();
                lang = def.lang() != null && isOwningLang(def.lang()) ? def.lang() : null;
                dropImpl = dropImpl(ty);
                userDrop = dropImpl == null ? null : dropImpl.impl().methods().get("drop");
            } else {
                adt = null;
                def = null;
                lang = null;
                dropImpl = null;
                userDrop = null;
            }
        }

        Plan[] fields(int variant) {
            if (variants == null) variants = new Plan[def.variants().size()][];
            Plan[] ps = variants[variant];
            if (ps == null) variants[variant] = ps = plans(fieldTys(adt, def, variant));
            return ps;
        }

        Plan[] parts() {
            if (parts == null) {
                parts = switch (ty) {
                    case Ty.Tuple t -> plans(t.elems().toArray(new Ty[0]));
                    case Ty.Array a -> new Plan[] {plan(a.elem())};
                    case Ty.Closure c -> plans(captureTys(c).toArray(new Ty[0]));
                    default -> new Plan[0];
                };
            }
            return parts;
        }

        Plan first() {
            if (first == null) first = plan(adt.args().isEmpty() ? Ty.UNIT : adt.args().get(0));
            return first;
        }

        Ty refMut() {
            if (refMut == null) refMut = Ty.refMut(ty);
            return refMut;
        }
    }

    private Plan[] plans(Ty[] tys) {
        Plan[] ps = new Plan[tys.length];
        for (int i = 0; i < ps.length; i++) ps[i] = plan(tys[i]);
        return ps;
    }

    private final java.util.IdentityHashMap<Ty, Plan> planById = new java.util.IdentityHashMap<>();

    private Plan plan(Ty ty) {
        Plan p = planById.get(ty);
        if (p == null) {
            p = new Plan(ty);
            if (planById.size() >= ID_CACHE_MAX) planById.clear();
            planById.put(ty, p);
        }
        return p;
    }

    /**
     * Work still to do in the drop under way, newest on top: the rest of a value's fields or of a
     * buffer's elements, and what a Box, Rc or Vec does after its contents are dropped. Dropping a
     * long chain thus needs no Java recursion, and runs the same steps in the same order as the
     * recursive definition (a part is read only when its turn comes).
     */
    private abstract static class Work {
        abstract void run(DropGlue g, Span span);
    }

    private Work[] work = new Work[64];
    private int top;

    private void push(Work w) {
        if (top == work.length) work = java.util.Arrays.copyOf(work, top * 2);
        work[top++] = w;
    }

    /** Drops value {@code v} of type {@code ty} stored at {@code at}. */
    void drop(Value.Ptr at, Value v, Ty ty, Span span) {
        if (v instanceof Value.Uninit) return;
        Plan p = plan(ty);
        if (!p.needed) return;
        Span outerSpan = this.span;
        int base = enter(span);
        try {
            dropOne(at, v, p, span);
            drain(base, span);
        } finally {
            leave(base, outerSpan);
        }
    }

    /** Starts a drop (perhaps nested in one under way, from a `Drop` impl): its part of the work list starts here. */
    private int enter(Span span) {
        this.span = span;
        return top;
    }

    /** Ends a drop: a panic in a `Drop` impl abandons the rest of its work, as the recursive glue did. */
    private void leave(int base, Span outerSpan) {
        while (top > base) work[--top] = null;
        nextPlan = null;
        this.span = outerSpan;
    }

    /**
     * The value to drop next, set by the last thing a step does ({@link #then}): the step's own
     * continuations are already on the work list, below it.
     */
    private Value.Ptr nextAt;
    private Value nextValue;
    private Plan nextPlan;

    private void then(Value.Ptr at, Value v, Plan p) {
        nextAt = at;
        nextValue = v;
        nextPlan = p;
    }

    /** Runs the work list down to {@code base} (a nested drop, from a `Drop` impl, has its own part above). */
    private void drain(int base, Span span) {
        while (true) {
            Plan p = nextPlan;
            if (p != null) {
                Value.Ptr at = nextAt;
                Value v = nextValue;
                nextPlan = null;
                nextAt = null;
                nextValue = null;
                dropOne(at, v, p, span);
                continue;
            }
            if (top <= base) return;
            Work w = work[--top];
            work[top] = null;
            w.run(this, span);
        }
    }

    /** Drops one value: runs its `Drop` impl, then leaves its parts and its memory to the work list. */
    private void dropOne(Value.Ptr at, Value v, Plan p, Span span) {
        if (v instanceof Value.Uninit || !p.needed) return;
        if (m.detailed) {
            m.emit(new MachineEvent.Drop(span, m.depth(), m.types.display(p.ty), m.dropPlace, p.userDrop != null));
            m.dropPlace = null;
        }
        if (p.adt != null) {
            if (p.userDrop != null) {
                m.calls.callFn(p.userDrop, p.dropImpl.args(), new Value[] {at}, new Ty[] {p.refMut()}, span);
                v = Memory.get(at, span);
            }
            if (p.lang != null) {
                owned(at, v, p, span);
                return;
            }
            if (!(v instanceof Value.Agg g) || g.variant >= p.def.variants().size()) return;
            fields(at, g, p.fields(g.variant), false, 0);
            return;
        }
        if (!(v instanceof Value.Agg g)) return;
        switch (p.ty) {
            case Ty.Tuple t -> fields(at, g, p.parts(), false, 0);
            case Ty.Array arr -> fields(at, g, p.parts(), true, 0);
            case Ty.Closure c -> fields(at, g, p.parts(), false, 0);
            default -> { }
        }
    }

    /** Drops fields {@code from..} of {@code g} in order (all of one plan when {@code same}). */
    private void fields(Value.Ptr at, Value.Agg g, Plan[] plans, boolean same, int from) {
        int n = same ? g.fields.length : Math.min(plans.length, g.fields.length);
        for (int i = from; i < n; i++) {
            Plan fp = same ? plans[0] : plans[i];
            Value fv = g.fields[i];
            if (!fp.needed || fv instanceof Value.Uninit) continue;
            if (i + 1 < n) push(new Fields(at, g, plans, same, i + 1));
            then(at.child(i), fv, fp);
            return;
        }
    }

    private static final class Fields extends Work {
        private final Value.Ptr at;
        private final Value.Agg g;
        private final Plan[] plans;
        private final boolean same;
        private final int from;

        Fields(Value.Ptr at, Value.Agg g, Plan[] plans, boolean same, int from) {
            this.at = at;
            this.g = g;
            this.plans = plans;
            this.same = same;
            this.from = from;
        }

        @Override void run(DropGlue d, Span span) { d.fields(at, g, plans, same, from); }
    }

    /** The span of the drop under way (the work list's tasks all belong to it). */
    private Span span;

    /** The drop glue of the std types the machine models natively; Box, Rc and Vec through the work list. */
    private void owned(Value.Ptr at, Value v, Plan p, Span span) {
        switch (p.lang) {
            case BOX -> {
                Value.Ptr b = (Value.Ptr) v;
                Ty t = p.adt.args().isEmpty() ? Ty.UNIT : p.adt.args().get(0);
                if (b.alloc() == null || t instanceof Ty.Slice || t instanceof Ty.Str) {
                    PtrBuiltins.dropBox(m, b, t, span);
                    return;
                }
                Plan inner = t instanceof Ty.Dynamic && b.dynTy() != null ? plan(b.dynTy()) : p.first();
                Value pointee = Memory.get(b, span);
                if (b.alloc().kind() == Allocation.Kind.HEAP) push(new Free(b.alloc()));
                then(b, pointee, inner);
            }
            case RC, ARC -> {
                Value.Ptr r = (Value.Ptr) v;
                if (PtrBuiltins.bump(r, Value.Agg.RC_STRONG, -1, span) != 0) return;
                Value.Agg box = (Value.Agg) Memory.get(r, span);
                Ty t = p.adt.args().isEmpty() ? Ty.UNIT : p.adt.args().get(0);
                if (t instanceof Ty.Slice sl && box.fields[Value.Agg.RC_VALUE] instanceof Value.Agg items) {
                    // `Rc<[T]>` (from a Vec): its elements in order, then the block
                    Value.Ptr value = r.child(Value.Agg.RC_VALUE);
                    for (int k = 0; k < items.fields.length && (r.meta() < 0 || k < r.meta()); k++) {
                        m.drops.drop(value.child(k), items.fields[k], sl.elem(), span);
                    }
                    push(new RcFree(r, box));
                    return;
                }
                push(new RcFree(r, box));
                then(r.child(Value.Agg.RC_VALUE), box.fields[Value.Agg.RC_VALUE],
                        t instanceof Ty.Dynamic && r.dynTy() != null ? plan(r.dynTy()) : p.first());
            }
            case VEC -> {
                Value.Agg vec = (Value.Agg) v;
                push(new VecFree(vec, p.first().ty));
                elements(RawVec.buffer(vec), 0, RawVec.len(vec), p.first());
            }
            default -> m.builtins.dropLang(p.lang, at, v, p.adt, span);
        }
    }

    private static final class Free extends Work {
        private final Allocation a;

        Free(Allocation a) { this.a = a; }

        @Override void run(DropGlue d, Span span) { d.m.heap.dealloc(a, span); }
    }

    /** After an Rc's value is dropped: the value is gone, and the memory with the last weak count. */
    private static final class RcFree extends Work {
        private final Value.Ptr r;
        private final Value.Agg box;

        RcFree(Value.Ptr r, Value.Agg box) {
            this.r = r;
            this.box = box;
        }

        @Override void run(DropGlue d, Span span) {
            box.fields[Value.Agg.RC_VALUE] = Value.UNINIT;
            if (PtrBuiltins.bump(r, Value.Agg.RC_WEAK, -1, span) == 0) d.m.heap.dealloc(r.alloc(), span);
        }
    }

    private static final class VecFree extends Work {
        private final Value.Agg vec;
        private final Ty elem;

        VecFree(Value.Agg vec, Ty elem) {
            this.vec = vec;
            this.elem = elem;
        }

        @Override void run(DropGlue d, Span span) { RawVec.free(d.m, vec, d.m.sizes.size(elem), span); }
    }

    /** Drops elements [from, to) of a buffer of {@code elem}s, in order. */
    void dropElements(Allocation buf, long from, long to, Ty elem, Span span) {
        Plan p = plan(elem);
        if (buf == null || !p.needed) return;
        Span outerSpan = this.span;
        int base = enter(span);
        try {
            elements(buf, from, to, p);
            drain(base, span);
        } finally {
            leave(base, outerSpan);
        }
    }

    /** Drops element {@code i} of a buffer, leaving the next ones to the work list. */
    private void elements(Allocation buf, long i, long to, Plan p) {
        if (buf == null || !p.needed || i >= to) return;
        Value.Ptr at = Value.Ptr.thin(buf, new int[] {(int) i});
        Value v = Memory.get(at, span);
        if (i + 1 < to) push(new Elements(buf, i + 1, to, p));
        push(new Uninit(at));
        then(at, v, p);
    }

    private static final class Elements extends Work {
        private final Allocation buf;
        private final long from, to;
        private final Plan p;

        Elements(Allocation buf, long from, long to, Plan p) {
            this.buf = buf;
            this.from = from;
            this.to = to;
            this.p = p;
        }

        @Override void run(DropGlue d, Span span) { d.elements(buf, from, to, p); }
    }

    private static final class Uninit extends Work {
        private final Value.Ptr at;

        Uninit(Value.Ptr at) { this.at = at; }

        @Override void run(DropGlue d, Span span) { Memory.set(at, Value.UNINIT, span); }
    }
}
