package dev.heaplab.core.borrowck;

import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.FnDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outlives relation between a function's named lifetimes that its signature proves: written
 * bounds (`'b: 'a`, `where 'b: 'a`), the bounds its reference types imply (`&'a T` in a parameter
 * or the return type: every lifetime written in `T` outlives `'a`), `'static` outliving all,
 * closed transitively — the facts rustc's region check may assume inside the body.
 */
final class SignatureOutlives {
    private final FnDef fn;
    /** `q` → the lifetimes `t` with `q: t`; null until asked. */
    private Map<String, Set<String>> outlives;

    SignatureOutlives(FnDef fn) { this.fn = fn; }

    /** Does the signature prove `q: t`? */
    boolean proves(String q, String t) {
        if (q.equals(t) || q.equals("'static")) return true;
        if (outlives == null) outlives = outlivesRelation();
        return outlives.getOrDefault(q, Set.of()).contains(t);
    }

    /**
     * `q: t` from the written bounds and from every reference type of the signature (`&'t T` implies
     * that the lifetimes written in `T` outlive `'t`), closed transitively.
     */
    private Map<String, Set<String>> outlivesRelation() {
        Map<String, Set<String>> rel = new HashMap<>();
        if (fn.decl() == null) return rel;
        Generics g = fn.decl().generics();
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.GenericParam.LifetimeParam lp) {
                for (var b : lp.bounds()) rel.computeIfAbsent(lp.name().name(), x -> new HashSet<>()).add(b.name());
            }
        }
        for (Generics.WherePredicate w : g.where()) {
            if (w.boundedLifetime() == null) continue;
            for (Generics.Bound b : w.bounds()) {
                if (b instanceof Generics.Bound.LifetimeBound lb) rel.computeIfAbsent(w.boundedLifetime().name(), x -> new HashSet<>()).add(lb.lifetime().name());
            }
        }
        for (var p : fn.decl().params()) implied(p.type(), rel);
        implied(fn.decl().ret(), rel);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Set<String> ts : rel.values()) {
                for (String t : List.copyOf(ts)) grew |= ts.addAll(rel.getOrDefault(t, Set.of()));
            }
        }
        return rel;
    }

    private static void implied(TypeExpr t, Map<String, Set<String>> rel) {
        if (t == null) return;
        switch (t) {
            case TypeExpr.RefType r -> {
                if (r.lifetime() != null) {
                    List<String> inside = new ArrayList<>();
                    named(r.inner(), inside);
                    for (String q : inside) rel.computeIfAbsent(q, x -> new HashSet<>()).add(r.lifetime().name());
                }
                implied(r.inner(), rel);
            }
            case TypeExpr.PathType p -> {
                for (var seg : p.path().segments()) {
                    for (var arg : seg.args()) if (arg instanceof Path.GenericArg.TypeArg ta) implied(ta.type(), rel);
                }
            }
            case TypeExpr.TupleType tu -> tu.elems().forEach(x -> implied(x, rel));
            case TypeExpr.ArrayType a -> implied(a.elem(), rel);
            case TypeExpr.SliceType s -> implied(s.elem(), rel);
            default -> { }
        }
    }

    private static void named(TypeExpr t, List<String> out) {
        switch (t) {
            case TypeExpr.RefType r -> {
                if (r.lifetime() != null) out.add(r.lifetime().name());
                named(r.inner(), out);
            }
            case TypeExpr.PathType p -> {
                for (var seg : p.path().segments()) {
                    for (var arg : seg.args()) {
                        if (arg instanceof Path.GenericArg.LifetimeArg l) out.add(l.lifetime().name());
                        else if (arg instanceof Path.GenericArg.TypeArg ta) named(ta.type(), out);
                    }
                }
            }
            case TypeExpr.TupleType tu -> tu.elems().forEach(x -> named(x, out));
            case TypeExpr.ArrayType a -> named(a.elem(), out);
            case TypeExpr.SliceType s -> named(s.elem(), out);
            default -> { }
        }
    }

}
