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
    /** The scrutinee as a local and fields (null when it is not such a place), and whether the pattern tests it. */
    private final Place scrutinee;
    private final dev.heaplab.core.source.Span scrutineeSpan;
    private final boolean refutable;
    /** Each binding of the arm with the fields (and `#variant` downcasts) below the scrutinee it binds. */
    private final java.util.Map<NodeId, java.util.List<String>> bound = new java.util.LinkedHashMap<>();
    private final java.util.Map<NodeId, dev.heaplab.core.source.Span> bindingSpans = new java.util.HashMap<>();
    private final Expr guard;
    private final Expr body;
    private boolean reported;

    /** A local with a chain of field names (a place without dereference). */
    private record Place(NodeId local, java.util.List<String> fields, String text) {}

    private GuardWrites(FnCtxt fcx, Expr scrutinee, Pattern pattern, Expr guard, Expr body) {
        this.fcx = fcx;
        this.scrutinee = scrutinee == null ? null : place(scrutinee);
        this.scrutineeSpan = scrutinee == null ? null : scrutinee.span();
        this.guard = guard;
        this.body = body;
        this.refutable = refutable(pattern);
    }

    /**
     * Checks a guard: writes through by-ref-mut bindings (above), and writes to the scrutinee while the
     * arm's bindings hold it (rustc's E0506, the guard borrowing what it binds) or while its pattern's
     * tests hold it (rustc's E0510, the guard's fake borrows of the scrutinee).
     */
    static void check(FnCtxt fcx, Expr scrutinee, Pattern pattern, Expr guard, Expr body) {
        GuardWrites g = new GuardWrites(fcx, scrutinee, pattern, guard, body);
        g.collect(pattern);
        if (g.scrutinee != null) g.bindPaths(pattern, new java.util.ArrayList<>());
        if (g.refMut.isEmpty() && g.scrutinee == null) return;
        AstWalk.expr(guard, g::visit, s -> { });
    }

    /** A place expression rooted at a local with only field projections, or null. */
    private Place place(Expr e) {
        java.util.ArrayDeque<String> fields = new java.util.ArrayDeque<>();
        Expr cur = e;
        while (true) {
            switch (cur) {
                case Expr.Paren p -> cur = p.inner();
                case Expr.Field f -> { fields.addFirst(f.field().name()); cur = f.base(); }
                case Expr.PathExpr p -> {
                    if (!(fcx.tables.pathRes.get(p.id()) instanceof Res.Local l)) return null;
                    // a field of a reference is a dereference: left to MIR's checks
                    var ty = fcx.tables.types.get(p.id());
                    ty = ty == null ? null : fcx.icx.resolve(ty);
                    if (!(ty instanceof dev.heaplab.core.types.Ty.Adt || ty instanceof dev.heaplab.core.types.Ty.Tuple)) return null;
                    var file = fcx.cx.sources == null ? null : fcx.cx.sources.fileOf(e.span());
                    return new Place(l.binding(), java.util.List.copyOf(fields), file == null ? p.path().text() : file.slice(e.span()));
                }
                default -> { return null; }
            }
        }
    }

    private boolean refutable(Pattern p) {
        return switch (p) {
            case Pattern.Binding b -> b.sub() != null && refutable(b.sub());
            case Pattern.Tuple t -> t.elems().stream().anyMatch(this::refutable);
            case Pattern.TupleStruct t -> isVariant(t.id()) || t.elems().stream().anyMatch(this::refutable);
            case Pattern.Struct st -> isVariant(st.id()) || st.fields().stream().anyMatch(f -> refutable(f.pattern()));
            case Pattern.Ref r -> refutable(r.inner());
            case Pattern.Or o -> true;
            case Pattern.Slice sl -> true;
            case Pattern.Wildcard w -> false;
            case Pattern.Rest r -> false;
            case Pattern.Literal l -> true;
            case Pattern.Range r -> true;
            case Pattern.PathPat pp -> true;
        };
    }

    private boolean isVariant(NodeId pat) {
        return fcx.tables.pathRes.get(pat) instanceof Res.Ctor c && fcx.cx.defs.adt(c.adt()) != null && fcx.cx.defs.adt(c.adt()).isEnum();
    }

    /** Records each binding's fields below the scrutinee; after a `..` or through a `&`, the path is cut (overlapping all below). */
    private void bindPaths(Pattern p, java.util.List<String> path) {
        switch (p) {
            case Pattern.Binding b -> {
                if (fcx.tables.pathRes.get(b.id()) == null) {
                    bound.put(b.id(), java.util.List.copyOf(path));
                    bindingSpans.put(b.id(), b.span());
                }
                if (b.sub() != null) bindPaths(b.sub(), path);
            }
            case Pattern.Tuple t -> elems(t.elems(), path, "");
            case Pattern.TupleStruct t -> elems(t.elems(), path, isVariant(t.id()) ? "#" + t.path().text() + "." : "");
            case Pattern.Struct st -> {
                String prefix = isVariant(st.id()) ? "#" + st.path().text() + "." : "";
                for (Pattern.FieldPat f : st.fields()) bindPaths(f.pattern(), with(path, prefix + f.name().name()));
            }
            case Pattern.Or o -> o.alts().forEach(a -> bindPaths(a, path));
            case Pattern.Ref r -> bindPaths(r.inner(), with(path, "*"));
            case Pattern.Slice sl -> sl.elems().forEach(e -> bindPaths(e, with(path, "[]")));
            case Pattern.Wildcard w -> { }
            case Pattern.Rest r -> { }
            case Pattern.Literal l -> { }
            case Pattern.Range r -> { }
            case Pattern.PathPat pp -> { }
        }
    }

    private void elems(java.util.List<Pattern> elems, java.util.List<String> path, String prefix) {
        boolean afterRest = false;
        for (int i = 0; i < elems.size(); i++) {
            if (elems.get(i) instanceof Pattern.Rest) { afterRest = true; continue; }
            bindPaths(elems.get(i), afterRest ? path : with(path, prefix + i));
        }
    }

    private static java.util.List<String> with(java.util.List<String> path, String field) {
        java.util.List<String> out = new java.util.ArrayList<>(path);
        out.add(field);
        return out;
    }

    /** A write to {@code target} (at {@code span}) inside the guard: E0506 against a binding used later, else E0510. */
    private void scrutineeWrite(Expr target, dev.heaplab.core.source.Span span, boolean borrow) {
        if (scrutinee == null || reported) return;
        Place w = place(target);
        if (w == null || !w.local().equals(scrutinee.local())) return;
        java.util.List<String> full = scrutinee.fields();
        boolean abovesScrutinee = w.fields().size() <= full.size() && full.subList(0, w.fields().size()).equals(w.fields());
        java.util.List<String> below = abovesScrutinee ? java.util.List.of()
                : full.equals(w.fields().subList(0, Math.min(full.size(), w.fields().size()))) ? w.fields().subList(full.size(), w.fields().size()) : null;
        if (below == null) return; // a place beside the scrutinee
        NodeId conflict = null;
        dev.heaplab.core.source.Span use = null;
        for (var e : bound.entrySet()) {
            java.util.List<String> b = e.getValue();
            int n = Math.min(b.size(), below.size());
            if (!b.subList(0, n).equals(below.subList(0, n))) continue;
            dev.heaplab.core.source.Span u = useAfter(e.getKey(), span);
            if (u != null) {
                use = u;
                conflict = e.getKey();
                break;
            }
        }
        if (conflict != null) { // the first binding (in the pattern) that borrows the written place and is used later
            reported = true;
            String what = borrow ? "borrow `" + w.text() + "` as mutable" : "assign to `" + w.text() + "`";
            Diagnostic.Builder d = Diagnostic.error(borrow ? "E0502" : "E0506", "cannot " + what + " because it is " + (borrow ? "also borrowed as immutable" : "borrowed"))
                    .secondary(bindingSpans.get(conflict), borrow ? "immutable borrow occurs here" : "`" + w.text() + "` is borrowed here")
                    .primary(span, borrow ? "mutable borrow occurs here" : "`" + w.text() + "` is assigned to here but it was already borrowed")
                    .secondary(use, (borrow ? "immutable " : "") + "borrow later used here");
            fcx.cx.diags.add(d.build());
            return;
        }
        if (abovesScrutinee && refutable) {
            reported = true;
            fcx.cx.diags.add(Diagnostic.error("E0510", "cannot " + (borrow ? "mutably borrow" : "assign") + " `" + w.text() + "` in match guard")
                    .secondary(scrutineeSpan, "value is immutable in match guard")
                    .primary(span, borrow ? "cannot mutably borrow" : "cannot assign").build());
        }
    }

    /** The first use of binding {@code b} after {@code at}: later in the guard, else in the arm's body. */
    private dev.heaplab.core.source.Span useAfter(NodeId b, dev.heaplab.core.source.Span at) {
        dev.heaplab.core.source.Span[] first = new dev.heaplab.core.source.Span[1];
        java.util.function.Consumer<Expr> find = e -> {
            if (e instanceof Expr.PathExpr p && fcx.tables.pathRes.get(p.id()) instanceof Res.Local l && l.binding().equals(b)
                    && p.span().lo() >= at.hi() && (first[0] == null || p.span().lo() < first[0].lo())) first[0] = p.span();
        };
        AstWalk.expr(guard, find, s -> { });
        if (first[0] == null && body != null) AstWalk.expr(body, find, s -> { });
        return first[0];
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
            case Expr.Assign a -> {
                if (throughBinding(a.lhs())) assign(a.lhs(), a.span());
                else scrutineeWrite(a.lhs(), a.span(), false);
            }
            case Expr.CompoundAssign a -> {
                if (throughBinding(a.lhs())) assign(a.lhs(), a.span());
                else scrutineeWrite(a.lhs(), a.span(), false);
            }
            case Expr.AddrOf r when r.mutable() -> {
                if (throughBinding(r.operand())) borrow(r.operand(), r.span());
                else scrutineeWrite(r.operand(), r.span(), true);
            }
            case Expr.MethodCall m -> {
                TypeckResults.Callee c = fcx.tables.callees.get(m.id());
                FnDef f = c == null ? null : fcx.cx.defs.fn(c.fn());
                if (f != null && f.selfKind() == dev.heaplab.core.syntax.Item.SelfKind.REF_MUT
                        && (throughBinding(m.receiver()) || isBinding(m.receiver()))) {
                    borrow(m.receiver(), m.receiver().span());
                } else if (f != null && f.selfKind() == dev.heaplab.core.syntax.Item.SelfKind.REF_MUT) {
                    scrutineeWrite(m.receiver(), m.span(), true);
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
