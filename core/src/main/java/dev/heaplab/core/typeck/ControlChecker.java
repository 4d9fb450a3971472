package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Control flow: `if`, `match`, loops, `break`, `?`. Branches are merged as rustc's coerce-many: to
 * the expected type when known, else each branch coerces to the first non-diverging one's type.
 */
final class ControlChecker {
    private final FnCtxt fcx;

    ControlChecker(FnCtxt fcx) { this.fcx = fcx; }

    /**
     * Accumulates branch types. Without an expected type, a branch that does not coerce to the first
     * ones is rustc's "`if` and `else` have incompatible types" / "`match` arms have incompatible
     * types", labelling the branches that fixed the type ({@code whole} is the `if` or `match`).
     */
    private final class Merge {
        final Ty expected;
        final Expr whole;
        Ty current;
        /** The value spans of the earlier branches that do not diverge, and their expressions' ids. */
        final List<Span> prior = new ArrayList<>();
        final List<dev.heaplab.core.syntax.NodeId> priorIds = new ArrayList<>();
        /** Whether the branch being added is a block (its tail was coerced inside it). */
        boolean armIsBlock;

        Merge(Ty expected, Expr whole) {
            Ty e = expected == null ? null : fcx.icx.shallow(expected);
            this.expected = e instanceof Ty.Infer i && i.kind() == Ty.InferKind.GENERAL ? null : e;
            this.whole = whole;
        }

        void add(dev.heaplab.core.syntax.NodeId id, Span span, Ty t) {
            if (current instanceof Ty.Error) return; // rustc's coerce-many: one error, none for the branches after it
            boolean diverges = fcx.icx.shallow(t) instanceof Ty.Never;
            if (expected == null && (current == null || fcx.icx.shallow(current) instanceof Ty.Never)) {
                if (current == null || !diverges) current = t;
            } else {
                if (expected != null) current = expected;
                Ty lub = expected == null ? fnPointerLub(current, t) : null;
                if (lub != null) {
                    // rustc's LUB of two distinct fn items or non-capturing closures: a fn pointer, both sides reified
                    for (int k = 0; k < prior.size(); k++) fcx.coercion.coerce(priorIds.get(k), current, lub, prior.get(k));
                    current = lub;
                }
                if (!fcx.coercion.coerce(id, t, current, span)) {
                    // The `if`/`match` reports it (rustc's branch cause) without an expectation, and for a
                    // match arm that is not a block (a block's tail was coerced inside the block).
                    if (expected == null || whole instanceof Expr.Match && !armIsBlock) {
                        incompatible(span, t);
                        current = Ty.ERROR;
                    } else fcx.mismatch(span, expected, t);
                    return;
                }
            }
            if (!diverges) {
                prior.add(span);
                priorIds.add(id);
            }
        }

        /**
         * The fn pointer two different fn items or closures capturing nothing meet at (`if up { |x: i32|
         * x + 1 } else { |x: i32| x - 1 }`), or null: their signatures must be the same.
         */
        private Ty fnPointerLub(Ty a0, Ty b0) {
            Ty a = fcx.icx.shallow(a0), b = fcx.icx.shallow(b0);
            if (!(reifiable(a) && reifiable(b)) || a.equals(b)) return null;
            dev.heaplab.core.types.FnSig sa = fcx.solver.callableSig(a), sb = fcx.solver.callableSig(b);
            if (sa == null || sb == null || sa.inputs().size() != sb.inputs().size()) return null;
            int snap = fcx.icx.snapshot();
            boolean same = fcx.icx.unify(sa.output(), sb.output());
            for (int k = 0; same && k < sa.inputs().size(); k++) same = fcx.icx.unify(sa.inputs().get(k), sb.inputs().get(k));
            fcx.icx.rollback(snap);
            if (!same) return null;
            return new Ty.FnPtr(sa.inputs().stream().map(fcx.icx::resolve).toList(), fcx.icx.resolve(sa.output()));
        }

        private boolean reifiable(Ty t) {
            if (t instanceof Ty.FnDef) return true;
            if (!(t instanceof Ty.Closure c)) return false;
            for (FnCtxt.ClosureCx k : fcx.allClosures) if (k.id.equals(c.def())) return k.captures.isEmpty();
            return false;
        }

