package dev.heaplab.core.typeck;

import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Implicit conversions at coercion sites, and autoderef.
 * Coercion rules, tried in order: never-to-any; `&mut T -> &T`; `&[T; N] -> &[T]`; deref coercion
 * (`&String -> &str`, `&Vec<T> -> &[T]`, `&Box<T> -> &T`, `&&T -> &T`) by autoderef of the pointee;
 * `&T -> &dyn Trait` and `Box<T> -> Box<dyn Trait>` when T implements the trait; fn items and
 * non-capturing closures to fn pointers; otherwise plain unification.
 */
final class Coercion {
    /** One autoderef step: the type reached and the adjustment that reached it (null for the start). */
    record Step(Ty ty, Adjustment adj) {}

    private final FnCtxt fcx;

    Coercion(FnCtxt fcx) { this.fcx = fcx; }

    List<Step> autoderef(Ty start) {
        List<Step> steps = new ArrayList<>();
        Ty cur = fcx.icx.shallow(start);
        steps.add(new Step(cur, null));
        for (int i = 0; i < 8; i++) {
            Step next = derefOnce(cur);
            if (next == null) break;
            steps.add(next);
            cur = fcx.icx.shallow(next.ty());
        }
        return steps;
    }

    Step derefOnce(Ty t) {
        Ty cur = fcx.icx.shallow(t);
        if (cur instanceof Ty.Ref r) return new Step(fcx.icx.shallow(r.inner()), new Adjustment.Deref(r.inner()));
        if (cur instanceof Ty.Adt a && fcx.solver.langOf(cur) == LangItem.BOX && !a.args().isEmpty()) {
            return new Step(fcx.icx.shallow(a.args().get(0)), new Adjustment.Deref(a.args().get(0)));
        }
        // A type parameter derefs through its `Deref<Target = ..>` bound (the param-env normalizes it).
        if (cur instanceof Ty.Adt || cur instanceof Ty.Param) {
            DefId deref = fcx.cx.langTrait("Deref");
            if (deref == null) return null;
            Ty target = fcx.solver.normalize(new Ty.Projection(deref, List.of(), "Target", cur), new ArrayList<>());
            if (target == null || target instanceof Ty.Error || target instanceof Ty.Projection) return null;
            DefId fn = fcx.cx.defs.trait(deref).methods().get("deref");
            return new Step(fcx.icx.shallow(target), new Adjustment.OverloadedDeref(fn, false, target));
        }
        return null;
    }

    /** Where the expression being coerced is: an unsizing coercion's `T: Trait` is reported there (E0277). */
    private dev.heaplab.core.source.Span at;

    /** As {@link #coerce(NodeId, Ty, Ty)}, for the expression at {@code span}. */
    boolean coerce(NodeId id, Ty found, Ty expected, dev.heaplab.core.source.Span span) {
        dev.heaplab.core.source.Span outer = at;
        at = span;
        try {
            return coerce(id, found, expected);
        } finally {
            at = outer;
        }
    }

    /** Coerces the value of expression {@code id} from {@code found} to {@code expected}; false on mismatch. */
    boolean coerce(NodeId id, Ty found, Ty expected) {
        Ty from = fcx.icx.shallow(found);
        Ty to = fcx.icx.shallow(expected);
        if (from instanceof Ty.Never) {
            if (!(to instanceof Ty.Never)) fcx.tables.adjustments.put(id, List.of(new Adjustment.NeverToAny(to)));
            return true;
        }
        int snap = fcx.icx.snapshot();
        if (fcx.icx.unify(from, to)) return true;
        fcx.icx.rollback(snap);
        List<Adjustment> adj = tryCoerce(from, to);
        if (adj != null) {
            fcx.tables.adjustments.put(id, adj);
            return true;
        }
        return fcx.icx.unify(from, to);
    }

