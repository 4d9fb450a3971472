package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.diag.Suggestion;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * rustc's E0631 ("type mismatch in closure arguments"): a closure of the right arity whose
 * parameter types are not those its `Fn*` bound gives (`v.iter().map(|x: i32| ..)` over `&i32`
 * items). Its wording follows rustc's `report_closure_arg_mismatch`: both signatures compared as
 * rustc's `cmp` does (types equal on both sides shown as `_`), the bound's elided lifetimes as
 * `for<'a>`, the bound's function, and `hint_missing_borrow`'s suggestion.
 */
final class ClosureArgMismatch {
    private final FnCtxt fcx;

    ClosureArgMismatch(FnCtxt fcx) { this.fcx = fcx; }

    /** Reports E0631 for this failed bound when it is one; false when it is not (then E0277 is reported). */
    boolean report(Obligation o, Ty self, List<Ty> args) {
        if (!(self instanceof Ty.Closure c) || !fcx.lowerer.isFnTrait(o.trait()) || args.isEmpty()
                || !(fcx.icx.resolve(args.get(0)) instanceof Ty.Tuple want)) return false;
        FnSig sig = fcx.closureSig(c);
        FnCtxt.ClosureCx closure = null;
        for (FnCtxt.ClosureCx k : fcx.allClosures) if (k.id.equals(c.def())) closure = k;
        if (sig == null || closure == null || sig.inputs().size() != want.elems().size()) return false;
        FnCtxt.BoundSite site = fcx.boundSites.get(o.span());
        List<Boolean> lateBound = lateBound(site == null ? null : site.fn(), o, want.elems().size());
        StringBuilder expected = new StringBuilder(), found = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (boolean b : lateBound) if (b) names.add("'" + (char) ('a' + names.size()));
        if (!names.isEmpty()) expected.append("for<").append(String.join(", ", names)).append("> ");
        expected.append("fn(");
        found.append("fn(");
        int named = 0;
        for (int i = 0; i < want.elems().size(); i++) {
            if (i > 0) {
                expected.append(", ");
                found.append(", ");
            }
            String region = lateBound.get(i) ? names.get(named++) : null;
            String[] pair = cmp(fcx.icx.resolve(want.elems().get(i)), fcx.icx.resolve(sig.inputs().get(i)), region);
            expected.append(pair[0]);
            found.append(pair[1]);
        }
        expected.append(") -> _");
        found.append(") -> _");
        Diagnostic.Builder d = Diagnostic.error("E0631", "type mismatch in closure arguments")
                .primary(site == null ? o.span() : site.call(), "expected due to this")
                .secondary(closure.expr.head(), "found signature defined here")
                .note("expected closure signature `" + expected + "`\n   found closure signature `" + found + "`");
        Obligation.BoundCause cause = o.cause();
        if (cause != null) {
            d.spanNoteInOrder("required by a bound in `" + cause.owner() + "`",
                    List.of(Label.primary(cause.bound(), "required by this bound in `" + cause.owner() + "`")));
        } else if (site != null) {
            StdBoundNotes.add(fcx.cx, d, site.fn());
        }
        missingBorrow(d, closure.expr, want.elems(), sig.inputs());
        fcx.cx.diags.add(d.build());
        return true;
    }

    /**
     * Which parameters of the bound are written as references with an elided lifetime
     * (`F: FnMut(&T, &T)`): rustc shows them bound by `for<'a, 'b>`.
     */
    private List<Boolean> lateBound(FnDef fn, Obligation o, int arity) {
        List<Boolean> out = new ArrayList<>();
        GenericsDef.Predicate written = null;
        if (fn != null) {
            for (GenericsDef.Predicate p : fn.generics().predicates()) {
                if (p.trait() != null && p.trait().equals(o.trait()) && !p.traitArgs().isEmpty()
                        && p.traitArgs().get(0) instanceof Ty.Tuple t && t.elems().size() == arity) {
                    written = p;
                    break;
                }
            }
        }
        for (int i = 0; i < arity; i++) {
            out.add(written != null && ((Ty.Tuple) written.traitArgs().get(0)).elems().get(i) instanceof Ty.Ref r
                    && r.region().kind() == Region.Kind.ERASED);
        }
        return out;
    }

