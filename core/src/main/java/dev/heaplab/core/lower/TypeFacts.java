package dev.heaplab.core.lower;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.HashMap;
import java.util.Map;

/**
 * Questions lowering asks about types: is it Copy (a use copies rather than moves), and may it
 * need dropping (a Drop terminator must be scheduled).
 * Rules: primitives, shared references, raw pointers, fn items/pointers and never are Copy; tuples
 * and arrays are Copy when their elements are; an ADT is Copy when an impl of the `Copy` lang trait
 * exists for it; a closure is Copy when all its captures are; a type parameter is Copy when the
 * enclosing generics bound it by `Copy`.
 */
final class TypeFacts {
    private final ProgramDefs defs;
    private final GenericsDef generics;
    private final TraitDef copyTrait;
    private final Map<Ty, Boolean> copyCache = new HashMap<>();

    TypeFacts(ProgramDefs defs, GenericsDef generics) {
        this.defs = defs;
        this.generics = generics == null ? GenericsDef.EMPTY : generics;
        this.copyTrait = defs.langTrait("Copy");
    }

    /** Answers by identity, asked first: hashing a type walks all of it, and lowering repeats the same instances. */
    private final Map<Ty, Boolean> copySeen = new java.util.IdentityHashMap<>();

    boolean isCopy(Ty ty) {
        Boolean cached = copySeen.get(ty);
        if (cached != null) return cached;
        cached = copyCache.get(ty);
        if (cached == null) {
            cached = computeCopy(ty);
            copyCache.put(ty, cached);
        }
        copySeen.put(ty, cached);
        return cached;
    }