        private void incompatible(Span span, Ty found) {
            boolean isMatch = whole instanceof Expr.Match;
            Diagnostic.Builder d = fcx.mismatches.mismatch(isMatch ? "`match` arms have incompatible types"
                    : "`if` and `else` have incompatible types", span, current, found, null);
            if (d == null) return;
            boolean multiline = fcx.text(whole.span()).contains("\n");
            if (whole instanceof Expr.Match m) {
                String ty = fcx.show(current);
                if (prior.size() <= 4) for (Span p : prior) d.secondary(p, "this is found to be of type `" + ty + "`");
                else d.secondary(prior.get(prior.size() - 1), "this and all prior arms are found to be of type `" + ty + "`");
                d.secondary(multiline ? m.span() : new Span(m.span().lo(), m.scrutinee().span().hi()), "`match` arms have incompatible types");
            } else {
                if (!prior.isEmpty()) d.secondary(prior.get(0), "expected because of this");
                if (multiline) d.secondary(whole.span(), "`if` and `else` have incompatible types");
            }
            fcx.cx.diags.add(d.build());
        }

        Ty result() { return current == null ? Ty.NEVER : current; }
    }

    Ty ifExpr(Expr.If i, Ty expected) {
        fcx.pushScope();
        fcx.exprs.coerceTo(i.cond(), Ty.BOOL);
        if (i.elseBranch() == null) {
            Ty t = fcx.exprs.block(i.then(), Ty.UNIT);
            if (!(fcx.icx.shallow(t) instanceof Ty.Never) && !fcx.icx.unify(t, Ty.UNIT)) {
                Expr tail = i.then().tail();
                fcx.cx.diags.add(Diagnostic.error("E0317", "`if` may be missing an `else` clause")
                        .primary(i.span(), "expected `" + fcx.show(t) + "`, found `()`").build());
            }
            fcx.popScope();
            return Ty.UNIT;
        }
        Merge m = new Merge(expected, i);
        Ty thenTy = fcx.exprs.block(i.then(), expected);
        fcx.popScope();
        Expr thenExprForAdj = i.then().tail();
        m.add(thenExprForAdj != null ? thenExprForAdj.id() : i.id(), thenExprForAdj != null ? thenExprForAdj.span() : i.then().span(), thenTy);
        // As rustc, each branch is checked against the `if`'s own expectation, not the first branch's type.
        Ty elseTy = fcx.exprs.check(i.elseBranch(), expected);
        Expr elseTail = i.elseBranch() instanceof Expr.BlockExpr be && be.block().tail() != null ? be.block().tail() : i.elseBranch();
        m.add(i.elseBranch().id(), elseTail.span(), elseTy);
        return m.result();
    }

    Ty whileExpr(Expr.While w) {
        fcx.pushScope();
        fcx.exprs.coerceTo(w.cond(), Ty.BOOL);
        FnCtxt.LoopCx loop = new FnCtxt.LoopCx(w.label() == null ? null : w.label().name(), null);
        loop.keyword = "while";
        loop.head = new Span(w.span().lo(), w.cond().span().hi());
        fcx.loops.push(loop);
        fcx.exprs.block(w.body(), Ty.UNIT);
        fcx.loops.pop();
        fcx.popScope();
        return Ty.UNIT;
    }

    Ty loopExpr(Expr.Loop l, Ty expected) {
        // as rustc, the loop's breaks coerce to the expected type, so a plain `break;` is the mismatch
        Ty target = expected == null || fcx.icx.shallow(expected) instanceof Ty.Infer || fcx.icx.shallow(expected) instanceof Ty.Never
                ? fcx.icx.fresh() : expected;
        FnCtxt.LoopCx cx = new FnCtxt.LoopCx(l.label() == null ? null : l.label().name(), target);
        fcx.loops.push(cx);
        Ty body = fcx.exprs.block(l.body(), Ty.UNIT);
        if (!(fcx.icx.shallow(body) instanceof Ty.Never)) fcx.icx.unify(body, Ty.UNIT);
        fcx.loops.pop();
        return cx.broke ? cx.breakTy : Ty.NEVER;
    }

