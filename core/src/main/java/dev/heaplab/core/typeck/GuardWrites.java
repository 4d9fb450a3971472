package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.types.FnDef;
import java.util.HashSet;
import java.util.Set;

/**
 * rustc's E0594/E0596 "…, as it is immutable for the pattern guard": while a guard runs, rustc gives
 * it the arm's bindings through shared references, so a `ref mut` binding (or one bound by-ref-mut
 * through match ergonomics) cannot be written or mutably borrowed through until the guard is over.
 * Found on the typed guard (an assignment, a compound assignment, a `&mut`, or a `&mut self` method
 * call whose place goes through such a binding); the rest of the borrow checking is MIR's.
 */
final class GuardWrites {
    private final FnCtxt fcx;
    private final Set<NodeId> refMut = new HashSet<>();

    private GuardWrites(FnCtxt fcx) { this.fcx = fcx; }

    static void check(FnCtxt fcx, Pattern pattern, Expr guard) {
        GuardWrites g = new GuardWrites(fcx);
        g.collect(pattern);
        if (g.refMut.isEmpty()) return;
        AstWalk.expr(guard, g::visit, s -> { });
    }

    private void collect(Pattern p) {
        switch (p) {
            case Pattern.Binding b -> {
                if (fcx.tables.bindingModes.get(b.id()) == BindingMode.BY_REF_MUT) refMut.add(b.id());
                if (b.sub() != null) collect(b.sub());
            }
            case Pattern.Tuple t -> t.elems().forEach(this::collect);
            case Pattern.TupleStruct t -> t.elems().forEach(this::collect);
            case Pattern.Struct s -> s.fields().forEach(f -> collect(f.pattern()));
            case Pattern.Ref r -> collect(r.inner());
            case Pattern.Or o -> o.alts().forEach(this::collect);
            case Pattern.Slice s -> s.elems().forEach(this::collect);
            case Pattern.Wildcard w -> { }
            case Pattern.Rest r -> { }
            case Pattern.Literal l -> { }
            case Pattern.Range r -> { }
            case Pattern.PathPat pp -> { }
        }
    }

    private void visit(Expr e) {
        switch (e) {
            case Expr.Assign a -> { if (throughBinding(a.lhs())) assign(a.lhs(), a.span()); }
            case Expr.CompoundAssign a -> { if (throughBinding(a.lhs())) assign(a.lhs(), a.span()); }
            case Expr.AddrOf r when r.mutable() -> { if (throughBinding(r.operand())) borrow(r.operand(), r.span()); }
            case Expr.MethodCall m -> {
                TypeckResults.Callee c = fcx.tables.callees.get(m.id());
                FnDef f = c == null ? null : fcx.cx.defs.fn(c.fn());
                if (f != null && f.selfKind() == dev.heaplab.core.syntax.Item.SelfKind.REF_MUT
                        && (throughBinding(m.receiver()) || isBinding(m.receiver()))) {
                    borrow(m.receiver(), m.receiver().span());
                }
            }
            default -> { }
        }
    }

    /** A place strictly inside what a by-ref-mut binding points to (`*x`, `x.f`, `x[i]`). */
    private boolean throughBinding(Expr place) {
        Expr e = place;
        boolean below = false;
        while (true) {
            switch (e) {
                case Expr.Paren p -> e = p.inner();
                case Expr.Unary u when u.op() == Expr.UnOp.DEREF -> { below = true; e = u.operand(); }
                case Expr.Field f -> { below = true; e = f.base(); }
                case Expr.Index i -> { below = true; e = i.base(); }
                default -> { return below && isBinding(e); }
            }
        }
    }

    private boolean isBinding(Expr e) {
        return e instanceof Expr.PathExpr p && fcx.tables.pathRes.get(p.id()) instanceof Res.Local l && refMut.contains(l.binding());
    }

    /** rustc's description of the place: `*x` for the binding's target, else the written place. */
    private String describe(Expr place) {
        if (isBinding(place)) return "*" + ((Expr.PathExpr) place).path().text();
        if (place instanceof Expr.Unary u && isBinding(u.operand())) return "*" + ((Expr.PathExpr) u.operand()).path().text();
        var file = fcx.cx.sources == null ? null : fcx.cx.sources.fileOf(place.span());
        return file == null ? "value" : file.slice(place.span());
    }

    private void assign(Expr place, dev.heaplab.core.source.Span span) {
        fcx.cx.diags.add(Diagnostic.error("E0594", "cannot assign to `" + describe(place) + "`, as it is immutable for the pattern guard")
                .primary(span, "cannot assign").note("variables bound in patterns are immutable until the end of the pattern guard").build());
    }

    private void borrow(Expr place, dev.heaplab.core.source.Span span) {
        fcx.cx.diags.add(Diagnostic.error("E0596", "cannot borrow `" + describe(place) + "` as mutable, as it is immutable for the pattern guard")
                .primary(span, "cannot borrow as mutable").note("variables bound in patterns are immutable until the end of the pattern guard").build());
    }
}
