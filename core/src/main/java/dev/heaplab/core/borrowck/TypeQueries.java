package dev.heaplab.core.borrowck;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.HashSet;
import java.util.Set;

/**
 * Questions the borrow checker asks about types.
 * <ul>
 * <li>{@link #refFree}: can a value of this type hold a borrow? Primitives, String, and ADTs whose
 *     fields are all ref-free cannot; references, type parameters, closures, trait objects,
 *     iterators and anything unknown can (conservative: never miss a borrow).</li>
 * <li>{@link #dropObservesBorrows}: does dropping it run user code that may read borrowed data
 *     (a `Drop` impl somewhere inside)? Then the drop counts as a use of the value.</li>
 * </ul>
 */
final class TypeQueries {
    private final ProgramDefs defs;

    /** The last instance made on this thread, reused while the same program is checked (its answers stay valid). */
    private static final ThreadLocal<TypeQueries> LAST = new ThreadLocal<>();

    /**
     * Queries about this program's types, shared by the checks of all its bodies so that each type is
     * asked about once per program rather than once per check and body.
     */
    static TypeQueries of(ProgramDefs defs) {
        TypeQueries q = LAST.get();
        if (q == null || q.defs != defs) LAST.set(q = new TypeQueries(defs));
        return q;
    }

    /** The function a call terminator calls by name (`f(..)`, `x.m(..)`), or null for calls through a value. */
    static dev.heaplab.core.types.FnDef callee(dev.heaplab.core.mir.Terminator.Call c, ProgramDefs defs) {
        return c.func() instanceof dev.heaplab.core.mir.Operand.Constant k && k.ty() instanceof Ty.FnDef fd ? defs.fn(fd.def()) : null;
    }

    /** Adapters whose items are their inner iterator's, unchanged. */
    private static final Set<String> SAME_ITEMS = Set.of("Filter", "Skip", "Take", "Rev", "Peekable",
            "StepBy", "Inspect", "SkipWhile", "TakeWhile", "Fuse");

    /**
     * Is this iterator type std's `Copied<..>` or `Cloned<..>`, seen through adapters that keep the items
     * (`v.iter().copied().filter(..)`)? Its items are copies of what its loans point to, one level deeper.
     */
    static boolean copiedItems(Ty t, ProgramDefs defs) {
        while (t instanceof Ty.Adt a && defs.adt(a.def()) != null && !a.args().isEmpty()) {
            AdtDef adt = defs.adt(a.def());
            // std's own adapters only (its positions start at 2^30), not a user's type of the same name
            if (!dev.heaplab.core.typeck.CheckedStd.isStd(adt.span())) return false;
            if (adt.name().equals("Copied") || adt.name().equals("Cloned")) return true;
            if (!SAME_ITEMS.contains(adt.name())) return false;
            t = a.args().get(0);
        }
        return false;
    }

    TypeQueries(ProgramDefs defs) {
        this.defs = defs;
    }

    /** Can a value of this type hold a borrow of this function's data? (`&'static T` counts as able to, so flows into it are checked.) */
    boolean refFree(Ty ty) {
        Boolean known = refFreeSeen.get(ty);
        if (known != null) return known;
        known = refFreeMemo.get(ty);
        if (known == null) refFreeMemo.put(ty, known = refFree(ty, new HashSet<>(), false));
        refFreeSeen.put(ty, known);
        return known;
    }

    /** Answers already given (the checks ask about the same few types again and again). */
    private final java.util.Map<Ty, Boolean> refFreeMemo = new java.util.HashMap<>(), dropMemo = new java.util.HashMap<>();
    /** The same by identity, asked first: hashing a type walks all of it, and the MIR repeats the same instances. */
    private final java.util.Map<Ty, Boolean> refFreeSeen = new java.util.IdentityHashMap<>(), dropSeen = new java.util.IdentityHashMap<>();

    /** Same, with `&'static T` holding nothing borrowed (for drop-check). */
    boolean refFreeOrStatic(Ty ty) { return refFree(ty, new HashSet<>(), true); }