    Ty forExpr(Expr.For f) {
        Ty iter = fcx.exprs.check(f.iter(), null);
        DefId into = fcx.cx.langTrait("IntoIterator");
        Ty item = Ty.ERROR;
        if (into != null) {
            fcx.selectPending(false);
            Ty s = fcx.icx.resolve(iter);
            if (!(s instanceof Ty.Error) && !fcx.implementsTrait(s, "IntoIterator", List.of())) {
                fcx.cx.diags.add(Diagnostic.error("E0277", "`" + s.display(fcx.cx.defs) + "` is not an iterator")
                        .primary(f.iter().span(), "`" + s.display(fcx.cx.defs) + "` is not an iterator").build());
            } else {
                fcx.require(s, into, List.of(), Map.of(), f.iter().span());
                item = fcx.normalize(new Ty.Projection(into, List.of(), "Item", s));
                DefId m = fcx.cx.defs.trait(into).methods().get("into_iter");
                if (m != null) fcx.tables.callees.put(f.id(), new TypeckResults.Callee(m, List.of(s)));
                Ty iterTy = fcx.normalize(new Ty.Projection(into, List.of(), "IntoIter", s));
                DefId iterator = fcx.cx.langTrait("Iterator");
                DefId next = iterator == null ? null : fcx.cx.defs.trait(iterator).methods().get("next");
                if (m != null && next != null) {
                    fcx.tables.forLoops.put(f.id(), new TypeckResults.ForLoop(new TypeckResults.Callee(m, List.of(s)),
                            iterTy, new TypeckResults.Callee(next, List.of(iterTy)), item));
                }
                fcx.selectPending(false);
            }
        }
        fcx.pushScope();
        fcx.pats.checkRoot(f.pattern(), item);
        FnCtxt.LoopCx loop = new FnCtxt.LoopCx(f.label() == null ? null : f.label().name(), null);
        loop.keyword = "for";
        loop.head = new Span(f.span().lo(), f.iter().span().hi());
        fcx.loops.push(loop);
        fcx.exprs.block(f.body(), Ty.UNIT);
        fcx.loops.pop();
        fcx.popScope();
        return Ty.UNIT;
    }

    Ty match(Expr.Match m, Ty expected) {
        Ty scrut = fcx.exprs.check(m.scrutinee(), null);
        Merge merge = new Merge(expected, m);
        for (Expr.MatchArm arm : m.arms()) {
            fcx.pushScope();
            fcx.pats.checkRoot(arm.pattern(), scrut);
            if (arm.guard() != null) fcx.exprs.coerceTo(arm.guard(), Ty.BOOL);
            Ty t = fcx.exprs.check(arm.body(), merge.current != null ? merge.current : expected);
            // after the body: a binding's later use there keeps the guard's borrow of it
            if (arm.guard() != null) GuardWrites.check(fcx, m.scrutinee(), arm.pattern(), arm.guard(), arm.body());
            Expr value = arm.body() instanceof Expr.BlockExpr be && be.block().tail() != null ? be.block().tail() : arm.body();
            merge.armIsBlock = arm.body() instanceof Expr.BlockExpr;
            merge.add(arm.body().id(), value.span(), t);
            fcx.popScope();
        }
        return merge.result();
    }

    /**
     * rustc's E0267 for a `break`/`continue` (without label) whose nearest enclosing body is a closure:
     * the closure's loops start empty, so a loop around the closure is no target. Reported here when true.
     */
    boolean insideClosure(String keyword, Span at) {
        FnCtxt.ClosureCx c = fcx.closures.peek();
        if (c == null) return false;
        fcx.cx.diags.add(Diagnostic.error("E0267", "`" + keyword + "` inside of a closure")
                .primary(at, "cannot `" + keyword + "` inside of a closure")
                .secondary(c.expr.head(), "enclosing closure").build());
        return true;
    }

    /**
     * rustc's E0695: an unlabelled `break`/`continue` whose innermost breakable context is a labelled
     * block (it would leave the block to reach an outer loop). Reported here when true.
     */
    boolean unlabelledInLabelledBlock(String keyword, Span at) {
        FnCtxt.LoopCx inner = fcx.loops.peek();
        if (inner == null || !inner.block) return false;
        fcx.error("E0695", "unlabeled `" + keyword + "` inside of a labeled block", at,
                "`" + keyword + "` statements that would diverge to or through a labeled block need to bear a label");
        return true;
    }

