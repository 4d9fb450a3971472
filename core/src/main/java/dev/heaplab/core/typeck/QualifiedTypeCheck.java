package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.Map;

/**
 * `<T as Trait>::Name` written as a type needs `T: Trait` (rustc's E0277 otherwise): checked once
 * every impl is known, under the bounds of the item where the type is written. Rules:
 * <ul>
 *   <li>a type parameter is reported on the whole path, a concrete type on itself, as rustc does;</li>
 *   <li>a bound the solver cannot decide is refused as unsupported, never accepted.</li>
 * </ul>
 */
final class QualifiedTypeCheck {
    private QualifiedTypeCheck() {}

    /** Checks the sites recorded so far, and forgets them. */
    static void run(ProgramCx cx) {
        java.util.List<ProgramCx.QualifiedSite> sites = java.util.List.copyOf(cx.qualifiedSites);
        cx.qualifiedSites.clear();
        for (ProgramCx.QualifiedSite site : sites) {
            TraitSolver solver = new TraitSolver(cx, new InferCtxt(), site.env(), d -> null);
            TraitSolver.Outcome outcome = holds(solver, site);
            if (outcome == TraitSolver.Outcome.YES) continue;
            String self = site.self().display(cx.defs), trait = cx.defs.trait(site.trait()).name();
            if (outcome == TraitSolver.Outcome.AMBIGUOUS) {
                cx.unsupported(site.path(), "a qualified path `<T as Trait>::Name` whose bound heaplab cannot decide");
                continue;
            }
            boolean param = TySubst.any(site.self(), t -> t instanceof Ty.Param);
            cx.diags.add(Diagnostic.error("E0277", "the trait bound `" + self + ": " + trait + "` is not satisfied")
                    .primary(param ? site.path() : site.selfSpan(), param
                            ? "the trait `" + trait + "` is not implemented for `" + self + "`" : "unsatisfied trait bound")
                    .build());
        }
    }

    /** Whether the bound holds, nested obligations included (up to a fixed depth). */
    private static TraitSolver.Outcome holds(TraitSolver solver, ProgramCx.QualifiedSite site) {
        java.util.List<Obligation> work = new java.util.ArrayList<>(java.util.List.of(
                new Obligation(site.self(), site.trait(), site.traitArgs(), Map.of(), site.path(), 0)));
        for (int i = 0; i < work.size(); i++) {
            if (i >= 64) return TraitSolver.Outcome.AMBIGUOUS;
            Obligation o = work.get(i);
            TraitSolver.Selection s = solver.select(o.self(), o.trait(), o.args(), o.depth());
            if (s.outcome() != TraitSolver.Outcome.YES) return s.outcome();
            work.addAll(s.nested());
        }
        return TraitSolver.Outcome.YES;
    }
}
