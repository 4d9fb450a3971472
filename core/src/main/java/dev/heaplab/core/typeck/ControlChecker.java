package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
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
        /** The value spans of the earlier branches that do not diverge, and their ids (where coercions go). */
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
                if (!fcx.coercion.coerce(id, t, current, span)) {
                    if (expected == null && fnPointerLub(id, span, t)) {
                        prior.add(span);
                        priorIds.add(id);
                        return;
                    }
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
         * rustc's least upper bound of two different function items or closures: a function pointer, each
         * branch coerced to it. A closure that captures is known only once bodies are analysed; then the
         * branches are incompatible as before (BodyChecker.capturingReified reports it).
         */
        private boolean fnPointerLub(dev.heaplab.core.syntax.NodeId id, Span span, Ty found) {
            Ty a = fcx.icx.shallow(current), b = fcx.icx.shallow(found);
            if (!(a instanceof Ty.FnDef || a instanceof Ty.Closure) || !(b instanceof Ty.FnDef || b instanceof Ty.Closure)) return false;
            dev.heaplab.core.types.FnSig sig = fcx.solver.callableSig(a);
            if (sig == null) return false;
            Ty ptr = new Ty.FnPtr(sig.inputs(), sig.output());
            int snap = fcx.icx.snapshot();
            var reifiedBefore = new java.util.HashSet<>(fcx.reifiedClosures.keySet());
            boolean ok = fcx.coercion.coerce(id, found, ptr, span);
            for (int k = 0; ok && k < priorIds.size(); k++) ok = fcx.coercion.coerce(priorIds.get(k), a, ptr, prior.get(k));
            List<dev.heaplab.core.types.DefId> closures = new ArrayList<>();
            for (var d : new ArrayList<>(fcx.reifiedClosures.keySet())) {
                if (reifiedBefore.contains(d)) continue;
                fcx.reifiedClosures.remove(d);
                closures.add(d);
            }
            if (!ok) {
                fcx.icx.rollback(snap);
                for (var pid : priorIds) fcx.tables.adjustments.remove(pid);
                fcx.tables.adjustments.remove(id);
                return false;
            }
            Ty was = current;
            List<Span> priorWas = List.copyOf(prior);
            if (!closures.isEmpty()) fcx.lubClosures.add(new FnCtxt.LubClosures(closures, () -> incompatible(span, was, priorWas, found)));
            current = ptr;
            return true;
        }

        private void incompatible(Span span, Ty found) { incompatible(span, current, prior, found); }

        private void incompatible(Span span, Ty current, List<Span> prior, Ty found) {
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
        LangItem returned = fcx.solver.langOf(r);
        if ((returned == LangItem.RESULT || returned == LangItem.OPTION) && returned != li) {
            wrongTryKind(t, li == LangItem.RESULT, r);
            return a.args().get(0);
        }
        if (returned != li) {
            fcx.cx.diags.add(Diagnostic.error("E0277", "the `?` operator can only be used in " + (fcx.closures.isEmpty()
                    ? "a function" : "a closure") + " that returns `Result` or `Option` (or another type that implements `FromResidual`)")
                    .primary(new Span(t.span().hi() - 1, t.span().hi()), "cannot use the `?` operator in " + (fcx.closures.isEmpty() ? "a function" : "a closure")
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

    /**
     * `?` on a `Result` in a body returning `Option`, or the reverse: rustc's wording, at the `?`,
     * with the signature that returns the other kind.
     */
    private void wrongTryKind(Expr.Try t, boolean onResult, Ty returned) {
        String body = !fcx.closures.isEmpty() ? "closure" : "function";
        Span signature = null;
        if (!fcx.closures.isEmpty()) {
            signature = fcx.closures.peek().expr.head();
        } else if (fcx.cx.defs.fn(fcx.owner) instanceof FnDef f && f.decl() != null && f.decl().ret() != null) {
            if (f.decl().selfParam() != null) body = "method";
            signature = new Span(f.decl().vis().span().lo(), f.decl().ret().span().hi());
        }
        String on = onResult ? "`Option`s, not `Result`s" : "`Result`s, not `Option`s";
        String fnKind = onResult ? "`Option`" : "`Result`";
        var d = Diagnostic.error("E0277", "the `?` operator can only be used on " + on + ", in a " + body + " that returns " + fnKind)
                .primary(new Span(t.span().hi() - 1, t.span().hi()), onResult
                        ? "use `.ok()?` if you want to discard the `Result<Infallible, _>` error information"
                        : "use `.ok_or(...)?` to provide an error compatible with `" + fcx.show(returned) + "`");
        if (signature != null) d.secondary(signature, "this function returns " + (onResult ? "an `Option`" : "a `Result`"));
        fcx.cx.diags.add(d.build());
    }
}