    private boolean refFree(Ty ty, Set<Ty> seen) { return refFree(ty, seen, staticFree); }

    private boolean staticFree;

    private boolean refFree(Ty ty, Set<Ty> seen, boolean staticIsFree) {
        boolean saved = staticFree;
        staticFree = staticIsFree;
        try {
            return refFreeInner(ty, seen);
        } finally {
            staticFree = saved;
        }
    }

    private boolean refFreeInner(Ty ty, Set<Ty> seen) {
        if (!seen.add(ty)) return true;
        return switch (ty) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Never n -> true;
            case Ty.Str s -> true;
            case Ty.FnDef f -> true;
            case Ty.FnPtr f -> true;
            case Ty.Tuple t -> t.elems().stream().allMatch(e -> refFree(e, seen));
            case Ty.Array a -> refFree(a.elem(), seen);
            case Ty.Slice s -> refFree(s.elem(), seen);
            case Ty.Adt a -> adtRefFree(a, seen);
            case Ty.Ref r -> staticFree && r.region().isNamed() && "'static".equals(r.region().name()) && refFree(r.inner(), seen);
            case Ty.RawPtr p -> false;
            case Ty.Closure c -> false;
            case Ty.Dynamic d -> false;
            case Ty.Param p -> false;
            case Ty.Infer i -> false;
            case Ty.Projection p -> false;
            case Ty.Opaque o -> false;
            case Ty.Error e -> true;
        };
    }

    private boolean adtRefFree(Ty.Adt a, Set<Ty> seen) {
        AdtDef adt = defs.adt(a.def());
        if (adt == null) return false;
        if (!a.args().stream().allMatch(t -> refFree(t, seen))) return false;
        if (adt.lang() != null) {
            // Natively modelled types hold only their type arguments, except iterators and guards.
            return switch (adt.lang()) {
                case ITER, CELL_REF, CELL_REF_MUT, MUTEX_GUARD, FORMATTER -> false;
                default -> true;
            };
        }
        for (AdtDef.VariantDef v : adt.variants()) {
            for (AdtDef.FieldDef f : v.fields()) {
                // A field written with only `'static` lifetimes holds nothing of the function's: a borrow
                // stored there escapes where it is stored (LoanFlow, UniversalStores), as rustc's `'static`.
                if (writtenStatic(f.ty())) continue;
                if (!refFree(TySubst.subst(f.ty(), a.args()), seen)) return false;
            }
        }
        return true;
    }

    /**
     * Is this declared field type's every lifetime `'static`, with none hidden (type parameters, structs
     * with lifetimes, trait objects, closures, raw pointers)? (`name: &'static str`, `tags: Vec<&'static str>`.)
     */
    boolean writtenStatic(Ty t) {
        if (!LoanFlow.onlyStatic(t)) return false;
        boolean[] open = {false};
        TySubst.map(t, x -> {
            switch (x) {
                case Ty.Adt a when adtMayBorrow(a) -> open[0] = true;
                case Ty.Param p -> open[0] = true;
                case Ty.Projection p -> open[0] = true;
                case Ty.Closure c -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                case Ty.RawPtr p -> open[0] = true;
                default -> { }
            }
            return x;
        });
        return !open[0];
    }

    /** Can this struct itself (not its type arguments) hold a non-`'static` borrow? */
    boolean adtMayBorrow(Ty.Adt a) {
        AdtDef adt = defs.adt(a.def());
        if (adt == null) return true;
        if (adt.lang() != null) {
            return switch (adt.lang()) {
                case ITER, CELL_REF, CELL_REF_MUT, MUTEX_GUARD, FORMATTER -> true;
                default -> false;
            };
        }
        for (AdtDef.VariantDef v : adt.variants()) {
            for (AdtDef.FieldDef f : v.fields()) if (hasNonStaticRef(f.ty())) return true;
        }
        return false;
    }

    /**
     * Can values of this type hold borrows only through the enclosing item's type parameters
     * (`Vec<T>`, `Option<I::Item>`)? Those are chosen by the caller before the body runs, so they
     * cannot name a region of the body's own locals: such a value holds none of their borrows.
     */
    boolean onlyCallerBorrows(Ty ty) {
        boolean[] open = {false}, param = {false};
        TySubst.map(ty, x -> {
            switch (x) {
                case Ty.Param p -> param[0] = true;
                case Ty.Projection p -> { if (p.self() instanceof Ty.Param) param[0] = true; else open[0] = true; }
                case Ty.Ref r -> open[0] = true;
                case Ty.RawPtr p -> open[0] = true;
                case Ty.Closure c -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                case Ty.Adt a when adtMayBorrow(a) -> open[0] = true;
                default -> { }
            }
            return x;
        });
        return param[0] && !open[0];
    }

    private static boolean hasNonStaticRef(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Ref r && !(r.region().isNamed() && "'static".equals(r.region().name()))) found[0] = true;
            return x;
        });
        return found[0];
    }

    /**
     * Can no value of this type contain a closure of this body, even hidden behind a trait object, a
     * raw pointer or a field? (What a sealed closure captured cannot be in it.) The enclosing item's
     * type parameters (and their projections) are chosen by the caller, before this body's closures exist.
     */
    boolean closureFree(Ty ty) { return closureFreeMemo.computeIfAbsent(ty, t -> closureFree(t, new HashSet<>())); }

    private final java.util.Map<Ty, Boolean> closureFreeMemo = new java.util.HashMap<>();

    private boolean closureFree(Ty ty, Set<Ty> seen) {
        boolean[] open = {false};
        TySubst.map(ty, x -> {
            switch (x) {
                case Ty.RawPtr p -> open[0] = true;
                case Ty.Closure c -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Param p -> { }
                case Ty.Infer i -> open[0] = true;
                case Ty.Projection p -> open[0] |= !(p.self() instanceof Ty.Param);
                // Natively modelled types hold only their type arguments (walked by map); user types their fields.
                case Ty.Adt a when seen.add(a) -> {
                    AdtDef adt = defs.adt(a.def());
                    if (adt == null) open[0] = true;
                    else if (adt.lang() == null) {
                        for (AdtDef.VariantDef v : adt.variants()) {
                            for (AdtDef.FieldDef f : v.fields()) open[0] |= !closureFree(TySubst.subst(f.ty(), a.args()), seen);
                        }
                    }
                }
                default -> { }
            }
            return x;
        });
        return !open[0];
    }

    /** std iterators over borrowed items (`slice::Iter<'a, T>`, `Keys<'a, K, V>`...): dropping one drops no `T`. */
    private static final Set<String> BORROWING_ITERS = Set.of("Iter", "IterMut", "Windows", "Chunks", "ChunksMut",
            "ChunksExact", "Keys", "Values", "ValuesMut", "MapIter", "MapIterMut", "SetIter", "DequeIter");

    boolean dropObservesBorrows(Ty ty) {
        Boolean known = dropSeen.get(ty);
        if (known != null) return known;
        known = dropMemo.get(ty);
        if (known == null) dropMemo.put(ty, known = dropObserves(ty, new HashSet<>()));
        dropSeen.put(ty, known);
        return known;
    }

    private boolean dropObserves(Ty ty, Set<Ty> seen) {
        if (!seen.add(ty)) return false;
        return switch (ty) {
            case Ty.Adt a -> {
                // A Drop impl can observe only the borrows its own type can hold.
                if (hasDropImpl(a) && !refFreeOrStatic(a)) yield true;
                AdtDef adt = defs.adt(a.def());
                // std's borrowing iterators hold only references to their items: no drop glue at all.
                if (adt != null && dev.heaplab.core.typeck.CheckedStd.isStd(adt.span()) && BORROWING_ITERS.contains(adt.name())) yield false;
                if (a.args().stream().anyMatch(t -> dropObserves(t, seen))) yield true;
                if (adt == null || adt.lang() != null) yield false;
                for (AdtDef.VariantDef v : adt.variants()) {
                    for (AdtDef.FieldDef f : v.fields()) if (dropObserves(TySubst.subst(f.ty(), a.args()), seen)) yield true;
                }
                yield false;
            }
            case Ty.Tuple t -> t.elems().stream().anyMatch(e -> dropObserves(e, seen));
            case Ty.Array a -> dropObserves(a.elem(), seen);
            case Ty.Closure c -> {
                ClosureDef cd = defs.closure(c.def());
                yield cd != null && cd.captures().stream().anyMatch(cap -> dropObserves(TySubst.subst(cap.ty(), c.parentArgs()), seen));
            }
            case Ty.Dynamic d -> true;
            case Ty.Param p -> true;
            default -> false;
        };
    }

    /** May a value of this type be changed through a shared reference (Cell, RefCell, Mutex inside; unknown types may)? */
    boolean mayMutateShared(Ty ty) { return mayMutateShared(ty, new HashSet<>()); }

    private boolean mayMutateShared(Ty ty, Set<Ty> seen) {
        return switch (ty) {
            case Ty.Int i -> false;
            case Ty.Float f -> false;
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Str s -> false;
            case Ty.Never n -> false;
            case Ty.Ref r -> mayMutateShared(r.inner(), seen);
            case Ty.Tuple t -> t.elems().stream().anyMatch(e -> mayMutateShared(e, seen));
            case Ty.Array a -> mayMutateShared(a.elem(), seen);
            case Ty.Slice sl -> mayMutateShared(sl.elem(), seen);
            case Ty.Adt a -> {
                if (!seen.add(a)) yield false;
                AdtDef adt = defs.adt(a.def());
                if (adt == null) yield true;
                if (adt.lang() != null) {
                    yield switch (adt.lang()) {
                        case STRING, VEC, BOX, HASH_MAP, HASH_SET, BTREE_MAP, BTREE_SET, VEC_DEQUE, OPTION, RESULT, ORDERING ->
                                a.args().stream().anyMatch(e -> mayMutateShared(e, seen));
                        default -> true;
                    };
                }
                for (AdtDef.VariantDef v : adt.variants()) {
                    for (AdtDef.FieldDef f : v.fields()) if (mayMutateShared(TySubst.subst(f.ty(), a.args()), seen)) yield true;
                }
                yield false;
            }
            default -> true;
        };
    }

    /**
     * Does this type hold a `Cell`, `RefCell` or `Mutex` whose contents can hold a borrow, reachable
     * without going through a closure, a trait object or a type parameter (`&RefCell<Vec<&T>>`:
     * a callee given it may store borrows inside)?
     */
    boolean cellHoldingBorrows(Ty ty) { return cellHoldingBorrows(ty, new HashSet<>()); }

    private boolean cellHoldingBorrows(Ty ty, Set<Ty> seen) {
        return switch (ty) {
            case Ty.Ref r -> cellHoldingBorrows(r.inner(), seen);
            case Ty.Tuple t -> t.elems().stream().anyMatch(e -> cellHoldingBorrows(e, seen));
            case Ty.Array a -> cellHoldingBorrows(a.elem(), seen);
            case Ty.Slice sl -> cellHoldingBorrows(sl.elem(), seen);
            case Ty.Adt a -> {
                if (!seen.add(a)) yield false;
                AdtDef adt = defs.adt(a.def());
                if (adt == null) yield false;
                if (adt.lang() != null) {
                    yield switch (adt.lang()) {
                        case CELL, REF_CELL, MUTEX -> a.args().stream().anyMatch(e -> !refFree(e));
                        default -> a.args().stream().anyMatch(e -> cellHoldingBorrows(e, seen));
                    };
                }
                for (AdtDef.VariantDef v : adt.variants()) {
                    for (AdtDef.FieldDef f : v.fields()) if (cellHoldingBorrows(TySubst.subst(f.ty(), a.args()), seen)) yield true;
                }
                yield false;
            }
            default -> false;
        };
    }

    boolean hasDropImpl(Ty.Adt a) { return defs.hasDropImpl(a); }
}
