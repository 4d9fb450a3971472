package dev.heaplab.core.lower;

import dev.heaplab.core.mir.Body;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Ident;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.typeck.TypeckResults;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.math.BigInteger;
import java.util.List;

/**
 * Lowers blocks, statements and control flow.
 * Drop scopes follow edition 2024: an expression statement's temporaries die at its `;`; a `let`
 * initialiser's temporaries die at the end of the `let` unless directly borrowed (`let r = &f();`
 * extends them to the block); a block tail's temporaries die before the block's locals; `if`
 * conditions (including `if let` scrutinees) drop their temporaries before the `else` branch.
 */
final class ControlFlow {
    private final LowerCx cx;

    ControlFlow(LowerCx cx) { this.cx = cx; }

    void blockExpr(Place dest, Expr.BlockExpr b) {
        if (b.label() == null) {
            block(dest, b.block());
            return;
        }
        BlockId exit = cx.cfg.newBlock();
        cx.scopes.pushBreakable(new Scopes.Breakable(b.label().name(), exit, null, dest, cx.scopes.depth(), false));
        block(dest, b.block());
        cx.scopes.popBreakable();
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(exit, b.span());
        cx.cfg.switchTo(exit);
    }

    void block(Place dest, Stmt.Block b) {
        cx.scopes.push(b.span());
        int blockScope = cx.scopes.depth() - 1;
        for (Stmt s : b.stmts()) statement(s, blockScope);
        Span end = closingBrace(b.span());
        if (b.tail() != null) {
            cx.scopes.push(b.tail().span());
            cx.exprs.into(dest, b.tail());
            cx.scopes.pop(end);
        } else if (cx.cfg.reachable()) {
            cx.assign(end, dest, new Rvalue.Use(LowerCx.unit()));
        }
        cx.scopes.pop(end);
    }

    private void statement(Stmt s, int blockScope) {
        switch (s) {
            case Stmt.Let l -> let(l, blockScope);
            case Stmt.ExprStmt e -> {
                cx.scopes.push(e.span());
                cx.exprs.discard(e.expr());
                cx.scopes.pop(e.span().shrinkToHi());
            }
            case Stmt.ItemStmt i -> { }
            case Stmt.Empty e -> { }
        }
    }