    private boolean computeCopy(Ty ty) {
        return switch (ty) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Never n -> true;
            case Ty.Str s -> false;
            case Ty.Slice s -> false;
            case Ty.Dynamic d -> false;
            case Ty.Ref r -> !r.mutable();
            case Ty.RawPtr p -> true;
            case Ty.FnDef f -> true;
            case Ty.FnPtr f -> true;
            case Ty.Tuple t -> t.elems().stream().allMatch(this::isCopy);
            case Ty.Array a -> isCopy(a.elem());
            case Ty.Adt a -> adtIsCopy(a);
            case Ty.Closure c -> closureIsCopy(c);
            case Ty.Param p -> paramIsCopy(p);
            case Ty.Infer i -> false;
            // `I::Item` under a where-clause `I::Item: Copy` (as a parameter under its bound)
            case Ty.Projection p -> boundImpliesCopy(p);
            case Ty.Opaque o -> false;
            case Ty.Error e -> true;
        };
    }

    private boolean adtIsCopy(Ty.Adt a) {
        if (copyTrait == null) return false;
        for (ImplDef impl : defs.implsOf(copyTrait.id())) {
            if (copyTrait.id().equals(impl.trait()) && impl.selfTy() instanceof Ty.Adt s && s.def().equals(a.def())) {
                // Derived Copy requires the type arguments to be Copy as well.
                return a.args().stream().allMatch(this::isCopy);
            }
        }
        return false;
    }

    private boolean closureIsCopy(Ty.Closure c) {
        ClosureDef def = defs.closure(c.def());
        if (def == null) return false;
        for (ClosureDef.Capture cap : def.captures()) {
            if (cap.mode() == ClosureDef.CaptureMode.BY_MUT_REF) return false;
            if (!isCopy(TySubst.subst(cap.ty(), c.parentArgs()))) return false;
        }
        return true;
    }

    /** A parameter is Copy when a bound of the item, or of its impl/trait, implies `Copy` (through supertraits too). */
    private boolean paramIsCopy(Ty.Param p) { return boundImpliesCopy(p); }

    private boolean boundImpliesCopy(Ty p) {
        if (copyTrait == null) return false;
        for (GenericsDef g = generics; g != null; g = parentGenerics(g)) {
            for (GenericsDef.Predicate pred : g.predicates()) {
                if (pred.self().equals(p) && implies(pred.trait(), new java.util.HashSet<>())) return true;
            }
        }
        return false;
    }

    private GenericsDef parentGenerics(GenericsDef g) {
        if (g.parent() == null) return null;
        if (defs.impl(g.parent()) != null) return defs.impl(g.parent()).generics();
        if (defs.trait(g.parent()) != null) return defs.trait(g.parent()).generics();
        return null;
    }

    private boolean implies(dev.heaplab.core.types.DefId trait, java.util.Set<dev.heaplab.core.types.DefId> seen) {
        if (trait.equals(copyTrait.id())) return true;
        if (!seen.add(trait)) return false;
        TraitDef t = defs.trait(trait);
        if (t == null) return false;
        for (var s : t.supertraits()) if (implies(s, seen)) return true;
        return false;
    }

    /**
     * rustc's `needs_drop`, which decides whether a local gets a Drop terminator at all: a type needs
     * dropping when it has a `Drop` impl, owns memory or a resource the machine frees (String, Vec,
     * Box, Rc, maps, guards, owning iterators...) or has a part that needs dropping; a closure when a
     * capture by value does; a parameter unless it is `Copy`; trait objects and types not known here
     * always. std's borrowing iterators (`slice::Iter<'_, T>`, `Chars`, `Keys`...) need none, as
     * `Iter<'_, String>` has none in rustc: a Drop of such a value did nothing but split a block.
     */
    boolean mayNeedDrop(Ty ty) {
        Boolean known = dropSeen.get(ty);
        if (known != null) return known;
        known = dropCache.get(ty);
        if (known == null) {
            dropCache.put(ty, Boolean.FALSE); // a type reached again through itself adds nothing
            known = computeNeedsDrop(ty);
            dropCache.put(ty, known);
        }
        dropSeen.put(ty, known);
        return known;
    }

    private final Map<Ty, Boolean> dropCache = new HashMap<>();
    private final Map<Ty, Boolean> dropSeen = new java.util.IdentityHashMap<>();

    private boolean computeNeedsDrop(Ty ty) {
        if (isCopy(ty)) return false;
        return switch (ty) {
            case Ty.Int i -> false;
            case Ty.Float f -> false;
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Never n -> false;
            case Ty.Str s -> false;
            case Ty.Ref r -> false;
            case Ty.RawPtr p -> false;
            case Ty.FnDef f -> false;
            case Ty.FnPtr f -> false;
            case Ty.Error e -> false;
            case Ty.Slice s -> mayNeedDrop(s.elem());
            case Ty.Tuple t -> t.elems().stream().anyMatch(this::mayNeedDrop);
            case Ty.Array a -> a.len() != 0 && mayNeedDrop(a.elem());
            case Ty.Adt a -> adtNeedsDrop(a);
            case Ty.Closure c -> closureNeedsDrop(c);
            case Ty.Param p -> true;
            case Ty.Dynamic d -> true;
            case Ty.Infer i -> true;
            case Ty.Projection p -> true;
            case Ty.Opaque o -> true;
        };
    }

    /** std's iterators that only borrow what they walk: no drop glue, whatever their item type. */
    private static final java.util.Set<String> BORROWING_ITERS = java.util.Set.of("Iter", "IterMut", "Chars",
            "CharIndices", "Bytes", "SplitWhitespace", "Lines", "Windows", "Chunks", "ChunksMut", "ChunksExact",
            "ChunksExactMut", "Keys", "Values", "ValuesMut", "MapIter", "MapIterMut", "SetIter", "DequeIter",
            "DequeIterMut", "BTreeSetIter");

    private boolean adtNeedsDrop(Ty.Adt a) {
        AdtDef adt = defs.adt(a.def());
        if (adt == null) return true;
        if (defs.hasDropImpl(a)) return true;
        if (adt.lang() != null) {
            switch (adt.lang()) {
                case STRING, VEC, BOX, RC, RC_WEAK, ARC, ARC_WEAK, CELL_REF, CELL_REF_MUT, HASH_MAP, HASH_SET, BTREE_MAP,
                     BTREE_SET, VEC_DEQUE, MUTEX_GUARD, JOIN_HANDLE, SENDER, RECEIVER -> { return true; }
                // a cell or mutex drops only its value (the machine's glue too)
                case CELL, REF_CELL, MUTEX -> { return a.args().isEmpty() || mayNeedDrop(a.args().get(0)); }
                case ITER -> {
                    if (!dev.heaplab.core.typeck.CheckedStd.isStd(adt.span())) return true;
                    if (BORROWING_ITERS.contains(adt.name())) return false;
                    // `str::Split<'a, P>` holds its pattern
                    if (adt.name().equals("Split")) return a.args().stream().anyMatch(this::mayNeedDrop);
                    return true; // vec::IntoIter, Drain, Entry...: they own elements or finish on drop
                }
                default -> { } // Option, Result, ranges, Ordering...: by their fields
            }
        }
        for (AdtDef.VariantDef v : adt.variants())
            for (AdtDef.FieldDef f : v.fields()) if (mayNeedDrop(TySubst.subst(f.ty(), a.args()))) return true;
        return false;
    }

    /** A closure owns what it captures by value; its borrows need no drop. */
    private boolean closureNeedsDrop(Ty.Closure c) {
        ClosureDef def = defs.closure(c.def());
        if (def == null) return true;
        for (ClosureDef.Capture cap : def.captures()) {
            if (cap.mode() == ClosureDef.CaptureMode.BY_VALUE && mayNeedDrop(TySubst.subst(cap.ty(), c.parentArgs()))) return true;
        }
        return false;
    }
}
