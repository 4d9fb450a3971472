package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Structural maps over types: substituting generic parameters, and a general bottom-up map. */
public final class TySubst {
    private TySubst() {}

    /** Replaces {@code Param(i)} by {@code args.get(i)}; parameters beyond {@code args} are kept. */
    public static Ty subst(Ty ty, List<Ty> args) {
        if (args.isEmpty()) return ty;
        return map(ty, t -> t instanceof Ty.Param p && p.index() < args.size() ? args.get(p.index()) : t);
    }

    public static List<Ty> subst(List<Ty> tys, List<Ty> args) {
        List<Ty> out = new ArrayList<>(tys.size());
        for (Ty t : tys) out.add(subst(t, args));
        return out;
    }

    /** Rebuilds {@code ty} bottom-up, applying {@code f} to every node after its children. */
    public static Ty map(Ty ty, UnaryOperator<Ty> f) {
        Ty rebuilt = switch (ty) {
            case Ty.Int i -> i;
            case Ty.Float x -> x;
            case Ty.Bool b -> b;
            case Ty.Char c -> c;
            case Ty.Str s -> s;
            case Ty.Never n -> n;
            case Ty.Param p -> p;
            case Ty.Infer i -> i;
            case Ty.Error e -> e;
            case Ty.Tuple t -> new Ty.Tuple(mapAll(t.elems(), f));
            case Ty.Array a -> new Ty.Array(map(a.elem(), f), a.len());
            case Ty.Slice s -> new Ty.Slice(map(s.elem(), f));
            case Ty.Ref r -> new Ty.Ref(r.region(), r.mutable(), map(r.inner(), f));
            case Ty.RawPtr p -> new Ty.RawPtr(p.mutable(), map(p.inner(), f));
            case Ty.Adt a -> new Ty.Adt(a.def(), mapAll(a.args(), f));
            case Ty.FnDef d -> new Ty.FnDef(d.def(), mapAll(d.args(), f));
            case Ty.FnPtr p -> new Ty.FnPtr(mapAll(p.params(), f), map(p.ret(), f));
            case Ty.Closure c -> new Ty.Closure(c.def(), mapAll(c.parentArgs(), f));
            case Ty.Dynamic d -> new Ty.Dynamic(d.trait(), mapAll(d.traitArgs(), f));
            case Ty.Projection p -> new Ty.Projection(p.trait(), mapAll(p.traitArgs(), f), p.name(), map(p.self(), f));
        };
        return f.apply(rebuilt);
    }

    private static List<Ty> mapAll(List<Ty> tys, UnaryOperator<Ty> f) {
        List<Ty> out = new ArrayList<>(tys.size());
        for (Ty t : tys) out.add(map(t, f));
        return out;
    }

    /** True when the type mentions a generic parameter, inference variable or projection. */
    public static boolean needsSubst(Ty ty) {
        boolean[] found = {false};
        map(ty, t -> {
            if (t instanceof Ty.Param || t instanceof Ty.Infer || t instanceof Ty.Projection) found[0] = true;
            return t;
        });
        return found[0];
    }
}
