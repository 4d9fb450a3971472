package dev.heaplab.core.typeck;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the auto traits `Send` and `Sync` of a fully inferred type, as rustc does: structurally
 * through fields, tuples, arrays and closure captures, with std's explicit rules for references
 * (`&T: Send` needs `T: Sync`), `Rc` and raw pointers (neither), `Cell`/`RefCell` (not Sync), `Arc`
 * (needs `T: Send + Sync`), `Mutex` (needs `T: Send`), guards and channel ends. A failure names the
 * innermost type lacking the trait and the impls that required it, outermost last.
 * A type parameter is Send/Sync when the body's where-clauses say so (with supertraits); a `dyn Trait`
 * when `+ Send`/`+ Sync` is written after it or its trait has it as a supertrait.
 */
final class AutoTraits {
    enum Auto { SEND, SYNC }

    /** One "required for `ty` to implement `trait`" step of an explanation. */
    record Step(Ty ty, Auto trait) {}

    /** Why a type is not Send/Sync: the leaf type, the trait it lacks, and the impl steps above it. */
    record Failure(Ty leaf, Auto trait, List<Step> steps) {}

    private final ProgramDefs defs;
    private final DefId sendTrait, syncTrait;
    private final Set<String> inProgress = new HashSet<>();
    /** Whether the where-clauses in scope prove `ty: trait` (null outside a body: none). */
    private final java.util.function.BiPredicate<Ty, DefId> env;

    AutoTraits(ProgramDefs defs, DefId sendTrait, DefId syncTrait, java.util.function.BiPredicate<Ty, DefId> env) {
        this.defs = defs;
        this.sendTrait = sendTrait;
        this.syncTrait = syncTrait;
        this.env = env;
    }

    /** Null when {@code ty} implements {@code trait}, else why not. */
    Failure check(Ty ty, Auto trait) {
        List<Step> steps = new ArrayList<>();
        Ty leaf = find(ty, trait, steps);
        if (leaf == null) return null;
        return new Failure(leaf, lastTrait, List.copyOf(steps));
    }

    private Auto lastTrait;

    /** The type lacking the trait (recording impl steps in {@code steps}, innermost first), or null. */
    private Ty find(Ty ty, Auto trait, List<Step> steps) {
        String key = trait + ":" + ty;
        if (!inProgress.add(key)) return null;
        try {
            return switch (ty) {
                case Ty.RawPtr p -> fail(ty, trait);
                case Ty.Ref r -> via(ty, trait, r.inner(), trait == Auto.SEND && !r.mutable() ? Auto.SYNC : trait, steps);
                case Ty.Tuple t -> all(t.elems(), trait, steps);
                case Ty.Array a -> find(a.elem(), trait, steps);
                case Ty.Slice s -> find(s.elem(), trait, steps);
                case Ty.Closure c -> all(captureTys(c), trait, steps);
                case Ty.Adt a -> adt(a, trait, steps);
                case Ty.Opaque o -> find(hidden(o), trait, steps); // auto traits leak through `impl Trait`, as in rustc
                case Ty.Param p -> env != null && env.test(p, traitDef(trait)) ? null : fail(ty, trait);
                case Ty.Dynamic d -> (d.autos() & (trait == Auto.SEND ? Ty.Dynamic.SEND : Ty.Dynamic.SYNC)) != 0
                        || hasSupertrait(d.trait(), traitDef(trait), new HashSet<>()) ? null : fail(ty, trait);
                default -> null;
            };
        } finally {
            inProgress.remove(key);
        }
    }

    private DefId traitDef(Auto trait) { return trait == Auto.SEND ? sendTrait : syncTrait; }

    private boolean hasSupertrait(DefId trait, DefId wanted, Set<DefId> seen) {
        if (trait == null || wanted == null || !seen.add(trait)) return false;
        if (trait.equals(wanted)) return true;
        var td = defs.trait(trait);
        if (td != null) for (DefId s : td.supertraits()) if (hasSupertrait(s, wanted, seen)) return true;
        return false;
    }

    private Ty fail(Ty ty, Auto trait) {
        lastTrait = trait;
        return ty;
    }

    /** `ty: trait` holds when `inner: innerTrait` does (an impl step when it fails). */
    private Ty via(Ty ty, Auto trait, Ty inner, Auto innerTrait, List<Step> steps) {
        Ty leaf = find(inner, innerTrait, steps);
        if (leaf != null) steps.add(new Step(ty, trait));
        return leaf;
    }

    private Ty all(List<Ty> tys, Auto trait, List<Step> steps) {
        for (Ty t : tys) {
            Ty leaf = find(t, trait, steps);
            if (leaf != null) return leaf;
        }
        return null;
    }

    private Ty adt(Ty.Adt a, Auto trait, List<Step> steps) {
        AdtDef d = defs.adt(a.def());
        if (d == null || explicitImpl(a, trait)) return null;
        Ty t0 = a.args().isEmpty() ? Ty.UNIT : a.args().get(0);
        if (d.lang() != null) {
            switch (d.lang()) {
                case RC, RC_WEAK -> { return fail(a, trait); }
                case ARC, ARC_WEAK -> {
                    Ty leaf = via(a, trait, t0, Auto.SYNC, steps);
                    return leaf != null ? leaf : via(a, trait, t0, Auto.SEND, steps);
                }
                case CELL, REF_CELL -> { return trait == Auto.SYNC ? fail(a, trait) : via(a, trait, t0, Auto.SEND, steps); }
                case CELL_REF, CELL_REF_MUT -> { return trait == Auto.SEND ? fail(a, trait) : via(a, trait, t0, Auto.SYNC, steps); }
                case MUTEX -> { return via(a, trait, t0, Auto.SEND, steps); }
                case MUTEX_GUARD -> { return trait == Auto.SEND ? fail(a, trait) : via(a, trait, t0, Auto.SYNC, steps); }
                case JOIN_HANDLE -> { return null; }
                case SENDER -> { return via(a, trait, t0, Auto.SEND, steps); }
                case RECEIVER -> { return trait == Auto.SYNC ? fail(a, trait) : via(a, trait, t0, Auto.SEND, steps); }
                default -> { return all(a.args(), trait, steps); }
            }
        }
        for (AdtDef.VariantDef v : d.variants())
            for (AdtDef.FieldDef f : v.fields()) {
                Ty leaf = find(TySubst.subst(f.ty(), a.args()), trait, steps);
                if (leaf != null) return leaf;
            }
        return null;
    }

    /** `unsafe impl Send for T {}` written by the program. */
    private boolean explicitImpl(Ty.Adt a, Auto trait) {
        DefId tr = trait == Auto.SEND ? sendTrait : syncTrait;
        for (ImplDef impl : tr == null ? List.<ImplDef>of() : defs.implsOf(tr))
            if (tr != null && tr.equals(impl.trait()) && impl.selfTy() instanceof Ty.Adt s && s.def().equals(a.def())) return true;
        return false;
    }

    /** The opaque type's hidden type (its defining function is checked before the bodies that call it). */
    private Ty hidden(Ty.Opaque o) {
        var fn = defs.fn(o.fn());
        return fn == null ? Ty.ERROR : TySubst.subst(fn.sig().output(), o.args());
    }

    private List<Ty> captureTys(Ty.Closure c) {
        ClosureDef d = defs.closure(c.def());
        List<Ty> out = new ArrayList<>();
        if (d == null) return out;
        for (ClosureDef.Capture cap : d.captures()) out.add(TySubst.subst(cap.ty(), c.parentArgs()));
        return out;
    }
}
