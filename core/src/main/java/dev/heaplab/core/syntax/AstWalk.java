package dev.heaplab.core.syntax;

import java.util.function.Consumer;

/**
 * Visits every expression and statement of a body, outermost first, without descending into
 * nested items (a nested `fn` is a body of its own). The switches are exhaustive over the sealed
 * node types, so a new expression kind breaks this file until its children are listed here.
 */
public final class AstWalk {
    private final Consumer<Expr> onExpr;
    private final Consumer<Stmt> onStmt;

    private AstWalk(Consumer<Expr> onExpr, Consumer<Stmt> onStmt) {
        this.onExpr = onExpr;
        this.onStmt = onStmt;
    }

    /** Calls {@code onExpr} for each expression and {@code onStmt} for each statement in the block. */
    public static void block(Stmt.Block block, Consumer<Expr> onExpr, Consumer<Stmt> onStmt) {
        new AstWalk(onExpr, onStmt).walkBlock(block);
    }

    /** The same for one expression (a closure's body). */
    public static void expr(Expr e, Consumer<Expr> onExpr, Consumer<Stmt> onStmt) {
        new AstWalk(onExpr, onStmt).walk(e);
    }

    /** The items declared inside a body (in its blocks and closures, at any depth), in source order. */
    public static java.util.List<Item> items(Stmt.Block body) {
        java.util.List<Item> out = new java.util.ArrayList<>();
        block(body, e -> { }, s -> { if (s instanceof Stmt.ItemStmt is) out.add(is.item()); });
        return out;
    }

    private void walkBlock(Stmt.Block b) {
        if (b == null) return;
        for (Stmt s : b.stmts()) walkStmt(s);
        walk(b.tail());
    }

    private void walkStmt(Stmt s) {
        onStmt.accept(s);
        switch (s) {
            case Stmt.Let l -> { walk(l.init()); walkBlock(l.elseBlock()); }
            case Stmt.ExprStmt e -> walk(e.expr());
            case Stmt.ItemStmt i -> { } // a nested item is not part of this body
            case Stmt.Empty e -> { }
        }
    }

    private void walk(Expr e) {
        if (e == null) return;
        onExpr.accept(e);
        switch (e) {
            case Expr.Lit l -> { }
            case Expr.PathExpr p -> { }
            case Expr.Continue c -> { }
            case Expr.Unary u -> walk(u.operand());
            case Expr.AddrOf a -> walk(a.operand());
            case Expr.Binary b -> { walk(b.lhs()); walk(b.rhs()); }
            case Expr.Assign a -> { walk(a.lhs()); walk(a.rhs()); }
            case Expr.CompoundAssign a -> { walk(a.lhs()); walk(a.rhs()); }
            case Expr.Call c -> { walk(c.callee()); c.args().forEach(this::walk); }
            case Expr.MethodCall m -> { walk(m.receiver()); m.args().forEach(this::walk); }
            case Expr.Field f -> walk(f.base());
            case Expr.Index i -> { walk(i.base()); walk(i.index()); }
            case Expr.Tuple t -> t.elems().forEach(this::walk);
            case Expr.Paren p -> walk(p.inner());
            case Expr.Array a -> a.elems().forEach(this::walk);
            case Expr.ArrayRepeat a -> { walk(a.elem()); walk(a.count()); }
            case Expr.StructLit s -> { s.fields().forEach(f -> walk(f.value())); walk(s.base()); }
            case Expr.Range r -> { walk(r.start()); walk(r.end()); }
            case Expr.Cast c -> walk(c.expr());
            case Expr.BlockExpr b -> walkBlock(b.block());
            case Expr.Let l -> walk(l.scrutinee());
            case Expr.If i -> { walk(i.cond()); walkBlock(i.then()); walk(i.elseBranch()); }
            case Expr.While w -> { walk(w.cond()); walkBlock(w.body()); }
            case Expr.Loop l -> walkBlock(l.body());
            case Expr.For f -> { walk(f.iter()); walkBlock(f.body()); }
            case Expr.Match m -> {
                walk(m.scrutinee());
                for (Expr.MatchArm arm : m.arms()) { walk(arm.guard()); walk(arm.body()); }
            }
            case Expr.Closure c -> walk(c.body());
            case Expr.Break b -> walk(b.value());
            case Expr.Return r -> walk(r.value());
            case Expr.Try t -> walk(t.expr());
            case Expr.MacroCall m -> { m.args().forEach(a -> walk(a.value())); walk(m.guard()); }
        }
    }
}
