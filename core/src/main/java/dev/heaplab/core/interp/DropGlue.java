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

    /** Drops value {@code v} of type {@code ty} stored at {@code at}. */
    void drop(Value.Ptr at, Value v, Ty ty, Span span) {
        if (v instanceof Value.Uninit || !needsDrop(ty)) return;
        TraitResolver.Match dropImpl = ty instanceof Ty.Adt ? dropImpl(ty) : null;
        if (m.detailed) {
            boolean user = dropImpl != null && dropImpl.impl().methods().get("drop") != null;
            m.emit(new MachineEvent.Drop(span, m.depth(), m.types.display(ty), m.dropPlace, user));
            m.dropPlace = null;
        }
        if (ty instanceof Ty.Adt a) {
            if (dropImpl != null) {
                DefId fn = dropImpl.impl().methods().get("drop");
                if (fn != null) {
                    m.calls.callFn(fn, dropImpl.args(), new Value[] {at}, new Ty[] {Ty.refMut(ty)}, span);
                    v = Memory.get(at, span);
                }
            }
            AdtDef d = adt(a).def();
            if (d.lang() != null && isOwningLang(d.lang())) {
                m.builtins.dropLang(d.lang(), at, v, a, span);
                return;
            }
            if (!(v instanceof Value.Agg g)) return;
            if (g.variant >= d.variants().size()) return;
            Ty[] fieldTys = fieldTys(a, d, g.variant);
            for (int i = 0; i < fieldTys.length && i < g.fields.length; i++)
                drop(at.child(i), g.fields[i], fieldTys[i], span);
            return;
        }
        if (!(v instanceof Value.Agg g)) return;
        switch (ty) {
            case Ty.Tuple t -> {
                for (int i = 0; i < g.fields.length; i++) drop(at.child(i), g.fields[i], t.elems().get(i), span);
            }
            case Ty.Array arr -> {
                for (int i = 0; i < g.fields.length; i++) drop(at.child(i), g.fields[i], arr.elem(), span);
            }
            case Ty.Closure c -> {
                List<Ty> tys = captureTys(c);
                for (int i = 0; i < g.fields.length && i < tys.size(); i++) drop(at.child(i), g.fields[i], tys.get(i), span);
            }
            default -> { }
        }
    }

    /** Drops elements [from, to) of a buffer of {@code elem}s, in order. */
    void dropElements(Allocation buf, long from, long to, Ty elem, Span span) {
        if (buf == null || !needsDrop(elem)) return;
        for (long i = from; i < to; i++) {
            Value.Ptr p = Value.Ptr.thin(buf, new int[] {(int) i});
            Value v = Memory.get(p, span);
            drop(p, v, elem, span);
            Memory.set(p, Value.UNINIT, span);
        }
    }
}
