package dev.heaplab.core.typeck;

import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.ClosureDef;
import java.util.HashMap;
import java.util.Map;

/**
 * Classifies how a closure uses each captured variable, once types are known.
 * Rules: a place that is assigned, `&mut`-borrowed, or auto-borrowed mutably by a method call is a
 * mutable use; a value of non-Copy type read by value is a move; any other read is a shared use.
 * Modes: `move` closures capture by value; others by the strongest use (move > mutable > shared).
 * Kind: FnOnce if a captured variable is moved out, else FnMut if one is used mutably, else Fn.
 */
final class CaptureAnalysis {
    enum Use { SHARED, MUT, MOVE }

    private final FnCtxt fcx;
    private final Map<NodeId, Use> uses = new HashMap<>();
    private final Map<NodeId, FnCtxt.LocalVar> captured;

    CaptureAnalysis(FnCtxt fcx, Map<NodeId, FnCtxt.LocalVar> captured) {
        this.fcx = fcx;
        this.captured = captured;
    }

    ClosureDef.Kind analyze(Expr body) {
        value(body);
        Use strongest = Use.SHARED;
        for (Use u : uses.values()) if (u.ordinal() > strongest.ordinal()) strongest = u;
        return switch (strongest) {
            case MOVE -> ClosureDef.Kind.FN_ONCE;
            case MUT -> ClosureDef.Kind.FN_MUT;
            case SHARED -> ClosureDef.Kind.FN;
        };
    }

    ClosureDef.CaptureMode mode(NodeId binding, boolean isMove) {
        if (isMove) return ClosureDef.CaptureMode.BY_VALUE;
        return switch (uses.getOrDefault(binding, Use.SHARED)) {
            case MOVE -> ClosureDef.CaptureMode.BY_VALUE;
            case MUT -> ClosureDef.CaptureMode.BY_MUT_REF;
            case SHARED -> ClosureDef.CaptureMode.BY_REF;
        };
    }

    private void note(NodeId binding, Use u) {
        if (!captured.containsKey(binding)) return;
        Use old = uses.get(binding);
        if (old == null || u.ordinal() > old.ordinal()) uses.put(binding, u);
    }