    private void let(Stmt.Let l, int blockScope) {
        Span span = l.span();
        Pattern pat = l.pattern();
        if (l.init() == null) {
            cx.patterns.declareOnly(pat, blockScope);
            return;
        }
        markExtending(l.init(), blockScope);
        if (l.elseBlock() == null && pat instanceof Pattern.Binding b && b.sub() == null
                && cx.results.pathRes(b.id()) == null && cx.results.bindingMode(b.id()) == dev.heaplab.core.typeck.BindingMode.BY_VALUE
                && cx.results.patternAdjustments(b.id()).isEmpty()) {
            Local local = cx.declareBinding(b.id(), b.name().name(), b.mutable(), cx.ty(b.id()), b.span(), blockScope);
            if (l.init() instanceof Expr.AddrOf a && !placeExpr(a.operand()) && cx.results.adjustments(a.id()).isEmpty()
                    && (a.mutable() || !cx.promotion.promotable(a.operand()))) {
                // Temporary lifetime extension: `let r = &make();` keeps the temporary until the block ends.
                Local ext = cx.cfg.newTemp(cx.adjustedTy(a.operand()), a.operand().span());
                cx.cfg.push(new Statement.StorageLive(span, ext));
                cx.scopes.scheduleIn(blockScope, ext, cx.facts.mayNeedDrop(cx.adjustedTy(a.operand())), span);
                cx.scopes.push(span);
                cx.exprs.into(Place.of(ext), a.operand());
                cx.assign(span, Place.of(local), new Rvalue.Ref(a.mutable() ? Rvalue.BorrowKind.MUT
                        : Rvalue.BorrowKind.SHARED, Place.of(ext)));
                cx.scopes.pop(span.shrinkToHi());
                return;
            }
            if (cx.extendedOperands.isEmpty()) {
                cx.scopes.push(span);
                cx.exprs.into(Place.of(local), l.init());
                cx.scopes.pop(span.shrinkToHi());
                return;
            }
            // Temporaries extended by this `let` are dropped after the variable: schedule it after them.
            cx.scopes.unschedule(blockScope, local);
            cx.scopes.push(span);
            cx.exprs.into(Place.of(local), l.init());
            cx.scopes.pop(span.shrinkToHi());
            cx.scopes.scheduleIn(blockScope, local, cx.facts.mayNeedDrop(cx.ty(b.id())), b.span());
            return;
        }
        cx.scopes.push(span);
        // The initialiser's temporary lives to the end of the block only if a `ref` binding borrows from it.
        int tempScope = cx.patterns.bindsByRef(pat) ? blockScope : cx.scopes.depth() - 1;
        Place scrut = placeExpr(l.init()) ? cx.exprs.place(l.init()) : tempFor(l.init(), tempScope);
        // `let _ = r;` mentions `r`: its borrows stay live up to here, as in rustc.
        if (placeExpr(l.init())) cx.cfg.push(new Statement.PlaceMention(l.init().span(), scrut));
        Ty ty = cx.adjustedTy(l.init());
        if (l.elseBlock() != null) {
            BlockId fail = cx.cfg.newBlock();
            cx.patterns.readsAt(l.init().span(), pat.span());
            cx.patterns.test(pat, scrut, ty, fail);
            BlockId ok = cx.cfg.current();
            cx.cfg.switchTo(fail);
            cx.scopes.exitTo(cx.scopes.depth() - 1, l.elseBlock().span());
            Local never = cx.cfg.newTemp(Ty.NEVER, l.elseBlock().span());
            block(Place.of(never), l.elseBlock());
            if (cx.cfg.reachable()) cx.cfg.terminate(new Terminator.Unreachable(l.elseBlock().span()));
            cx.cfg.switchTo(ok);
        } else if (cx.patterns.hasOrWithBindings(pat)) {
            // `let (Ok(x) | Err(x)) = r;`: irrefutable, but which alternative matched says where `x` comes from
            BlockId never = cx.cfg.newBlock();
            cx.patterns.test(pat, scrut, ty, never);
            BlockId ok = cx.cfg.current();
            cx.cfg.switchTo(never);
            cx.cfg.terminate(new Terminator.Unreachable(pat.span()));
            cx.cfg.switchTo(ok);
        }
        cx.patterns.bind(pat, scrut, ty, blockScope, false);
        cx.scopes.pop(span.shrinkToHi());
    }

    /**
     * Temporary lifetime extension: in `let x = E;`, the operand of `&` in E, or in a tuple, array,
     * struct literal, cast or block tail that E is, lives until the end of the block (rustc's rules).
     */
    private void markExtending(Expr e, int blockScope) {
        cx.extendScope = blockScope;
        switch (e) {
            case Expr.AddrOf a -> {
                if (!placeExpr(a.operand())) cx.extendedOperands.add(a.operand().id());
                else markPlaceBase(a.operand());
                markExtending(a.operand(), blockScope);
            }
            case Expr.Tuple t -> t.elems().forEach(x -> markExtending(x, blockScope));
            case Expr.Array a -> a.elems().forEach(x -> markExtending(x, blockScope));
            case Expr.StructLit sl -> sl.fields().forEach(f -> markExtending(f.value(), blockScope));
            case Expr.Paren p -> markExtending(p.inner(), blockScope);
            case Expr.Cast c -> markExtending(c.expr(), blockScope);
            case Expr.BlockExpr b -> { if (b.block().tail() != null) markExtending(b.block().tail(), blockScope); }
            // the arguments of a tuple struct or variant constructor (`Some(&temp())`), and the arms of
            // an `if`/`else` or a `match` (`if c { &a() } else { &b() }`) extend as well (Rust 1.79+)
            case Expr.Call c -> {
                if (c.callee() instanceof Expr.PathExpr p && cx.results.pathRes(p.id()) instanceof Res.Ctor) {
                    c.args().forEach(x -> markExtending(x, blockScope));
                }
            }
            case Expr.If i -> {
                if (i.then().tail() != null) markExtending(i.then().tail(), blockScope);
                if (i.elseBranch() != null) markExtending(i.elseBranch(), blockScope);
            }
            case Expr.Match m -> m.arms().forEach(a -> markExtending(a.body(), blockScope));
            default -> { }
        }
    }

