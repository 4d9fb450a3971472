package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplMatcher;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reference parameter returned whole (`x`, or its reborrow `&mut *x`) under a return type whose
 * lifetimes below a `&mut` differ from the parameter's. Mutable references are invariant over their
 * pointee, so each such pair of lifetimes must be equal: outlive each other by the signature's
 * bounds (written, implied by its reference types, `'static`), as rustc's region check requires.
 * Named lifetimes only: struct lifetime arguments are not in {@link Ty}, and values that went
 * through a local of inferred type carry no regions, so neither is checked here.
 */
final class InvariantReturn {
    private final FnDef fn;
    private final ProgramDefs defs;
    /** The outlives relation `q: t` the signature proves, closed transitively; null until needed. */
    private Map<String, Set<String>> outlives;
    private boolean reported;

    InvariantReturn(Body body, ProgramDefs defs) {
        this.fn = defs.fn(body.def());
        this.defs = defs;
    }

    /** Checks an assignment to the return place; adds its errors (once per body) to {@code out}. */
    void assigned(Statement.Assign a, List<Diagnostic> out) {
        if (reported || fn == null || fn.decl() == null) return;
        int k;
        Ty src, dst = fn.sig().output();
        switch (a.rvalue()) {
            case Rvalue.Use u when u.operand() instanceof Operand.Move(Place p) && p.projections().isEmpty() -> k = p.local().index() - 1;
            case Rvalue.Use u when u.operand() instanceof Operand.Copy(Place p) && p.projections().isEmpty() -> k = p.local().index() - 1;
            case Rvalue.Ref r when r.place().projections().size() == 1 && r.place().projections().get(0) instanceof Place.Projection.Deref -> {
                k = r.place().local().index() - 1;
                if (k < 0 || k >= fn.sig().inputs().size() || !(fn.sig().inputs().get(k) instanceof Ty.Ref in)) return;
                src = new Ty.Ref(Region.ERASED, r.kind() != Rvalue.BorrowKind.SHARED, in.inner());
                check(k, src, dst, a.span(), out);
                return;
            }
            default -> { return; }
        }
        if (k < 0 || k >= fn.sig().inputs().size()) return;
        check(k, fn.sig().inputs().get(k), dst, a.span(), out);
    }

    private void check(int k, Ty src, Ty dst, Span span, List<Diagnostic> out) {
        if (!(src instanceof Ty.Ref s) || !(dst instanceof Ty.Ref d) || !s.mutable() || !d.mutable()) return;
        if (!ImplMatcher.eraseRegions(s.inner()).equals(ImplMatcher.eraseRegions(d.inner()))) return;
        List<Region[]> pairs = new ArrayList<>();
        pair(s.inner(), d.inner(), pairs);
        String note = ImplMatcher.eraseRegions(d.inner()).display(defs);
        Set<String> missing = new LinkedHashSet<>();
        for (Region[] p : pairs) {
            Region from = p[0], to = p[1];
            if (!to.isNamed() || to.name().equals("'_")) continue;
            if (!from.isNamed() || from.name().equals("'_")) {
                reported = true;
                out.add(explicitLifetime(k, to.name(), span));
                return;
            }
            if (from.name().equals(to.name())) continue;
            if (!proves(from.name(), to.name())) missing.add(from.name() + "\0" + to.name());
            if (!proves(to.name(), from.name())) missing.add(to.name() + "\0" + from.name());
        }
        for (String m : missing) {
            String[] qt = m.split("\0");
            reported = true;
            out.add(notOutliving(qt[0], qt[1], note, span));
        }
        // both directions missing: rustc closes with a help of its own
        for (String m : missing) {
            String[] qt = m.split("\0");
            if (qt[0].compareTo(qt[1]) < 0 && missing.contains(qt[1] + "\0" + qt[0])) {
                out.add(new Diagnostic(Diagnostic.Kind.RUST, dev.heaplab.core.diag.Severity.HELP, null,
                        "`" + qt[0] + "` and `" + qt[1] + "` must be the same: replace one with the other", List.of()));
            }
        }
    }

    /** The lifetimes at the same places of two types of one shape (all of them under the `&mut`). */
    private static void pair(Ty a, Ty b, List<Region[]> out) {
        switch (a) {
            case Ty.Ref r when b instanceof Ty.Ref q -> {
                out.add(new Region[] {r.region(), q.region()});
                pair(r.inner(), q.inner(), out);
            }
            case Ty.Adt x when b instanceof Ty.Adt y && x.args().size() == y.args().size() -> {
                for (int i = 0; i < x.args().size(); i++) pair(x.args().get(i), y.args().get(i), out);
            }
            case Ty.Tuple x when b instanceof Ty.Tuple y && x.elems().size() == y.elems().size() -> {
                for (int i = 0; i < x.elems().size(); i++) pair(x.elems().get(i), y.elems().get(i), out);
            }
            case Ty.Array x when b instanceof Ty.Array y -> pair(x.elem(), y.elem(), out);
            case Ty.Slice x when b instanceof Ty.Slice y -> pair(x.elem(), y.elem(), out);
            default -> { }
        }
    }

