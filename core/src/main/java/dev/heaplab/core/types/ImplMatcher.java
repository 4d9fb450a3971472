package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether an impl applies to concrete types, for trait method resolution at run time and
 * in later stages. Rules: the impl's self type (and trait arguments, when given) are matched
 * structurally against the concrete types, binding the impl's generic parameters; a parameter bound
 * twice must get equal types; regions are ignored. Where-clauses are not checked here: callers that
 * need them (several candidate impls) check them with {@link #matchWithBounds}.
 */
public final class ImplMatcher {
    private ImplMatcher() {}

    /** The impl's generic arguments if it applies to {@code self} (and {@code traitArgs} when non-null), else null. */
    public static List<Ty> match(ImplDef impl, Ty self, List<Ty> traitArgs) {
        Ty[] binding = new Ty[impl.generics().params().size()];
        if (!matchTy(impl.selfTy(), self, binding)) return null;
        if (traitArgs != null && !traitArgs.isEmpty()) {
            if (traitArgs.size() != impl.traitArgs().size()) return null;
            for (int i = 0; i < traitArgs.size(); i++) if (!matchTy(impl.traitArgs().get(i), traitArgs.get(i), binding)) return null;
        }
        List<Ty> out = new ArrayList<>(Arrays.asList(binding));
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null) out.set(i, Ty.ERROR);
        return out;
    }

    /**
     * Like {@link #match}, and also requires each of the impl's trait bounds to hold, as decided by
     * {@code holds} (usually a recursive search for an impl of the bound's trait).
     */
    public static List<Ty> matchWithBounds(ImplDef impl, Ty self, List<Ty> traitArgs, BoundCheck holds) {
        List<Ty> args = match(impl, self, traitArgs);
        if (args == null) return null;
        for (GenericsDef.Predicate p : impl.generics().predicates()) {
            if (!holds.holds(TySubst.subst(p.self(), args), p.trait(), TySubst.subst(p.traitArgs(), args))) return null;
        }
        return args;
    }

    /** Whether `self: trait<args>` holds for concrete types. */
    @FunctionalInterface
    public interface BoundCheck {
        boolean holds(Ty self, DefId trait, List<Ty> args);
    }

    private static boolean matchTy(Ty pattern, Ty ty, Ty[] binding) {
        if (pattern instanceof Ty.Param p && p.index() < binding.length) {
            if (binding[p.index()] == null) {
                binding[p.index()] = ty;
                return true;
            }
            return eraseRegions(binding[p.index()]).equals(eraseRegions(ty));
        }
        return switch (pattern) {
            case Ty.Tuple t when ty instanceof Ty.Tuple u -> all(t.elems(), u.elems(), binding);
            case Ty.Array a when ty instanceof Ty.Array b -> (a.len() == b.len() || a.len() == Ty.Array.ANY_LEN) && matchTy(a.elem(), b.elem(), binding);
            case Ty.Slice a when ty instanceof Ty.Slice b -> matchTy(a.elem(), b.elem(), binding);
            case Ty.Ref a when ty instanceof Ty.Ref b -> a.mutable() == b.mutable() && matchTy(a.inner(), b.inner(), binding);
            case Ty.RawPtr a when ty instanceof Ty.RawPtr b -> a.mutable() == b.mutable() && matchTy(a.inner(), b.inner(), binding);
            case Ty.Adt a when ty instanceof Ty.Adt b -> a.def().equals(b.def()) && all(a.args(), b.args(), binding);
            case Ty.FnPtr a when ty instanceof Ty.FnPtr b -> all(a.params(), b.params(), binding) && matchTy(a.ret(), b.ret(), binding);
            case Ty.Dynamic a when ty instanceof Ty.Dynamic b -> a.trait().equals(b.trait()) && a.autos() == b.autos() && all(a.traitArgs(), b.traitArgs(), binding);
            case Ty.FnDef a when ty instanceof Ty.FnDef b -> a.def().equals(b.def()) && all(a.args(), b.args(), binding);
            case Ty.Closure a when ty instanceof Ty.Closure b -> a.def().equals(b.def());
            default -> eraseRegions(pattern).equals(eraseRegions(ty));
        };
    }

    private static boolean all(List<Ty> ps, List<Ty> ts, Ty[] binding) {
        if (ps.size() != ts.size()) return false;
        for (int i = 0; i < ps.size(); i++) if (!matchTy(ps.get(i), ts.get(i), binding)) return false;
        return true;
    }

    /** The type with every region erased (regions do not take part in impl selection). */
    public static Ty eraseRegions(Ty t) {
        return TySubst.map(t, x -> x instanceof Ty.Ref r && r.region() != Region.ERASED
                ? new Ty.Ref(Region.ERASED, r.mutable(), r.inner()) : x);
    }
}