    /**
     * The value under an extending borrow of a place (`&temp()[1..]`, `&temp().field`, `&*temp()`) is
     * extended too: rustc extends the operand of a field, deref or index expression whose scope is.
     */
    private void markPlaceBase(Expr e) {
        Expr base = switch (e) {
            case Expr.Paren p -> p.inner();
            case Expr.Field f -> f.base();
            case Expr.Index i -> i.base();
            case Expr.Unary u when u.op() == Expr.UnOp.DEREF -> u.operand();
            default -> null;
        };
        if (base == null) return;
        if (placeExpr(base)) markPlaceBase(base);
        else cx.extendedOperands.add(base.id());
    }

    /** Evaluates an initialiser whose value is destructured into a temporary living as long as the block. */
    private Place tempFor(Expr init, int blockScope) {
        Ty ty = cx.adjustedTy(init);
        Local t = cx.cfg.newTemp(ty, init.span());
        cx.cfg.push(new Statement.StorageLive(init.span(), t));
        cx.scopes.scheduleIn(blockScope, t, cx.facts.mayNeedDrop(ty), init.span());
        cx.exprs.into(Place.of(t), init);
        return Place.of(t);
    }

    /**
     * As {@link #isPlaceExpr}, with a path to a `const`, a function or a constructor a value
     * expression: `let m = &mut LIMITS;` borrows an extended temporary holding the constant.
     */
    boolean placeExpr(Expr e) {
        return switch (e) {
            case Expr.PathExpr p -> cx.results.pathRes(p.id()) instanceof Res.Local || cx.results.pathRes(p.id()) instanceof Res.Static;
            case Expr.Paren p -> placeExpr(p.inner());
            default -> isPlaceExpr(e);
        };
    }

    static boolean isPlaceExpr(Expr e) {
        return switch (e) {
            case Expr.PathExpr p -> true;
            case Expr.Field f -> true;
            case Expr.Index i -> true;
            case Expr.Unary u -> u.op() == Expr.UnOp.DEREF;
            case Expr.Paren p -> isPlaceExpr(p.inner());
            default -> false;
        };
    }

    /** Emits a condition: falls through when true, jumps to {@code onFalse} when false. */
    void cond(Expr c, BlockId onFalse, int bindScope) {
        switch (c) {
            case Expr.Binary b when b.op() == Expr.BinOp.AND && containsLet(b) -> {
                cond(b.lhs(), onFalse, bindScope);
                cond(b.rhs(), onFalse, bindScope);
            }
            case Expr.Let l -> {
                Place scrut = cx.exprs.place(l.scrutinee());
                Ty ty = cx.adjustedTy(l.scrutinee());
                cx.cfg.push(new Statement.PlaceMention(l.scrutinee().span(), scrut));
                cx.patterns.readsAt(l.scrutinee().span(), l.pattern().span());
                cx.patterns.test(l.pattern(), scrut, ty, onFalse);
                cx.patterns.bind(l.pattern(), scrut, ty, bindScope, false);
            }
            case Expr.Paren p -> cond(p.inner(), onFalse, bindScope);
            default -> {
                // A boolean condition is a terminating scope: its temporaries die before either branch runs.
                Local flag = cx.temp(Ty.BOOL, c.span());
                cx.scopes.push(c.span());
                cx.exprs.into(Place.of(flag), c);
                cx.scopes.pop(c.span());
                BlockId next = cx.cfg.newBlock();
                cx.cfg.terminate(new Terminator.SwitchInt(c.span(), new Operand.Copy(Place.of(flag)),
                        List.of(BigInteger.ZERO), List.of(onFalse), next));
                cx.cfg.switchTo(next);
            }
        }
    }

    private static boolean containsLet(Expr e) {
        return switch (e) {
            case Expr.Let l -> true;
            case Expr.Binary b when b.op() == Expr.BinOp.AND -> containsLet(b.lhs()) || containsLet(b.rhs());
            case Expr.Paren p -> containsLet(p.inner());
            default -> false;
        };
    }

