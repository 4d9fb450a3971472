package dev.heaplab.core.typeck;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Closure expressions. The expected signature comes from an `Fn*` bound pending on the expected
 * type (`F: Fn(i32) -> bool` when passed to a generic function), or from an expected fn pointer;
 * annotated parameter and return types win. Captures are collected while checking the body and
 * classified by {@link CaptureAnalysis} once the body's types are known.
 */
final class ClosureChecker {
    private final FnCtxt fcx;

    ClosureChecker(FnCtxt fcx) { this.fcx = fcx; }

    Ty check(Expr.Closure c, Ty expected) {
        DefId id = fcx.cx.closureIds.get(c.id());
        if (id == null) id = fcx.cx.defs.newDefId(closureName(fcx.cx, c));
        FnSig expectedSig = expectedSig(expected, c.params().size());
        Obligation otherArity = expectedSig == null ? otherArity(expected, c.params().size()) : null;
        if (otherArity != null) return wrongArity(c, id, otherArity);
        List<Ty> params = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            Expr.ClosureParam p = c.params().get(i);
            Ty t;
            if (p.type() != null) {
                t = fcx.normalize(fcx.lowerer.lower(p.type(), fcx.tyEnv()));
                if (expectedSig != null) fcx.icx.unify(t, expectedSig.inputs().get(i));
            } else t = expectedSig != null ? expectedSig.inputs().get(i) : fcx.icx.fresh();
            params.add(t);
        }
        Ty ret = c.ret() != null ? fcx.normalize(fcx.lowerer.lower(c.ret(), fcx.tyEnv()))
                : expectedSig != null ? expectedSig.output() : fcx.icx.fresh();
        FnSig sig = new FnSig(params, ret);
        fcx.closureSigs.put(id, sig);
        FnCtxt.ClosureCx ccx = new FnCtxt.ClosureCx(id, c, sig, fcx.closures.size());
        fcx.closures.push(ccx);
        fcx.allClosures.add(ccx);
        fcx.pushScope();
        for (int i = 0; i < c.params().size(); i++) fcx.pats.check(c.params().get(i).pattern(), params.get(i), BindingMode.BY_VALUE);
        fcx.pats.duplicateBindings(c.params().stream().map(Expr.ClosureParam::pattern).toList(), true);
        fcx.returnTys.push(ret);
        Deque<FnCtxt.LoopCx> saved = new ArrayDeque<>(fcx.loops);
        fcx.loops.clear();
        fcx.exprs.coerceTo(c.body(), ret);
        // As a function's body (BodyChecker): a written return type's coercion applies to the block's
        // tail, before its locals die (`|| -> &str { let s = ..; &s }` is E0515, not E0597).
        if (c.ret() != null && c.body() instanceof Expr.BlockExpr be && be.label() == null && be.block().tail() != null) {
            var adj = fcx.tables.adjustments.get(be.id());
            if (adj != null && !fcx.tables.adjustments.containsKey(be.block().tail().id())) {
                fcx.tables.adjustments.remove(be.id());
                fcx.tables.adjustments.put(be.block().tail().id(), adj);
            }
        }
        fcx.loops.addAll(saved);
        fcx.returnTys.pop();
        fcx.popScope();
        fcx.closures.pop();
        return new Ty.Closure(id, fcx.env.identityArgs());
    }

    /** rustc's name of a closure: where it is written (`src/main.rs:4:13`). */
    static String closureName(dev.heaplab.core.resolve.ProgramCx cx, Expr.Closure c) {
        if (cx.sources != null) {
            SourceFile f = cx.sources.fileOf(c.span());
            if (f != null) return f.location(c.span());
        }
        return "closure";
    }

    /** A pending `Fn*` bound on the expected type whose argument tuple has another arity than the closure's. */
    private Obligation otherArity(Ty expected, int arity) {
        if (expected == null || !(fcx.icx.shallow(expected) instanceof Ty.Infer e)) return null;
        for (Obligation o : fcx.pending) {
            if (!fcx.lowerer.isFnTrait(o.trait()) || !fcx.icx.shallow(o.self()).equals(e) || o.args().isEmpty() || o.span() == null) continue;
            if (fcx.icx.shallow(fcx.normalize(o.args().get(0))) instanceof Ty.Tuple t && t.elems().size() != arity) return o;
        }
        return null;
    }

    /**
     * rustc's E0593 (at the call's bound, the closure's parameters as secondary label). The closure is
     * given the bound's signature, its own parameters the error type, so nothing else is reported about it.
     */
    private Ty wrongArity(Expr.Closure c, DefId id, Obligation o) {
        Ty.Tuple want = (Ty.Tuple) fcx.icx.shallow(fcx.normalize(o.args().get(0)));
        int n = want.elems().size(), m = c.params().size();
        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0593", "closure is expected to take " + arguments(n)
                        + ", but it takes " + arguments(m))
                .primary(o.span(), "expected closure that takes " + arguments(n))
                .secondary(c.head(), "takes " + arguments(m)).build());
        Ty out = o.bindings().get("Output");
        FnSig sig = new FnSig(want.elems(), out == null ? fcx.icx.fresh() : fcx.normalize(out));
        fcx.closureSigs.put(id, sig);
        FnCtxt.ClosureCx ccx = new FnCtxt.ClosureCx(id, c, sig, fcx.closures.size());
        fcx.closures.push(ccx);
        fcx.allClosures.add(ccx);
        fcx.pushScope();
        for (Expr.ClosureParam p : c.params()) fcx.pats.check(p.pattern(), Ty.ERROR, BindingMode.BY_VALUE);
        fcx.returnTys.push(Ty.ERROR);
        Deque<FnCtxt.LoopCx> saved = new ArrayDeque<>(fcx.loops);
        fcx.loops.clear();
        fcx.exprs.check(c.body(), null);
        fcx.loops.addAll(saved);
        fcx.returnTys.pop();
        fcx.popScope();
        fcx.closures.pop();
        return new Ty.Closure(id, fcx.env.identityArgs());
    }

    private static String arguments(int n) { return n + (n == 1 ? " argument" : " arguments"); }

    private FnSig expectedSig(Ty expected, int arity) {
        if (expected == null) return null;
        Ty e = fcx.icx.shallow(expected);
        if (e instanceof Ty.FnPtr fp && fp.params().size() == arity) return new FnSig(fp.params(), fp.ret());
        if (e instanceof Ty.Dynamic d && fcx.lowerer.isFnTrait(d.trait()) && !d.traitArgs().isEmpty()
                && fcx.icx.shallow(d.traitArgs().get(0)) instanceof Ty.Tuple t && t.elems().size() == arity) {
            return new FnSig(t.elems(), d.traitArgs().size() > 1 ? d.traitArgs().get(1) : Ty.UNIT);
        }
        if (!(e instanceof Ty.Infer)) return null;
        for (Obligation o : fcx.pending) {
            // A closure passed as a str `Pattern` is std's `impl<F: FnMut(char) -> bool> Pattern for F`.
            if (arity == 1 && fcx.icx.shallow(o.self()).equals(e) && fcx.cx.defs.trait(o.trait()) != null
                    && "Pattern".equals(fcx.cx.defs.trait(o.trait()).lang())) {
                return new FnSig(List.of(Ty.CHAR), Ty.BOOL);
            }
            if (!fcx.lowerer.isFnTrait(o.trait()) || !fcx.icx.shallow(o.self()).equals(e) || o.args().isEmpty()) continue;
            Ty args = fcx.normalize(o.args().get(0));
            if (!(fcx.icx.shallow(args) instanceof Ty.Tuple t) || t.elems().size() != arity) continue;
            Ty out = o.bindings().get("Output");
            return new FnSig(t.elems(), out == null ? fcx.icx.fresh() : fcx.normalize(out));
        }
        return null;
    }
}
