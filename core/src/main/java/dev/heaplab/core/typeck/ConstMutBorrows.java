package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.syntax.Expr;

/**
 * rustc's E0764: in a `const` or `static` initialiser, a `&mut` of a temporary in an extending
 * position (the initialiser itself, or inside `&`, a tuple, array, struct literal, constructor call,
 * cast, block tail or `if`/`match` arm that it is) would be a mutable temporary living until the end
 * of the program. A `&mut` inside a `let` of a block initialiser is an ordinary local borrow.
 */
final class ConstMutBorrows {
    private final FnCtxt fcx;

    private ConstMutBorrows(FnCtxt fcx) { this.fcx = fcx; }

    static void check(FnCtxt fcx, Expr init) {
        if (init != null) new ConstMutBorrows(fcx).extending(init);
    }

    /** The same positions as lowering's temporary lifetime extension (`ControlFlow.markExtending`). */
    private void extending(Expr e) {
        switch (e) {
            case Expr.AddrOf a -> {
                if (a.mutable() && !place(a.operand())) {
                    fcx.cx.diags.add(Diagnostic.error("E0764",
                                    "mutable borrows of temporaries that have their lifetime extended until the end of the program are not allowed")
                            .primary(a.span(), "this mutable borrow refers to such a temporary")
                            .note("temporaries in constants and statics can have their lifetime extended until the end of the program")
                            .note("to avoid accidentally creating global mutable state, such temporaries must be immutable")
                            .help("if you really want global mutable state, try replacing the temporary by an interior mutable `static` or a `static mut`")
                            .build());
                    return;
                }
                extending(a.operand());
            }
            case Expr.Tuple t -> t.elems().forEach(this::extending);
            case Expr.Array a -> a.elems().forEach(this::extending);
            case Expr.StructLit s -> s.fields().forEach(f -> extending(f.value()));
            case Expr.Paren p -> extending(p.inner());
            case Expr.Cast c -> extending(c.expr());
            case Expr.BlockExpr b -> { if (b.block().tail() != null) extending(b.block().tail()); }
            case Expr.Call c -> {
                if (c.callee() instanceof Expr.PathExpr p && fcx.tables.pathRes.get(p.id()) instanceof Res.Ctor) c.args().forEach(this::extending);
            }
            case Expr.If i -> {
                if (i.then().tail() != null) extending(i.then().tail());
                if (i.elseBranch() != null) extending(i.elseBranch());
            }
            case Expr.Match m -> m.arms().forEach(a -> extending(a.body()));
            default -> { }
        }
    }

    /** A place (no temporary): a static, or a field, index or dereference of one. */
    private boolean place(Expr e) {
        return switch (e) {
            case Expr.PathExpr p -> fcx.tables.pathRes.get(p.id()) instanceof Res.Static || fcx.tables.pathRes.get(p.id()) instanceof Res.Local;
            case Expr.Field f -> place(f.base());
            case Expr.Index i -> place(i.base());
            case Expr.Unary u -> u.op() == Expr.UnOp.DEREF;
            case Expr.Paren p -> place(p.inner());
            default -> false;
        };
    }
}