    /** Does the signature prove `q: t`? */
    private boolean proves(String q, String t) {
        if (q.equals(t) || q.equals("'static")) return true;
        if (outlives == null) outlives = outlivesRelation();
        return outlives.getOrDefault(q, Set.of()).contains(t);
    }

    /**
     * `q: t` from the written bounds and from every reference type of the signature (`&'t T` implies
     * that the lifetimes in `T` outlive `'t`), closed transitively.
     */
    private Map<String, Set<String>> outlivesRelation() {
        Map<String, Set<String>> rel = new HashMap<>();
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
        for (Ty t : fn.sig().inputs()) implied(t, rel);
        implied(fn.sig().output(), rel);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Set<String> ts : rel.values()) {
                for (String t : List.copyOf(ts)) grew |= ts.addAll(rel.getOrDefault(t, Set.of()));
            }
        }
        return rel;
    }

    private static void implied(Ty t, Map<String, Set<String>> rel) {
        switch (t) {
            case Ty.Ref r -> {
                if (r.region().isNamed()) {
                    List<String> inside = new ArrayList<>();
                    named(r.inner(), inside);
                    for (String q : inside) rel.computeIfAbsent(q, x -> new HashSet<>()).add(r.region().name());
                }
                implied(r.inner(), rel);
            }
            case Ty.Adt a -> a.args().forEach(x -> implied(x, rel));
            case Ty.Tuple tu -> tu.elems().forEach(x -> implied(x, rel));
            case Ty.Array a -> implied(a.elem(), rel);
            case Ty.Slice s -> implied(s.elem(), rel);
            default -> { }
        }
    }

    private static void named(Ty t, List<String> out) {
        switch (t) {
            case Ty.Ref r -> {
                if (r.region().isNamed()) out.add(r.region().name());
                named(r.inner(), out);
            }
            case Ty.Adt a -> a.args().forEach(x -> named(x, out));
            case Ty.Tuple tu -> tu.elems().forEach(x -> named(x, out));
            case Ty.Array a -> named(a.elem(), out);
            case Ty.Slice s -> named(s.elem(), out);
            default -> { }
        }
    }

    /** rustc's error for a missing `q: t` ("returning data with lifetime `q`" where `t` was promised). */
    private Diagnostic notOutliving(String q, String t, String pointee, Span span) {
        Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough");
        if (t.equals("'static")) {
            d.primary(span, "returning this value requires that `" + q + "` must outlive `'static`");
            TargetRegions.labelDefinitions(d, fn.decl().generics(), q, q);
        } else {
            String what = fn.selfKind() != null ? "method" : "function";
            d.primary(span, what + " was supposed to return data with lifetime `" + t + "` but it is returning data with lifetime `" + q + "`");
            TargetRegions.labelDefinitions(d, fn.decl().generics(), q, t);
            d.help("consider adding the following bound: `" + q + ": " + t + "`");
        }
        return d.note("requirement occurs because of a mutable reference to `" + pointee + "`")
                .note("mutable references are invariant over their type parameter")
                .help("see <https://doc.rust-lang.org/nomicon/subtyping.html> for more information about variance")
                .build();
    }

    /** E0621 for an elided lifetime of parameter {@code k} where the return type names {@code region}. */
    private Diagnostic explicitLifetime(int k, String region, Span span) {
        int i = k - (fn.sig().inputs().size() - fn.decl().params().size());
        var param = i >= 0 && i < fn.decl().params().size() ? fn.decl().params().get(i) : null;
        String name = param != null && param.pattern() instanceof dev.heaplab.core.syntax.Pattern.Binding b ? b.name().name() : null;
        if (name == null) {
            return Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, "returning this value requires that the borrow outlives the function's lifetime").build();
        }
        Diagnostic.Builder d = Diagnostic.error("E0621", "explicit lifetime required in the type of `" + name + "`")
                .primary(span, "lifetime `" + region + "` required");
        TypeExpr.RefType elided = firstElided(param.type());
        if (elided != null) {
            d.suggestion("add explicit lifetime `" + region + "` to the type of `" + name + "`",
                    new Span(elided.span().lo() + 1, elided.span().lo() + 1), region + " ");
        }
        return d.build();
    }

    private static TypeExpr.RefType firstElided(TypeExpr t) {
        return switch (t) {
            case TypeExpr.RefType r -> r.lifetime() == null ? r : firstElided(r.inner());
            case TypeExpr.SliceType s -> firstElided(s.elem());
            case TypeExpr.ArrayType a -> firstElided(a.elem());
            default -> null;
        };
    }
}
