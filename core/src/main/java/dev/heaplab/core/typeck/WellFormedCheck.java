package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * rustc's well-formedness of written types: a user struct or enum written with arguments
 * (`W<Vec<i32>>` for `struct W<T: Copy>`) must satisfy the bounds of its declaration, under the
 * bounds of the item where it is written (no implied bounds: rustc does not assume them either).
 * Signatures, fields and impl headers are checked here once every impl is known, at the ADT's own
 * path (rustc's place), in source order; bodies prove them with their inference ({@link FnCtxt#wellFormed}).
 * A bound the solver cannot decide is refused as unsupported, never accepted.
 */
final class WellFormedCheck {
    private WellFormedCheck() {}

    /** Checks the sites recorded so far, and forgets them. */
    static void run(ProgramCx cx) {
        List<ProgramCx.WellFormedSite> sites = new ArrayList<>(cx.wellFormedSites);
        cx.wellFormedSites.clear();
        sites.sort(Comparator.comparingInt(s -> s.span().lo()));
        for (ProgramCx.WellFormedSite site : sites) {
            List<GenericsDef.Predicate> bounds = cx.adtPredicates.get(site.adt().def());
            if (bounds == null || TySubst.any(site.adt(), t -> t instanceof Ty.Error || t instanceof Ty.Infer)) continue;
            TraitSolver solver = new TraitSolver(cx, new InferCtxt(), site.env(), d -> null);
            List<Span> boundSpans = boundSpans(cx, site.adt().def());
            for (int i = 0; i < bounds.size(); i++) {
                GenericsDef.Predicate p = bounds.get(i);
                Ty self = TySubst.subst(p.self(), site.adt().args());
                List<Ty> args = TySubst.subst(p.traitArgs(), site.adt().args());
                TraitSolver.Outcome outcome = holds(solver, self, p.trait(), args, site.span());
                if (outcome == TraitSolver.Outcome.YES) continue;
                if (outcome == TraitSolver.Outcome.AMBIGUOUS) {
                    cx.unsupported(site.span(), "a bound of `" + cx.defs.name(site.adt().def()) + "` that heaplab cannot decide for `"
                            + self.display(cx.defs) + "`");
                    continue;
                }
                Span bound = boundSpans.size() == bounds.size() ? boundSpans.get(i) : null;
                cx.diags.add(unsatisfied(cx, self, p.trait(), args, site.span(), site.adt().def(), bound).build());
            }
        }
    }

    /** E0277 in rustc's words for a declared bound of {@code adt} that {@code self} breaks, with the bound's note. */
    static Diagnostic.Builder unsatisfied(ProgramCx cx, Ty self, DefId trait, List<Ty> args, Span at, DefId adt, Span bound) {
        String name = cx.defs.name(trait);
        Diagnostic.Builder b = OnUnimplemented.error(cx, self, trait, args, at);
        if (bound != null) {
            String owner = cx.defs.name(adt);
            List<Label> labels = new ArrayList<>();
            // a bound of a where-clause: rustc also points at the type's name
            if (cx.itemDecls.get(adt) instanceof Item decl && whereBound(decl, bound))
                labels.add(Label.secondary(decl.name().span(), "required by a bound in this " + (decl instanceof Item.EnumDecl ? "enum" : "struct")));
            labels.add(Label.primary(bound, "required by this bound in `" + owner + "`"));
            b.spanNote("required by a bound in `" + owner + "`", labels);
        }
        if (self instanceof Ty.Adt a && a.args().isEmpty()) MissingOperatorImpl.deriveHelp(cx, b, a, name, false);
        if (self instanceof Ty.Param p) restrictParam(cx, b, p, trait, at);
        return b;
    }

    private static boolean whereBound(Item decl, Span bound) {
        Generics g = decl instanceof Item.StructDecl s ? s.generics() : decl instanceof Item.EnumDecl e ? e.generics() : null;
        if (g == null) return false;
        for (Generics.WherePredicate w : g.where()) if (w.span().lo() <= bound.lo() && bound.hi() <= w.span().hi()) return true;
        return false;
    }

    /**
     * rustc's "consider restricting type parameter `U` with trait `Copy`": the bound added to the parameter
     * of the innermost function, struct or enum written around {@code at} (none when it has a where-clause).
     */
    private static void restrictParam(ProgramCx cx, Diagnostic.Builder b, Ty.Param p, DefId trait, Span at) {
        var td = cx.defs.trait(trait);
        if (td == null) return;
        // a std trait by its whole path (rustc's suggested bound is not trimmed)
        String path = CheckedStd.isStd(td.span()) ? td.stdPath() : td.name();
        if (path == null) return;
        Generics best = null;
        Span bestSpan = null;
        for (Item it : cx.itemDecls.values()) {
            Generics g = switch (it) {
                case Item.FnDecl f -> f.generics();
                case Item.StructDecl st -> st.generics();
                case Item.EnumDecl e -> e.generics();
                default -> null;
            };
            if (g == null || it.span().lo() > at.lo() || it.span().hi() < at.hi()) continue;
            if (bestSpan == null || it.span().hi() - it.span().lo() < bestSpan.hi() - bestSpan.lo()) {
                best = g;
                bestSpan = it.span();
            }
        }
        if (best == null || !best.where().isEmpty()) return;
        for (Generics.GenericParam gp : best.params()) {
            if (!(gp instanceof Generics.GenericParam.TypeParam tp) || !tp.name().name().equals(p.name())) continue;
            Span after = tp.name().span();
            String text = ": " + path;
            for (Generics.Bound bound : tp.bounds()) {
                if (!(bound instanceof Generics.Bound.TraitBound tb)) return;
                after = tb.span();
                text = " + " + path;
            }
            b.suggestion("consider " + (text.startsWith(" +") ? "further " : "") + "restricting type parameter `" + p.name()
                    + "` with trait `" + td.name() + "`", after.shrinkToHi(), text);
            return;
        }
    }

    /** Whether the bound holds, nested obligations included (up to a fixed depth). */
    private static TraitSolver.Outcome holds(TraitSolver solver, Ty self, DefId trait, List<Ty> args, Span span) {
        List<Obligation> work = new ArrayList<>(List.of(new Obligation(self, trait, args, Map.of(), span, 0)));
        for (int i = 0; i < work.size(); i++) {
            if (i >= 64) return TraitSolver.Outcome.AMBIGUOUS;
            Obligation o = work.get(i);
            TraitSolver.Selection s = solver.select(o.self(), o.trait(), o.args(), o.depth());
            if (s.outcome() != TraitSolver.Outcome.YES) return s.outcome();
            work.addAll(s.nested());
        }
        return TraitSolver.Outcome.YES;
    }

    /**
     * The written spans of a user ADT's trait bounds, in the order of its predicates (each parameter's
     * bounds, then the where-clauses'); empty when the declaration is not found.
     */
    static List<Span> boundSpans(ProgramCx cx, DefId adt) {
        Generics g = switch (cx.itemDecls.get(adt)) {
            case Item.StructDecl s -> s.generics();
            case Item.EnumDecl e -> e.generics();
            case null, default -> null;
        };
        List<Span> out = new ArrayList<>();
        if (g == null) return out;
        for (Generics.GenericParam gp : g.params()) {
            if (gp instanceof Generics.GenericParam.TypeParam tp) traitBounds(tp.bounds(), out);
        }
        for (Generics.WherePredicate w : g.where()) if (w.boundedType() != null) traitBounds(w.bounds(), out);
        return out;
    }

    private static void traitBounds(List<Generics.Bound> bounds, List<Span> out) {
        for (Generics.Bound b : bounds) if (b instanceof Generics.Bound.TraitBound tb && !tb.maybe()) out.add(tb.span());
    }
}