    /**
     * rustc's `TypeErrCtxt::cmp` on two types: a type equal on both sides is `_`, references are
     * compared and then their pointees, a reference on one side only is written and its pointee
     * compared with the other side, tuples and same ADTs element by element. {@code region} names
     * the expected side's outer reference (a late-bound lifetime of the bound), or null.
     */
    private String[] cmp(Ty e, Ty f, String region) {
        if (e instanceof Ty.Ref re && f instanceof Ty.Ref rf) {
            String[] in = cmp(fcx.icx.resolve(re.inner()), fcx.icx.resolve(rf.inner()), null);
            return new String[] {ref(region, re.mutable()) + in[0], ref(null, rf.mutable()) + in[1]};
        }
        if (e instanceof Ty.Ref re) {
            String[] in = cmp(fcx.icx.resolve(re.inner()), f, null);
            return new String[] {ref(region, re.mutable()) + in[0], in[1]};
        }
        if (f instanceof Ty.Ref rf) {
            String[] in = cmp(e, fcx.icx.resolve(rf.inner()), null);
            return new String[] {in[0], ref(null, rf.mutable()) + in[1]};
        }
        if (e instanceof Ty.Tuple te && f instanceof Ty.Tuple tf && te.elems().size() == tf.elems().size() && !te.elems().isEmpty()) {
            List<String> a = new ArrayList<>(), b = new ArrayList<>();
            for (int i = 0; i < te.elems().size(); i++) {
                String[] in = cmp(fcx.icx.resolve(te.elems().get(i)), fcx.icx.resolve(tf.elems().get(i)), null);
                a.add(in[0]);
                b.add(in[1]);
            }
            String tail = te.elems().size() == 1 ? ",)" : ")";
            return new String[] {"(" + String.join(", ", a) + tail, "(" + String.join(", ", b) + tail};
        }
        if (e instanceof Ty.Adt ae && f instanceof Ty.Adt af && ae.def().equals(af.def())) {
            String path = fcx.show(new Ty.Adt(ae.def(), List.of()));
            int lt = path.indexOf('<');
            if (lt >= 0) path = path.substring(0, lt);
            if (ae.args().isEmpty() || ae.args().size() != af.args().size()) return new String[] {path, path};
            List<String> a = new ArrayList<>(), b = new ArrayList<>();
            for (int i = 0; i < ae.args().size(); i++) {
                String[] in = cmp(fcx.icx.resolve(ae.args().get(i)), fcx.icx.resolve(af.args().get(i)), null);
                a.add(in[0]);
                b.add(in[1]);
            }
            return new String[] {path + "<" + String.join(", ", a) + ">", path + "<" + String.join(", ", b) + ">"};
        }
        if (e.equals(f)) return new String[] {"_", "_"};
        return new String[] {fcx.show(e), fcx.show(f)};
    }

    private static String ref(String region, boolean mutable) {
        return "&" + (region == null ? "" : region + " ") + (mutable ? "mut " : "");
    }

    /**
     * rustc's `hint_missing_borrow`: per annotated parameter whose type behind its references is the
     * expected one's, the `&`s to add (fewer references than expected, the same innermost ones) or to
     * remove (more), as one suggestion each.
     */
    private void missingBorrow(Diagnostic.Builder d, Expr.Closure closure, List<Ty> expected, List<Ty> found) {
        List<Suggestion.Part> borrow = new ArrayList<>(), remove = new ArrayList<>();
        for (int i = 0; i < expected.size() && i < closure.params().size(); i++) {
            TypeExpr written = closure.params().get(i).type();
            if (written == null) continue;
            List<Boolean> fr = new ArrayList<>(), er = new ArrayList<>();
            Ty fb = peel(fcx.icx.resolve(found.get(i)), fr), eb = peel(fcx.icx.resolve(expected.get(i)), er);
            int snap = fcx.icx.snapshot();
            boolean same = fcx.icx.unify(fb, eb);
            fcx.icx.rollback(snap);
            if (!same) continue;
            if (fr.size() < er.size() && er.subList(er.size() - fr.size(), er.size()).equals(fr)) {
                StringBuilder add = new StringBuilder();
                for (boolean m : er.subList(0, er.size() - fr.size())) add.append(m ? "&mut " : "&");
                borrow.add(new Suggestion.Part(new Span(written.span().lo(), written.span().lo()), add.toString()));
            } else if (fr.size() > er.size()) {
                int left = fr.size() - er.size();
                TypeExpr t = written;
                while (t instanceof TypeExpr.RefType r && left > 0) {
                    t = r.inner();
                    left--;
                }
                remove.add(left == 0 ? new Suggestion.Part(new Span(written.span().lo(), t.span().lo()), "")
                        : new Suggestion.Part(written.span(), fcx.show(expected.get(i))));
            }
        }
        if (!borrow.isEmpty()) d.multipartSuggestion("consider adjusting the signature so it borrows its argument"
                + (borrow.size() == 1 ? "" : "s"), borrow);
        if (!remove.isEmpty()) d.multipartSuggestion("consider adjusting the signature so it does not borrow its argument"
                + (remove.size() == 1 ? "" : "s"), remove);
    }

    /** The type behind all references, their mutability collected outermost first. */
    private Ty peel(Ty t, List<Boolean> refs) {
        while (t instanceof Ty.Ref r) {
            refs.add(r.mutable());
            t = fcx.icx.resolve(r.inner());
        }
        return t;
    }
}