    void ifExpr(Place dest, Expr.If i) {
        int depth = cx.scopes.depth();
        cx.scopes.push(i.cond().span());
        BlockId elseB = cx.cfg.newBlock();
        BlockId join = cx.cfg.newBlock();
        cond(i.cond(), elseB, depth);
        block(dest, i.then());
        cx.scopes.exitTo(depth, i.then().span().shrinkToHi());
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(join, i.span());
        cx.cfg.switchTo(elseB);
        cx.scopes.exitTo(depth, i.then().span().shrinkToHi());
        cx.scopes.discard();
        if (i.elseBranch() != null) cx.exprs.into(dest, i.elseBranch());
        else cx.assign(i.span(), dest, new Rvalue.Use(LowerCx.unit()));
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(join, i.span());
        cx.cfg.switchTo(join);
    }

    void lazyBool(Place dest, Expr.Binary b) {
        boolean isAnd = b.op() == Expr.BinOp.AND;
        BlockId shortCircuit = cx.cfg.newBlock();
        BlockId join = cx.cfg.newBlock();
        // Both operands are terminating scopes (as in rustc): their temporaries die before the other runs.
        Local flag = cx.temp(Ty.BOOL, b.lhs().span());
        cx.scopes.push(b.lhs().span());
        cx.exprs.into(Place.of(flag), b.lhs());
        cx.scopes.pop(b.lhs().span());
        Operand l = new Operand.Copy(Place.of(flag));
        BlockId evalRhs = cx.cfg.newBlock();
        // && : false short-circuits; || : true short-circuits.
        cx.cfg.terminate(new Terminator.SwitchInt(b.span(), l, List.of(BigInteger.ZERO),
                List.of(isAnd ? shortCircuit : evalRhs), isAnd ? evalRhs : shortCircuit));
        cx.cfg.switchTo(shortCircuit);
        cx.assign(b.span(), dest, new Rvalue.Use(LowerCx.constBool(!isAnd)));
        cx.cfg.gotoBlock(join, b.span());
        cx.cfg.switchTo(evalRhs);
        cx.scopes.push(b.rhs().span());
        cx.exprs.into(dest, b.rhs());
        cx.scopes.pop(b.rhs().span());
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(join, b.span());
        cx.cfg.switchTo(join);
    }

    void loopExpr(Place dest, Expr.Loop l) {
        BlockId head = cx.cfg.newBlock();
        BlockId exit = cx.cfg.newBlock();
        cx.cfg.gotoAndSwitch(head, l.span());
        cx.cfg.loops.add(new Body.Loop(l.span(), l.span()));
        cx.scopes.pushBreakable(new Scopes.Breakable(label(l.label()), exit, head, dest, cx.scopes.depth(), true));
        Local body = cx.cfg.newTemp(Ty.UNIT, l.body().span());
        block(Place.of(body), l.body());
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(head, l.span());
        cx.scopes.popBreakable();
        cx.cfg.switchTo(exit);
    }

    void whileExpr(Place dest, Expr.While w) {
        BlockId head = cx.cfg.newBlock();
        BlockId exit = cx.cfg.newBlock();
        cx.cfg.gotoAndSwitch(head, w.span());
        cx.cfg.loops.add(new Body.Loop(w.span(), w.span()));
        cx.scopes.pushBreakable(new Scopes.Breakable(label(w.label()), exit, head, dest, cx.scopes.depth(), true));
        int depth = cx.scopes.depth();
        cx.scopes.push(w.cond().span());
        BlockId onFalse = cx.cfg.newBlock();
        cond(w.cond(), onFalse, depth);
        Local body = cx.cfg.newTemp(Ty.UNIT, w.body().span());
        block(Place.of(body), w.body());
        cx.scopes.exitTo(depth, w.body().span().shrinkToHi());
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(head, w.span());
        cx.cfg.switchTo(onFalse);
        cx.scopes.exitTo(depth, w.span());
        cx.scopes.discard();
        cx.assign(w.span(), dest, new Rvalue.Use(LowerCx.unit()));
        cx.cfg.gotoBlock(exit, w.span());
        cx.scopes.popBreakable();
        cx.cfg.switchTo(exit);
    }