    private List<Adjustment> tryCoerce(Ty from, Ty to) {
        if (from instanceof Ty.Ref fr && to instanceof Ty.Ref tr && (fr.mutable() || !tr.mutable())) {
            Ty a = fcx.icx.shallow(fr.inner());
            Ty b = fcx.icx.shallow(tr.inner());
            int snap = fcx.icx.snapshot();
            if (fr.mutable() && !tr.mutable() && fcx.icx.unify(a, b)) return List.of(new Adjustment.MutToConst(to));
            fcx.icx.rollback(snap);
            if (a instanceof Ty.Array arr && b instanceof Ty.Slice s) {
                if (fcx.icx.unify(arr.elem(), s.elem())) return List.of(new Adjustment.Unsize(to));
                fcx.icx.rollback(snap);
            }
            if (a instanceof Ty.Dynamic sub && b instanceof Ty.Dynamic sup && (dropsAutos(sub, sup) || upcast(sub, sup))) return List.of(new Adjustment.Unsize(to));
            // an integer or float literal (`&5`) unsizes as its type will: rustc's obligation `{integer}: Trait`
            // holds or fails once the literal's type is known (defaulted to i32/f64)
            if (b instanceof Ty.Dynamic d && !(a instanceof Ty.Dynamic)
                    && !(a instanceof Ty.Infer i && i.kind() == Ty.InferKind.GENERAL)) {
                if (!sizedForDyn(a)) return null;
                fcx.require(a, d.trait(), dynArgs(d), dynBindings(d), at);
                requireAutos(a, d);
                fcx.casts.putIfAbsent(at, new Ty[] {from, to});
                closureKindBound(a, d);
                return List.of(new Adjustment.Unsize(to));
            }
            if (!(b instanceof Ty.Infer)) {
                List<Step> steps = autoderef(a);
                for (int k = 1; k < steps.size(); k++) {
                    snap = fcx.icx.snapshot();
                    if (fcx.icx.unify(steps.get(k).ty(), b)) {
                        List<Adjustment> out = new ArrayList<>();
                        out.add(new Adjustment.Deref(a));
                        for (int j = 1; j <= k; j++) out.add(steps.get(j).adj());
                        out.add(new Adjustment.Borrow(tr.mutable(), to));
                        return out;
                    }
                    fcx.icx.rollback(snap);
                }
            }
            return null;
        }
        if (from instanceof Ty.Adt fa && to instanceof Ty.Adt ta && fa.def().equals(ta.def())
                && unsizes(fcx.solver.langOf(from)) && !ta.args().isEmpty()
                && fcx.icx.shallow(ta.args().get(0)) instanceof Ty.Dynamic d
                && !(fcx.icx.shallow(fa.args().get(0)) instanceof Ty.Dynamic)) {
            Ty inner = fa.args().get(0);
            if (!sizedForDyn(fcx.icx.shallow(inner))) return null;
            fcx.require(inner, d.trait(), dynArgs(d), dynBindings(d), at);
            requireAutos(inner, d);
            fcx.casts.putIfAbsent(at, new Ty[] {from, to});
            closureKindBound(inner, d);
            return List.of(new Adjustment.Unsize(to));
        }
        if (from instanceof Ty.Adt fa && to instanceof Ty.Adt ta && fa.def().equals(ta.def())
                && unsizes(fcx.solver.langOf(from)) && !ta.args().isEmpty()
                && fcx.icx.shallow(fa.args().get(0)) instanceof Ty.Dynamic sub
                && fcx.icx.shallow(ta.args().get(0)) instanceof Ty.Dynamic sup && (dropsAutos(sub, sup) || upcast(sub, sup))) {
            return List.of(new Adjustment.Unsize(to));
        }
        if (to instanceof Ty.FnPtr fp && (from instanceof Ty.FnDef || from instanceof Ty.Closure)) {
            FnSig sig = fcx.solver.callableSig(from);
            if (sig == null || sig.inputs().size() != fp.params().size()) return null;
            for (int i = 0; i < sig.inputs().size(); i++) if (!fcx.icx.unify(sig.inputs().get(i), fp.params().get(i))) return null;
            if (!fcx.icx.unify(sig.output(), fp.ret())) return null;
            // only a closure that captures nothing has a function to point to: known once its body is analysed
            if (from instanceof Ty.Closure c) fcx.reifiedClosures.putIfAbsent(c.def(), new FnCtxt.Reified(at, to, null));
            return List.of(new Adjustment.ReifyFnPointer(to));
        }
        return null;
    }

    /**
     * Only a sized value unsizes to a trait object: `str` or `[T]` (`&str` as `&dyn Debug`, `Rc<str>` as
     * `Rc<dyn Debug>`) is rustc's E0277 on `Sized`, reported with the other sized arguments after the body;
     * without a place to report it the coercion is not made (a mismatch).
     */
    private boolean sizedForDyn(Ty t) {
        if (!(t instanceof Ty.Str || t instanceof Ty.Slice)) return true;
        if (at == null) return false;
        fcx.sizedArgs.add(new FnCtxt.SizedArg(t, at));
        return true;
    }

    /** The smart pointers that unsize to a trait object (`Box<T>`, `Rc<T>`, `Arc<T>`: std's `CoerceUnsized`). */
    private static boolean unsizes(LangItem lang) {
        return lang == LangItem.BOX || lang == LangItem.RC || lang == LangItem.ARC;
    }

    /**
     * `dyn T + Send + Sync` to `dyn T + Send` or `dyn T`: a coercion may drop auto traits, never add one
     * (unless the trait's supertraits imply it); the trait and its arguments stay.
     */
    private boolean dropsAutos(Ty.Dynamic sub, Ty.Dynamic sup) {
        if (!sub.trait().equals(sup.trait()) || !autosKept(sub, sup)) return false;
        int snap = fcx.icx.snapshot();
        List<Ty> x = sub.traitArgs(), y = sup.traitArgs();
        boolean ok = x.size() == y.size();
        for (int i = 0; ok && i < x.size(); i++) ok = fcx.icx.unify(x.get(i), y.get(i));
        if (!ok) fcx.icx.rollback(snap);
        return ok;
    }

