package dev.heaplab.core.exhaustive;

import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import java.util.List;

/** Visits every `match`, `let` and `for` in the bodies of a list of items, nested items included. */
abstract class BodyWalker {
    abstract void onMatch(Expr.Match m);

    abstract void onLet(Stmt.Let l);

    abstract void onFor(Expr.For f);

    /** An `if let` / `while let` condition. */
    void onLetExpr(Expr.Let l) { }

    /** A function's ({@code closure} false) or a closure's parameter pattern. */
    void onParam(Pattern p, boolean closure) { }

    final void items(List<Item> items) {
        for (Item it : items) item(it);
    }

    private void item(Item it) {
        switch (it) {
            case Item.FnDecl f -> {
                // rustc checks a body's parameters before its expressions
                if (f.body() != null) {
                    for (Item.Param p : f.params()) onParam(p.pattern(), false);
                    block(f.body());
                }
            }
            case Item.ImplDecl i -> items(i.items());
            case Item.TraitDecl t -> items(t.items());
            case Item.ModDecl m -> items(m.items());
            case Item.ConstDecl c -> { if (c.value() != null) expr(c.value()); }
            case Item.StaticDecl s -> { if (s.value() != null) expr(s.value()); }
            case Item.StructDecl s -> { }
            case Item.EnumDecl e -> { }
            case Item.AssocTypeDecl a -> { }
            case Item.TypeAliasDecl t -> { }
            case Item.UseDecl u -> { }
        }
    }

    final void block(Stmt.Block b) {
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Let l -> {
                    if (l.init() != null) expr(l.init());
                    if (l.elseBlock() != null) block(l.elseBlock());
                    onLet(l);
                }
                case Stmt.ExprStmt e -> expr(e.expr());
                case Stmt.ItemStmt i -> item(i.item());
                case Stmt.Empty e -> { }
            }
        }
        if (b.tail() != null) expr(b.tail());
    }

    private void exprs(List<Expr> es) { for (Expr e : es) expr(e); }

    final void expr(Expr e) {
        if (e == null) return;
        switch (e) {
            case Expr.Lit l -> { }
            case Expr.PathExpr p -> { }
            case Expr.Continue c -> { }
            case Expr.Unary u -> expr(u.operand());
            case Expr.AddrOf a -> expr(a.operand());
            case Expr.Binary b -> { expr(b.lhs()); expr(b.rhs()); }
            case Expr.Assign a -> { expr(a.lhs()); expr(a.rhs()); }
            case Expr.CompoundAssign c -> { expr(c.lhs()); expr(c.rhs()); }
            case Expr.Call c -> { expr(c.callee()); exprs(c.args()); }
            case Expr.MethodCall m -> { expr(m.receiver()); exprs(m.args()); }
            case Expr.Field f -> expr(f.base());
            case Expr.Index i -> { expr(i.base()); expr(i.index()); }
            case Expr.Tuple t -> exprs(t.elems());
            case Expr.Paren p -> expr(p.inner());
            case Expr.Array a -> exprs(a.elems());
            case Expr.ArrayRepeat r -> { expr(r.elem()); expr(r.count()); }
            case Expr.StructLit s -> { for (Expr.FieldInit f : s.fields()) expr(f.value()); expr(s.base()); }
            case Expr.Range r -> { expr(r.start()); expr(r.end()); }
            case Expr.Cast c -> expr(c.expr());
            case Expr.BlockExpr b -> block(b.block());
            case Expr.Let l -> { expr(l.scrutinee()); onLetExpr(l); }
            case Expr.If i -> { expr(i.cond()); block(i.then()); expr(i.elseBranch()); }
            case Expr.While w -> { expr(w.cond()); block(w.body()); }
            case Expr.Loop l -> block(l.body());
            case Expr.For f -> { expr(f.iter()); block(f.body()); onFor(f); }
            case Expr.Match m -> {
                expr(m.scrutinee());
                for (Expr.MatchArm a : m.arms()) { expr(a.guard()); expr(a.body()); }
                onMatch(m);
            }
            case Expr.Closure c -> {
                for (Expr.ClosureParam p : c.params()) onParam(p.pattern(), true);
                expr(c.body());
            }
            case Expr.Break b -> expr(b.value());
            case Expr.Return r -> expr(r.value());
            case Expr.Try t -> expr(t.expr());
            case Expr.MacroCall m -> { for (Expr.MacroArg a : m.args()) expr(a.value()); expr(m.guard()); }
        }
    }
}