    /** `for pat in iter { body }` as `let mut it = into_iter(iter); loop { match next(&mut it) { Some(pat) => body, None => break } }`. */
    void forExpr(Place dest, Expr.For f) {
        TypeckResults.ForLoop fl = cx.results.forLoop(f.id());
        if (fl == null) { cx.unsupported(f.span(), "this `for` loop"); return; }
        Span span = f.span();
        cx.cfg.loops.add(new Body.Loop(span, new Span(f.iter().span().hi(), span.hi())));
        int outer = cx.scopes.depth();
        cx.scopes.push(span);
        Local it = cx.cfg.newTemp(fl.iterTy(), f.iter().span());
        cx.cfg.push(new Statement.StorageLive(span, it));
        cx.scopes.schedule(it, cx.facts.mayNeedDrop(fl.iterTy()), span);
        cx.exprs.emitCall(Place.of(it), LowerCx.fnOperand(fl.intoIter().fn(), fl.intoIter().args()),
                List.of(cx.exprs.operand(f.iter())), f.iter().span());
        BlockId head = cx.cfg.newBlock();
        BlockId exit = cx.cfg.newBlock();
        cx.cfg.gotoAndSwitch(head, span);
        cx.scopes.pushBreakable(new Scopes.Breakable(label(f.label()), exit, head, dest, cx.scopes.depth(), true));
        int iterDepth = cx.scopes.depth();
        cx.scopes.push(span);
        Ty optTy = optionOf(fl.itemTy());
        Local next = cx.temp(optTy, f.iter().span());
        Operand itRef = cx.exprs.refTo(Place.of(it), fl.iterTy(), true, f.iter().span());
        cx.exprs.emitCall(Place.of(next), LowerCx.fnOperand(fl.next().fn(), fl.next().args()), List.of(itRef),
                f.iter().span());
        AdtDef option = cx.defs.adt(((Ty.Adt) optTy).def());
        int some = option.variantIndex("Some");
        Local discr = cx.temp(new Ty.Int(dev.heaplab.core.types.IntTy.ISIZE), span);
        cx.assign(span, Place.of(discr), new Rvalue.Discriminant(Place.of(next)));
        BlockId body = cx.cfg.newBlock();
        BlockId done = cx.cfg.newBlock();
        // `None => break` first, as rustc's desugaring (the order of successors decides which of
        // several uses the borrow checker reports first).
        int none = option.variantIndex("None");
        cx.cfg.terminate(new Terminator.SwitchInt(span, new Operand.Copy(Place.of(discr)),
                List.of(BigInteger.valueOf(option.variants().get(none).discriminant())), List.of(done), body));
        cx.cfg.switchTo(body);
        Place item = Place.of(next).project(new Place.Projection.Downcast(some, "Some")).field(0, fl.itemTy());
        cx.patterns.bind(f.pattern(), item, fl.itemTy(), iterDepth, false);
        Local unit = cx.cfg.newTemp(Ty.UNIT, f.body().span());
        block(Place.of(unit), f.body());
        cx.scopes.exitTo(iterDepth, f.body().span().shrinkToHi());
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(head, span);
        cx.cfg.switchTo(done);
        cx.scopes.exitTo(iterDepth, span);
        cx.scopes.discard();
        cx.scopes.popBreakable();
        cx.assign(span, dest, new Rvalue.Use(LowerCx.unit()));
        cx.cfg.gotoBlock(exit, span);
        cx.cfg.switchTo(exit);
        cx.scopes.pop(span.shrinkToHi());
        if (cx.scopes.depth() != outer) cx.unsupported(span, "internal scope mismatch in `for`");
    }

    private Ty optionOf(Ty item) {
        AdtDef option = cx.defs.langAdt(dev.heaplab.core.types.LangItem.OPTION);
        return new Ty.Adt(option.id(), List.of(item));
    }

    private static String label(Ident l) { return l == null ? null : l.name(); }