    /** An expression whose value is used (moved or copied). */
    private void value(Expr e) {
        if (e == null) return;
        if (isPlace(e)) {
            var t = fcx.tables.types.get(e.id());
            boolean copy = t == null || fcx.isCopy(fcx.icx.resolve(t));
            place(e, copy ? Use.SHARED : Use.MOVE);
            return;
        }
        switch (e) {
            case Expr.AddrOf a -> place(a.operand(), a.mutable() ? Use.MUT : Use.SHARED);
            case Expr.Assign a -> { place(a.lhs(), Use.MUT); value(a.rhs()); }
            case Expr.CompoundAssign c -> { place(c.lhs(), Use.MUT); value(c.rhs()); }
            case Expr.MethodCall m -> {
                Use u = Use.SHARED;
                boolean byValue = true;
                for (Adjustment a : fcx.tables.adjustments.getOrDefault(m.receiver().id(), java.util.List.of())) {
                    if (a instanceof Adjustment.Borrow b) { u = b.mutable() ? Use.MUT : Use.SHARED; byValue = false; }
                }
                if (byValue) value(m.receiver());
                else place(m.receiver(), u);
                m.args().forEach(this::value);
            }
            case Expr.Lit l -> { }
            case Expr.PathExpr p -> { }
            case Expr.Unary u -> value(u.operand());
            case Expr.Binary b -> {
                if (fcx.tables.callees.containsKey(b.id()) && b.op().isComparison()) {
                    place(b.lhs(), Use.SHARED);
                    place(b.rhs(), Use.SHARED);
                } else { value(b.lhs()); value(b.rhs()); }
            }
            case Expr.Call c -> { value(c.callee()); c.args().forEach(this::value); }
            case Expr.Field f -> value(f.base());
            case Expr.Index i -> { value(i.base()); value(i.index()); }
            case Expr.Tuple t -> t.elems().forEach(this::value);
            case Expr.Paren p -> value(p.inner());
            case Expr.Array a -> a.elems().forEach(this::value);
            case Expr.ArrayRepeat r -> { value(r.elem()); value(r.count()); }
            case Expr.StructLit s -> { s.fields().forEach(f -> value(f.value())); value(s.base()); }
            case Expr.Range r -> { value(r.start()); value(r.end()); }
            case Expr.Cast c -> value(c.expr());
            case Expr.BlockExpr b -> block(b.block());
            case Expr.Let l -> place(l.scrutinee(), Use.SHARED);
            case Expr.If i -> { value(i.cond()); block(i.then()); value(i.elseBranch()); }
            case Expr.While w -> { value(w.cond()); block(w.body()); }
            case Expr.Loop l -> block(l.body());
            case Expr.For f -> { value(f.iter()); block(f.body()); }
            case Expr.Match m -> {
                place(m.scrutinee(), Use.SHARED);
                for (Expr.MatchArm a : m.arms()) { value(a.guard()); value(a.body()); }
            }
            case Expr.Closure c -> {
                for (ClosureDef cd : fcx.cx.defs.closures()) {
                    if (cd.expr() != c) continue;
                    for (ClosureDef.Capture cap : cd.captures()) {
                        note(cap.binding(), switch (cap.mode()) {
                            case BY_VALUE -> fcx.isCopy(cap.ty()) ? Use.SHARED : Use.MOVE;
                            case BY_MUT_REF -> Use.MUT;
                            case BY_REF -> Use.SHARED;
                        });
                    }
                }
            }
            case Expr.Break b -> value(b.value());
            case Expr.Continue c -> { }
            case Expr.Return r -> value(r.value());
            case Expr.Try t -> value(t.expr());
            case Expr.MacroCall m -> {
                boolean fmt = fcx.tables.formatArgs.containsKey(m.id());
                for (Expr.MacroArg a : m.args()) {
                    if (fmt || m.name().name().startsWith("assert")) place(a.value(), Use.SHARED);
                    else value(a.value());
                }
                value(m.guard());
            }
        }
    }

    private void block(Stmt.Block b) {
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Let l -> {
                    value(l.init());
                    if (l.elseBlock() != null) block(l.elseBlock());
                }
                case Stmt.ExprStmt es -> value(es.expr());
                case Stmt.ItemStmt it -> { }
                case Stmt.Empty em -> { }
            }
        }
        value(b.tail());
    }

    private static boolean isPlace(Expr e) {
        return switch (e) {
            case Expr.PathExpr p -> true;
            case Expr.Field f -> isPlace(f.base());
            case Expr.Index i -> isPlace(i.base());
            case Expr.Paren p -> isPlace(p.inner());
            case Expr.Unary u -> u.op() == Expr.UnOp.DEREF;
            default -> false;
        };
    }

    /** A place used with {@code u}: the variable at its root gets that use (through derefs, a shared one for reads). */
    private void place(Expr e, Use u) {
        switch (e) {
            case Expr.PathExpr p -> {
                if (fcx.tables.pathRes.get(p.id()) instanceof Res.Local l) note(l.binding(), u);
            }
            case Expr.Field f -> place(f.base(), u);
            case Expr.Index i -> { place(i.base(), u); value(i.index()); }
            case Expr.Paren p -> place(p.inner(), u);
            case Expr.Unary d when d.op() == Expr.UnOp.DEREF -> {
                var t = fcx.tables.types.get(d.operand().id());
                boolean box = t != null && fcx.solver.langOf(fcx.icx.resolve(t)) == dev.heaplab.core.types.LangItem.BOX;
                if (box) place(d.operand(), u);
                else if (isPlace(d.operand())) place(d.operand(), u == Use.MOVE ? Use.SHARED : u);
                else value(d.operand());
            }
            default -> value(e);
        }
    }
}