    /** Whether every auto trait of {@code sup} is one of {@code sub}'s or implied by its trait. */
    private boolean autosKept(Ty.Dynamic sub, Ty.Dynamic sup) {
        int added = sup.autos() & ~sub.autos();
        return ((added & Ty.Dynamic.SEND) == 0 || impliedAuto(sub.trait(), "Send"))
                && ((added & Ty.Dynamic.SYNC) == 0 || impliedAuto(sub.trait(), "Sync"));
    }

    private boolean impliedAuto(DefId trait, String auto) {
        DefId a = fcx.cx.langTrait(auto);
        return a != null && (trait.equals(a) || fcx.solver.declaresSuper(trait, a));
    }

    /**
     * Trait-object upcasting (stable since 1.86): `dyn Sub` to `dyn Super` where Super is a supertrait
     * of Sub, `dyn Fn(A) -> R` to `dyn FnMut(A) -> R`/`dyn FnOnce(A) -> R`. Supertraits are known without
     * their arguments, so an upcast to a generic supertrait or one with associated types is refused.
     */
    private boolean upcast(Ty.Dynamic sub, Ty.Dynamic sup) {
        if (sub.trait().equals(sup.trait()) || !fcx.solver.declaresSuper(sub.trait(), sup.trait()) || !autosKept(sub, sup)) return false;
        if (fcx.lowerer.isFnTrait(sub.trait()) && fcx.lowerer.isFnTrait(sup.trait())) {
            int snap = fcx.icx.snapshot();
            List<Ty> x = sub.traitArgs(), y = sup.traitArgs();
            boolean ok = x.size() == y.size();
            for (int i = 0; ok && i < x.size(); i++) ok = fcx.icx.unify(x.get(i), y.get(i));
            if (!ok) fcx.icx.rollback(snap);
            return ok;
        }
        if (!sup.traitArgs().isEmpty()) {
            if (at != null) fcx.cx.unsupported(at, "upcasting a trait object to a generic supertrait or one with associated types");
            return false;
        }
        return true;
    }

    /** `T` made a `dyn Trait + Send`/`+ Sync` must be Send/Sync itself (E0277 once captures are known). */
    private void requireAutos(Ty self, Ty.Dynamic d) {
        if ((d.autos() & Ty.Dynamic.SEND) != 0) fcx.require(self, fcx.cx.langTrait("Send"), List.of(), java.util.Map.of(), at);
        if ((d.autos() & Ty.Dynamic.SYNC) != 0) fcx.require(self, fcx.cx.langTrait("Sync"), List.of(), java.util.Map.of(), at);
    }

    /** A closure made a `dyn Fn`/`dyn FnMut`: its kind is checked once its body is analysed. */
    private void closureKindBound(Ty self, Ty.Dynamic d) {
        if (!(fcx.icx.shallow(self) instanceof Ty.Closure c)) return;
        var k = closureKind(fcx.cx.defs.trait(d.trait()));
        if (k != null) fcx.closureKindBounds.add(new FnCtxt.KindBound(c.def(), k, at));
    }

    /** The closure kind a `Fn`/`FnMut` trait asks for; null for any other trait (`FnOnce` asks nothing). */
    static dev.heaplab.core.types.ClosureDef.Kind closureKind(dev.heaplab.core.types.TraitDef t) {
        if (t == null || t.lang() == null) return null;
        return switch (t.lang()) {
            case "Fn" -> dev.heaplab.core.types.ClosureDef.Kind.FN;
            case "FnMut" -> dev.heaplab.core.types.ClosureDef.Kind.FN_MUT;
            default -> null;
        };
    }

    /** The trait arguments of a `dyn` type without its associated-type bindings. */
    List<Ty> dynArgs(Ty.Dynamic d) {
        int assoc = fcx.cx.traitAssoc.getOrDefault(d.trait(), List.of()).size();
        if (fcx.lowerer.isFnTrait(d.trait())) return List.of(d.traitArgs().get(0));
        return d.traitArgs().subList(0, d.traitArgs().size() - assoc);
    }

    java.util.Map<String, Ty> dynBindings(Ty.Dynamic d) {
        java.util.Map<String, Ty> out = new java.util.LinkedHashMap<>();
        if (fcx.lowerer.isFnTrait(d.trait())) {
            out.put("Output", d.traitArgs().size() > 1 ? d.traitArgs().get(1) : Ty.UNIT);
            return out;
        }
        List<String> assoc = fcx.cx.traitAssoc.getOrDefault(d.trait(), List.of());
        int own = d.traitArgs().size() - assoc.size();
        for (int i = 0; i < assoc.size(); i++) out.put(assoc.get(i), d.traitArgs().get(own + i));
        return out;
    }
}