    void match(Place dest, Expr.Match m) {
        Place scrut = cx.exprs.place(m.scrutinee());
        Ty ty = cx.adjustedTy(m.scrutinee());
        cx.cfg.push(new Statement.PlaceMention(m.scrutinee().span(), scrut));
        BlockId join = cx.cfg.newBlock();
        for (Expr.MatchArm arm : m.arms()) {
            BlockId next = cx.cfg.newBlock();
            int depth = cx.scopes.depth();
            cx.scopes.push(arm.span());
            cx.patterns.readsAt(m.scrutinee().span(), m.span().shrinkToLo().to(m.scrutinee().span()));
            cx.patterns.test(arm.pattern(), scrut, ty, next);
            if (arm.guard() != null) {
                // Bind with bitwise copies for the guard; move for real only once it holds.
                cx.patterns.bind(arm.pattern(), scrut, ty, depth, true);
                BlockId guardFail = cx.cfg.newBlock();
                cx.scopes.push(arm.guard().span());
                cx.patterns.guardRefs(arm.pattern(), scrut, ty);
                cond(arm.guard(), guardFail, depth + 1);
                cx.guardRefs.clear();
                cx.scopes.exitTo(depth + 1, arm.guard().span());
                BlockId holds = cx.cfg.current();
                cx.cfg.switchTo(guardFail);
                cx.scopes.exitTo(depth + 1, arm.guard().span());
                cx.scopes.discard();
                cx.scopes.exitInnermostWithoutDrops(arm.guard().span());
                cx.cfg.gotoBlock(next, arm.span());
                cx.cfg.switchTo(holds);
                cx.patterns.rebindMoves(arm.pattern(), scrut, ty);
                armInto(dest, m, arm.body());
                cx.scopes.pop(arm.body().span().shrinkToHi());
                if (cx.cfg.reachable()) cx.cfg.gotoBlock(join, arm.span());
            } else {
                cx.patterns.bind(arm.pattern(), scrut, ty, depth, false);
                armInto(dest, m, arm.body());
                cx.scopes.pop(arm.body().span().shrinkToHi());
                if (cx.cfg.reachable()) cx.cfg.gotoBlock(join, arm.span());
            }
            cx.cfg.switchTo(next);
        }
        cx.cfg.terminate(new Terminator.Unreachable(m.span()));
        cx.cfg.switchTo(join);
    }

    /**
     * An arm's value; for a returned match of reference type, through a temporary moved to the
     * return place at the match's span (rustc reborrows the whole match there), unless the arm is
     * itself a block or branch, whose own tails rustc blames.
     */
    private void armInto(Place dest, Expr.Match m, Expr body) {
        boolean branching = body instanceof Expr.BlockExpr || body instanceof Expr.If || body instanceof Expr.Match
                || body instanceof Expr.Loop || body instanceof Expr.Return || body instanceof Expr.Break
                || body instanceof Expr.Continue;
        Ty ty = cx.ty(m.id());
        if (branching || !dest.equals(Place.of(Local.RETURN)) || !cx.returnedMatches.contains(m.id()) || !(ty instanceof Ty.Ref)) {
            cx.exprs.into(dest, body);
            return;
        }
        Local t = cx.temp(ty, body.span());
        cx.exprs.into(Place.of(t), body);
        if (cx.cfg.reachable()) cx.assign(m.span(), dest, new Rvalue.Use(new Operand.Move(Place.of(t))));
    }

    void breakExpr(Expr.Break b) {
        Scopes.Breakable target = cx.scopes.findBreakable(label(b.label()), false);
        if (target == null) { cx.unsupported(b.span(), "`break` outside of a loop"); return; }
        if (b.value() != null) cx.exprs.into(target.breakDest(), b.value());
        else cx.assign(b.span(), target.breakDest(), new Rvalue.Use(LowerCx.unit())); // a labelled block's `()` too
        cx.scopes.exitTo(target.depth(), b.span());
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(target.breakTarget(), b.span());
    }

    void continueExpr(Expr.Continue c) {
        Scopes.Breakable target = cx.scopes.findBreakable(label(c.label()), true);
        if (target == null) { cx.unsupported(c.span(), "`continue` outside of a loop"); return; }
        cx.scopes.exitTo(target.depth(), c.span());
        if (cx.cfg.reachable()) cx.cfg.gotoBlock(target.continueTarget(), c.span());
    }

