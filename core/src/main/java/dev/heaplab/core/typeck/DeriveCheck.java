package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proves what a `#[derive]` needs, as rustc does when it checks the impl the derive expands to:
 * every field implements the trait, with the ADT's own bounds and `P: Trait` for each type
 * parameter in scope. A field that does not is E0277 at the field (E0204 at the type's name for
 * `Copy`), naming the innermost bound that fails (`Loose<T>: Ord` needing `T: Ord` reports `T: Ord`).
 */
final class DeriveCheck {
    private final ProgramCx cx;

    DeriveCheck(ProgramCx cx) { this.cx = cx; }

    void run() {
        for (ProgramCx.DeriveSite site : cx.deriveSites) {
            DefId trait = cx.langTrait(site.trait());
            if (trait == null) continue;
            TraitSolver solver = new TraitSolver(cx, new InferCtxt(), site.bounds(), d -> null);
            if (site.trait().equals("Copy")) {
                copy(site, trait, solver);
                continue;
            }
            for (ProgramCx.DeriveSite.Field f : site.fields()) {
                Obligation leaf = failing(solver, new Obligation(f.ty(), trait, cx.selfArgs(trait, f.ty()), Map.of(), f.span(), 0));
                if (leaf != null) report(site, f, leaf, solver);
            }
        }
    }

    private void copy(ProgramCx.DeriveSite site, DefId trait, TraitSolver solver) {
        List<ProgramCx.DeriveSite.Field> bad = new ArrayList<>();
        for (ProgramCx.DeriveSite.Field f : site.fields()) {
            if (failing(solver, new Obligation(f.ty(), trait, List.of(), Map.of(), f.span(), 0)) != null) bad.add(f);
        }
        if (bad.isEmpty()) return;
        Diagnostic.Builder b = Diagnostic.error("E0204", "the trait `Copy` cannot be implemented for this type")
                .primary(site.nameSpan(), "").secondary(site.traitSpan(), "in this derive macro expansion");
        for (ProgramCx.DeriveSite.Field f : bad) b.secondary(f.span(), "this field does not implement `Copy`");
        cx.diags.add(b.build());
    }

    /** The innermost obligation that fails, or null when {@code goal} holds (or cannot be decided). */
    private static Obligation failing(TraitSolver solver, Obligation goal) {
        List<Obligation> work = new ArrayList<>(List.of(goal));
        for (int i = 0; i < work.size() && i < 256; i++) {
            Obligation o = work.get(i);
            TraitSolver.Selection s = solver.select(o.self(), o.trait(), o.args(), o.depth());
            if (s.outcome() == TraitSolver.Outcome.NO) {
                // An impl whose head matches but whose bounds fail: the failing bound is the leaf.
                s = solver.headMatch(o.self(), o.trait(), o.args(), o.depth());
                if (s == null || s.nested().isEmpty()) return o;
            }
            switch (s.outcome()) {
                case NO -> { return o; }
                case YES -> {
                    if (o.depth() < 12) for (Obligation n : s.nested())
                        work.add(new Obligation(n.self(), n.trait(), n.args(), n.bindings(), o.span(), o.depth() + 1));
                }
                case AMBIGUOUS -> { }
            }
        }
        return null;
    }

    private void report(ProgramCx.DeriveSite site, ProgramCx.DeriveSite.Field f, Obligation leaf, TraitSolver solver) {
        Ty self = leaf.self();
        String shown = self.display(cx.defs);
        String traitName = cx.defs.name(leaf.trait());
        if (!decided(self)) {
            // heaplab's std model may lack an impl the real std has: refuse rather than make up an error.
            cx.unsupported(f.span(), "`" + shown + ": " + traitName + "` needed by `#[derive(" + site.trait()
                    + ")]` (this part of the standard library is not modelled)");
            return;
        }
        String traitRef = traitName + (leaf.args().isEmpty() || leaf.args().get(0).equals(self) ? ""
                : "<" + String.join(", ", leaf.args().stream().map(t -> t.display(cx.defs)).toList()) + ">");
        boolean debug = solver.isLang(leaf.trait(), "Debug");
        String what = debug ? "`" + shown + "` doesn't implement `Debug`"
                : "the trait bound `" + shown + ": " + traitRef + "` is not satisfied";
        Diagnostic.Builder b = Diagnostic.error("E0277", what)
                .primary(f.span(), "the trait `" + traitRef + "` is not implemented for `" + shown + "`")
                .secondary(site.traitSpan(), "in this derive macro expansion");
        if (debug && self instanceof Ty.Adt) b.note("add `#[derive(Debug)]` to `" + shown + "` or manually `impl Debug for " + shown + "`");
        cx.diags.add(b.build());
    }

    /**
     * Whether heaplab knows every impl of the derivable traits for this type: the program's own types,
     * type parameters and trait objects (from the program's bounds and traits), and the scalar
     * primitives (their impls are built in). For std types, references, slices and the like the model
     * of std may be incomplete.
     */
    private boolean decided(Ty self) {
        return switch (self) {
            case Ty.Adt a -> cx.defs.adt(a.def()) != null && !CheckedStd.isStd(cx.defs.adt(a.def()).span());
            case Ty.Param p -> true;
            case Ty.Dynamic d -> true;
            case Ty.Int i -> true;
            case Ty.Float x -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            default -> false;
        };
    }
}