    Ty breakExpr(Expr.Break b) {
        if (b.label() == null && unlabelledInLabelledBlock("break", b.span())) {
            if (b.value() != null) fcx.exprs.check(b.value(), null);
            return Ty.NEVER;
        }
        FnCtxt.LoopCx target = null;
        for (FnCtxt.LoopCx l : fcx.loops) {
            if (b.label() == null ? !l.block : b.label().name().equals(l.label)) {
                target = l;
                break;
            }
        }
        if (target == null) {
            if (b.label() != null) fcx.error("E0426", "use of undeclared label `" + b.label().name() + "`", b.label().span(),
                    "undeclared label `" + b.label().name() + "`");
            else if (!insideClosure("break", b.span())) fcx.error("E0268", "`break` outside of a loop or labeled block", b.span(), "cannot `break` outside of a loop or labeled block");
            if (b.value() != null) fcx.exprs.check(b.value(), null);
            return Ty.NEVER;
        }
        target.broke = true;
        if (b.value() != null) {
            if (target.breakTy == null) {
                var d = Diagnostic.error("E0571", "`break` with value from a `" + target.keyword + "` loop")
                        .primary(b.span(), "can only break with a value inside `loop` or breakable block");
                if (target.head != null) {
                    d.secondary(target.head, "you can't `break` with a value in a `" + target.keyword + "` loop")
                            .suggestion("use `break` on its own without a value inside this `" + target.keyword + "` loop",
                                    new Span(b.label() != null ? b.label().span().hi() : b.span().lo() + "break".length(), b.value().span().hi()), "");
                }
                fcx.cx.diags.add(d.build());
                fcx.exprs.check(b.value(), null);
            } else fcx.exprs.coerceTo(b.value(), target.breakTy);
        } else if (target.breakTy != null && !fcx.icx.unify(target.breakTy, Ty.UNIT)) {
            fcx.mismatch(b.span(), target.breakTy, Ty.UNIT);
        }
        return Ty.NEVER;
    }

    Ty tryExpr(Expr.Try t) {
        Ty operand = fcx.icx.shallow(fcx.exprs.check(t.expr(), null));
        if (operand instanceof Ty.Infer) {
            fcx.selectPending(false);
            operand = fcx.icx.shallow(operand);
        }
        if (operand instanceof Ty.Error) return Ty.ERROR;
        LangItem li = fcx.solver.langOf(operand);
        Ty ret = fcx.returnTys.peek();
        if (li != LangItem.RESULT && li != LangItem.OPTION) {
            fcx.cx.diags.add(Diagnostic.error("E0277", "the `?` operator can only be applied to values that implement `Try`")
                    .primary(t.span(), "the `?` operator cannot be applied to type `" + fcx.show(operand) + "`").build());
            return Ty.ERROR;
        }
        Ty.Adt a = (Ty.Adt) operand;
        Ty r = fcx.icx.shallow(ret);
        if (r instanceof Ty.Infer) {
            List<Ty> args = li == LangItem.RESULT ? List.of(fcx.icx.fresh(), a.args().get(1)) : List.of(fcx.icx.fresh());
            fcx.icx.unify(r, new Ty.Adt(a.def(), args));
            r = fcx.icx.shallow(ret);
        }
        if (fcx.solver.langOf(r) != li) {
            String kind = li == LangItem.RESULT ? "Result" : "Option";
            fcx.cx.diags.add(Diagnostic.error("E0277", "the `?` operator can only be used in " + (fcx.closures.isEmpty()
                    ? "a function" : "a closure") + " that returns `Result` or `Option` (or another type that implements `FromResidual`)")
                    .primary(t.span(), "cannot use the `?` operator in " + (fcx.closures.isEmpty() ? "a function" : "a closure")
                            + " that returns `" + fcx.show(r) + "`").build());
            return a.args().get(0);
        }
        if (li == LangItem.RESULT) {
            Ty from = a.args().get(1);
            Ty to = ((Ty.Adt) r).args().get(1);
            DefId fromTrait = fcx.cx.langTrait("From");
            if (fromTrait != null) {
                fcx.require(to, fromTrait, List.of(from), Map.of(), t.span());
                DefId m = fcx.cx.defs.trait(fromTrait).methods().get("from");
                if (m != null) fcx.tables.callees.put(t.id(), new TypeckResults.Callee(m, List.of(to, from)));
            }
        }
        return a.args().get(0);
    }
}