    void returnExpr(Expr.Return r) {
        Place ret = Place.of(Local.RETURN);
        if (r.value() instanceof Expr.Match m && !cx.inClosure) cx.returnedMatches.add(m.id());
        if (r.value() != null) cx.exprs.into(ret, r.value());
        else cx.assign(r.span(), ret, new Rvalue.Use(LowerCx.unit()));
        emitReturn(r.span());
    }

    void emitReturn(Span span) {
        cx.scopes.exitTo(0, span);
        if (cx.cfg.reachable()) cx.cfg.terminate(new Terminator.Return(span));
    }

    /** `e?` on Result (with `From::from` on the error) and Option. */
    void tryExpr(Place dest, Expr.Try t) {
        Span span = t.span();
        Place p = cx.exprs.place(t.expr());
        Ty ty = cx.adjustedTy(t.expr());
        if (!(ty instanceof Ty.Adt adtTy)) { cx.unsupported(span, "`?` on this type"); return; }
        AdtDef adt = cx.defs.adt(adtTy.def());
        boolean isResult = adt.lang() == dev.heaplab.core.types.LangItem.RESULT;
        int okV = adt.variantIndex(isResult ? "Ok" : "Some");
        int errV = adt.variantIndex(isResult ? "Err" : "None");
        Local discr = cx.temp(new Ty.Int(dev.heaplab.core.types.IntTy.ISIZE), span);
        cx.assign(span, Place.of(discr), new Rvalue.Discriminant(p));
        BlockId okB = cx.cfg.newBlock();
        BlockId errB = cx.cfg.newBlock();
        cx.cfg.terminate(new Terminator.SwitchInt(span, new Operand.Copy(Place.of(discr)),
                List.of(BigInteger.valueOf(adt.variants().get(okV).discriminant())), List.of(okB), errB));
        cx.cfg.switchTo(errB);
        Ty ret = cx.returnTy;
        if (!(ret instanceof Ty.Adt retAdt)) { cx.unsupported(span, "`?` in a function not returning Result or Option"); return; }
        Place retPlace = Place.of(Local.RETURN);
        if (isResult) {
            Ty errTy = TySubst.subst(adt.variants().get(errV).fields().get(0).ty(), adtTy.args());
            Operand err = cx.use(p.project(new Place.Projection.Downcast(errV, "Err")).field(0, errTy), errTy);
            TypeckResults.Callee from = cx.results.callee(t.id());
            if (from != null) {
                Ty target = retAdt.args().size() > 1 ? retAdt.args().get(1) : errTy;
                Local conv = cx.temp(target, span);
                cx.exprs.emitCall(Place.of(conv), LowerCx.fnOperand(from.fn(), from.args()), List.of(err), span);
                err = new Operand.Move(Place.of(conv));
            }
            cx.assign(span, retPlace, new Rvalue.Aggregate(new Rvalue.AggregateKind.Adt(retAdt.def(),
                    cx.defs.adt(retAdt.def()).variantIndex("Err"), retAdt.args()), List.of(err)));
        } else {
            cx.assign(span, retPlace, new Rvalue.Aggregate(new Rvalue.AggregateKind.Adt(retAdt.def(),
                    cx.defs.adt(retAdt.def()).variantIndex("None"), retAdt.args()), List.of()));
        }
        emitReturn(span);
        cx.cfg.switchTo(okB);
        Ty okTy = cx.ty(t.id());
        cx.assign(span, dest, new Rvalue.Use(cx.use(p.project(new Place.Projection.Downcast(okV, isResult ? "Ok" : "Some"))
                .field(0, okTy), okTy)));
    }

    /** The `}` ending a block: where its locals are dropped, as rustc points at it. */
    static Span closingBrace(Span block) { return new Span(Math.max(block.lo(), block.hi() - 1), block.hi()); }

    static Ty refTy(Ty t, boolean mutable) { return new Ty.Ref(Region.ERASED, mutable, t); }
}
