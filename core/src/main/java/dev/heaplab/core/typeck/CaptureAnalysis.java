package dev.heaplab.core.typeck;

import dev.heaplab.core.source.Span;

import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes what a closure captures, once types are known: edition 2021 precise captures of places
 * (a variable and a path of fields and dereferences into it).
 * Rules (as rustc's RFC 2229 analysis):
 * <ul>
 * <li>a place that is assigned, `&mut`-borrowed, or auto-borrowed mutably is a mutable use; a
 *     non-Copy value read by value is a move; any other read is a shared use;</li>
 * <li>paths stop at an index or an overloaded deref (the base is captured); a moved path, and every
 *     path of a `move` closure, stops at its first dereference (one cannot move out of a reference);</li>
 * <li>when one captured path is a prefix of another, only the prefix is captured, with the
 *     strongest use; captures keep the order of first use;</li>
 * <li>modes: `move` closures capture by value, others by the use (move > mutable > shared);</li>
 * <li>kind: FnOnce if a captured place is moved, else FnMut if one is used mutably, else Fn.</li>
 * </ul>
 */
final class CaptureAnalysis {
    enum Use { SHARED, MUT, MOVE }

    /**
     * One use of a captured place; after merging, {@code pathSpan} is the first use of the place and
     * {@code kindSpan} the first use that needed its mode (rustc's `path_expr_id`, `capture_kind_expr_id`).
     */
    private record Entry(NodeId binding, List<Integer> path, Use use, Span pathSpan, Span kindSpan) {
        Entry(NodeId binding, List<Integer> path, Use use, Span span) { this(binding, path, use, span, span); }

        /** This entry over a place now covering {@code path}, with {@code other}'s use merged in. */
        Entry merge(List<Integer> path, Entry other) {
            Span kind = other.use().ordinal() > use.ordinal() ? other.kindSpan() : kindSpan;
            return new Entry(binding, path, max(use, other.use()), pathSpan, kind);
        }
    }

    /**
     * A path from a captured variable; {@code closed} once it met an index or overloaded deref;
     * {@code span} the expression the path ends at (`lower` in `lower[..]`), where rustc points at the capture.
     */
    private record PathOf(NodeId binding, List<Integer> steps, boolean closed, Span span) {}

    /** A final capture: place, mode, and the strongest use. */
    /** {@code needs}: the closure kind its strongest use asks for (a `move` closure's mode hides it). */
    record Captured(NodeId binding, List<Integer> path, ClosureDef.CaptureMode mode, Span pathSpan, Span kindSpan, ClosureDef.Kind needs) {}

    private final FnCtxt fcx;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<NodeId, FnCtxt.LocalVar> captured;
    private final int depth;

    CaptureAnalysis(FnCtxt fcx, Map<NodeId, FnCtxt.LocalVar> captured) {
        this(fcx, captured, 0);
    }

    private CaptureAnalysis(FnCtxt fcx, Map<NodeId, FnCtxt.LocalVar> captured, int depth) {
        this.fcx = fcx;
        this.captured = captured;
        this.depth = depth;
    }

    ClosureDef.Kind analyze(Expr body) {
        value(body);
        Use strongest = Use.SHARED;
        for (Entry e : entries) if (e.use().ordinal() > strongest.ordinal()) strongest = e.use();
        return switch (strongest) {
            case MOVE -> ClosureDef.Kind.FN_ONCE;
            case MUT -> ClosureDef.Kind.FN_MUT;
            case SHARED -> ClosureDef.Kind.FN;
        };
    }

    /** The minimal set of captured places, in first-use order. */
    List<Captured> captures(boolean isMove) {
        List<Entry> truncated = new ArrayList<>();
        for (Entry e : entries) {
            List<Integer> path = e.path();
            if (isMove || e.use() == Use.MOVE) {
                int d = path.indexOf(ClosureDef.DEREF);
                if (d >= 0) path = path.subList(0, d);
            }
            truncated.add(new Entry(e.binding(), List.copyOf(path), e.use(), e.pathSpan(), e.kindSpan()));
        }
        List<Entry> merged = new ArrayList<>();
        for (Entry e : truncated) {
            boolean absorbed = false;
            for (int i = 0; i < merged.size(); i++) {
                Entry m = merged.get(i);
                if (!m.binding().equals(e.binding())) continue;
                if (isPrefix(m.path(), e.path())) {
                    merged.set(i, m.merge(m.path(), e));
                    absorbed = true;
                    break;
                }
                if (isPrefix(e.path(), m.path())) {
                    // The new, shorter path replaces the longer one (keeping its position) and any others it covers.
                    Entry u = m.merge(e.path(), e);
                    for (int j = merged.size() - 1; j > i; j--) {
                        Entry o = merged.get(j);
                        if (o.binding().equals(e.binding()) && isPrefix(e.path(), o.path())) {
                            u = u.merge(e.path(), o);
                            merged.remove(j);
                        }
                    }
                    merged.set(i, u);
                    absorbed = true;
                    break;
                }
            }
            if (!absorbed) merged.add(e);
        }
        List<Captured> out = new ArrayList<>();
        for (Entry e : merged) {
            ClosureDef.CaptureMode mode = isMove ? ClosureDef.CaptureMode.BY_VALUE : switch (e.use()) {
                case MOVE -> ClosureDef.CaptureMode.BY_VALUE;
                case MUT -> ClosureDef.CaptureMode.BY_MUT_REF;
                case SHARED -> ClosureDef.CaptureMode.BY_REF;
            };
            ClosureDef.Kind needs = switch (e.use()) {
                case MOVE -> ClosureDef.Kind.FN_ONCE;
                case MUT -> ClosureDef.Kind.FN_MUT;
                case SHARED -> ClosureDef.Kind.FN;
            };
            out.add(new Captured(e.binding(), e.path(), mode, e.pathSpan(), e.kindSpan(), needs));
        }
        return out;
    }

    /**
     * How a call uses its callee: through `Fn::call` it is only read, through `FnMut::call_mut` it is
     * borrowed uniquely, and only `FnOnce::call_once` consumes it (a captured `f: F` with
     * `F: FnMut` called in a closure makes that closure FnMut, not FnOnce). A closure callee
     * is used as its own kind says.
     */
    private Use callUse(Expr.Call c) {
        TypeckResults.Callee callee = fcx.tables.callees.get(c.id());
        if (callee == null || callee.args().isEmpty()) return Use.MOVE;
        dev.heaplab.core.types.FnDef def = fcx.cx.defs.fn(callee.fn());
        if (def == null || def.parentTrait() == null || !fcx.lowerer.isFnTrait(def.parentTrait())) return Use.MOVE;
        if (fcx.icx.resolve(callee.args().get(0)) instanceof Ty.Closure) {
            Use u = isPlace(c.callee()) ? closureCallUse(c.callee()) : null;
            return u == null ? Use.MOVE : u;
        }
        return switch (def.name()) {
            case "call" -> Use.SHARED;
            case "call_mut" -> Use.MUT;
            default -> Use.MOVE;
        };
    }

    private static boolean isPrefix(List<Integer> a, List<Integer> b) {
        return a.size() <= b.size() && b.subList(0, a.size()).equals(a);
    }

    private static Use max(Use a, Use b) { return a.ordinal() >= b.ordinal() ? a : b; }

    private void note(NodeId binding, List<Integer> path, Use u, Span span) {
        if (!captured.containsKey(binding)) return;
        entries.add(new Entry(binding, path, u, span));
    }

    /** An expression whose value is used (moved or copied). */
    private void value(Expr e) {
        if (e == null) return;
        if (isPlace(e)) {
            if (borrowedThroughAdjustments(e)) return;
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
                if (byValue) { if (!reborrowedReceiver(m.receiver())) value(m.receiver()); }
                else if (!borrowedThroughAdjustments(m.receiver())) place(m.receiver(), u);
                TypeckResults.Callee callee = fcx.tables.callees.get(m.id());
                List<Ty> params = paramTypes(callee == null ? null : callee.fn());
                for (int k = 0; k < m.args().size(); k++) arg(m.args().get(k), k + 1 < params.size() ? params.get(k + 1) : null);
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
            case Expr.Call c -> {
                Use u = callUse(c);
                if (u == Use.MOVE) value(c.callee());
                else calleePlace(c.callee(), u);
                List<Ty> params = c.callee() instanceof Expr.PathExpr pe && fcx.tables.pathRes.get(pe.id()) instanceof Res.Fn f
                        ? paramTypes(f.fn()) : List.of();
                for (int k = 0; k < c.args().size(); k++) arg(c.args().get(k), k < params.size() ? params.get(k) : null);
            }
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
                        note(cap.binding(), cap.path(), switch (cap.mode()) {
                            case BY_VALUE -> fcx.isCopy(cap.ty()) ? Use.SHARED : Use.MOVE;
                            case BY_MUT_REF -> Use.MUT;
                            case BY_REF -> Use.SHARED;
                        }, cap.pathSpan() == null ? c.span() : cap.pathSpan());
                    }
                }
            }
            case Expr.Break b -> value(b.value());
            case Expr.Continue c -> { }
            case Expr.Return r -> value(r.value());
            case Expr.Try t -> value(t.expr());
            case Expr.MacroCall m -> {
                boolean fmt = fcx.tables.formatArgs.containsKey(m.id());
                // `{name}` in a format string borrows the variable like an explicit `&name` argument.
                if (fmt) {
                    for (FormatArgs.Arg a : fcx.tables.formatArgs.get(m.id()).args()) {
                        if (a instanceof FormatArgs.Arg.Captured c && c.res() instanceof Res.Local l) note(l.binding(), List.of(), Use.SHARED, c.span());
                    }
                }
                for (Expr.MacroArg a : m.args()) {
                    if (fmt || m.name().name().startsWith("assert")) place(a.value(), Use.SHARED);
                    else value(a.value());
                }
                value(m.guard());
                FormatArgs inline = fcx.tables.formatArgs.get(m.id());
                if (inline != null) for (FormatArgs.Arg a : inline.args())
                    if (a instanceof FormatArgs.Arg.Captured k && k.res() instanceof Res.Local l) note(l.binding(), List.of(), Use.SHARED, k.span());
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

    /** A place used with {@code u}: its captured path (if rooted in a captured variable) gets that use. */
    private void place(Expr e, Use u) {
        PathOf p = pathOf(e);
        if (p != null) {
            note(p.binding(), p.steps(), u, p.span());
            indexOperands(e);
            return;
        }
        switch (e) {
            case Expr.PathExpr p2 -> { }
            case Expr.Field f -> place(f.base(), u);
            case Expr.Index i -> { place(i.base(), u); value(i.index()); }
            case Expr.Paren p2 -> place(p2.inner(), u);
            case Expr.Unary d when d.op() == Expr.UnOp.DEREF -> {
                if (isPlace(d.operand())) place(d.operand(), u == Use.MOVE ? Use.SHARED : u);
                else value(d.operand());
            }
            default -> value(e);
        }
    }

    /**
     * Calling a captured closure uses it as its kind says: `Fn` by shared and `FnMut` by unique
     * borrow (`counted(x)` inside `map(|x| counted(x))`), `FnOnce` by value; null for other callees.
     */
    private Use closureCallUse(Expr callee) {
        var t = fcx.tables.types.get(callee.id());
        if (t == null || !(fcx.icx.resolve(t) instanceof Ty.Closure clo)) return null;
        ClosureDef def = fcx.cx.defs.closure(clo.def());
        ClosureDef.Kind kind = def != null ? def.kind() : null;
        if (kind == null) {
            // A closure defined before this one is classified after it (closures are defined innermost first).
            for (FnCtxt.ClosureCx other : fcx.allClosures) {
                if (other.id.equals(clo.def()) && other.expr.body() != null && depth < 4)
                    kind = new CaptureAnalysis(fcx, other.captures, depth + 1).analyze(other.expr.body());
            }
        }
        if (kind == null) return null;
        return switch (kind) {
            case FN -> Use.SHARED;
            case FN_MUT -> Use.MUT;
            case FN_ONCE -> Use.MOVE;
        };
    }

    /** Index expressions inside a place path are values used by the closure too. */
    private void indexOperands(Expr e) {
        switch (e) {
            case Expr.Field f -> indexOperands(f.base());
            case Expr.Index i -> { indexOperands(i.base()); value(i.index()); }
            case Expr.Paren p -> indexOperands(p.inner());
            case Expr.Unary d when d.op() == Expr.UnOp.DEREF -> indexOperands(d.operand());
            default -> { }
        }
    }

    /** The capture path of a place expression rooted in a captured variable, or null. */
    private PathOf pathOf(Expr e) {
        PathOf p = pathThrough(e);
        return p == null || p.closed() ? p : new PathOf(p.binding(), p.steps(), false, e.span());
    }

    private PathOf pathThrough(Expr e) {
        return switch (e) {
            case Expr.PathExpr p -> fcx.tables.pathRes.get(p.id()) instanceof Res.Local l && captured.containsKey(l.binding())
                    ? new PathOf(l.binding(), List.of(), false, p.span()) : null;
            case Expr.Paren p -> pathOf(p.inner());
            case Expr.Field f -> {
                PathOf base = withAdjustments(pathOf(f.base()), f.base());
                Integer idx = fcx.tables.fieldIndices.get(f.id());
                yield base == null || base.closed() || idx == null || idx < 0 ? base : extend(base, idx);
            }
            case Expr.Unary d when d.op() == Expr.UnOp.DEREF -> {
                PathOf base = withAdjustments(pathOf(d.operand()), d.operand());
                if (base == null || base.closed()) yield base;
                yield fcx.tables.callees.containsKey(d.id()) ? close(base) : extend(base, ClosureDef.DEREF);
            }
            case Expr.Index i -> {
                PathOf base = withAdjustments(pathOf(i.base()), i.base());
                yield base == null ? null : close(base);
            }
            default -> null;
        };
    }

    /**
     * A captured place whose adjustments borrow it (auto-ref of a receiver, deref coercion of an
     * argument: `f(label)` with `label: &String` and `f` taking `&str`): the borrowed place is the
     * one reached by the built-in derefs before the borrow (`*label`, as rustc captures it), not the
     * variable. Returns false, noting nothing, when the place is not captured or nothing borrows it.
     */
    private boolean borrowedThroughAdjustments(Expr e) {
        List<Adjustment> adj = fcx.tables.adjustments.getOrDefault(e.id(), List.of());
        PathOf p = pathOf(e);
        if (p == null) return false;
        boolean borrows = false, mutable = false, derefs = true;
        for (Adjustment a : adj) {
            switch (a) {
                case Adjustment.Deref d -> { if (derefs && !p.closed()) p = extend(p, ClosureDef.DEREF); }
                case Adjustment.OverloadedDeref o -> { borrows = true; mutable |= o.mutable(); derefs = false; }
                case Adjustment.Borrow b -> { borrows = true; mutable |= b.mutable(); derefs = false; }
                case Adjustment.MutToConst m -> derefs = false;
                case Adjustment.Unsize u -> derefs = false;
                case Adjustment.NeverToAny n -> derefs = false;
                case Adjustment.ReifyFnPointer r -> derefs = false;
            }
        }
        return borrows && borrowedAt(e, p, mutable);
    }

    /**
     * A call argument: a `&mut` place passed where the parameter is declared `&mut` is reborrowed
     * (`&mut *out`), as lowering does at that coercion site, so the closure borrows `*out` uniquely
     * instead of moving `out` (`items.iter().for_each(|x| add(out, *x))` stays FnMut).
     */
    private void arg(Expr e, Ty param) {
        if (param instanceof Ty.Ref pr && pr.mutable() && isPlace(e)
                && fcx.tables.adjustments.getOrDefault(e.id(), List.of()).isEmpty()) {
            var t = fcx.tables.types.get(e.id());
            PathOf p = pathOf(e);
            if (t != null && fcx.icx.resolve(t) instanceof Ty.Ref r && r.mutable() && p != null && !p.closed()) {
                borrowedAt(e, extend(p, ClosureDef.DEREF), true);
                return;
            }
        }
        value(e);
    }

    private List<Ty> paramTypes(dev.heaplab.core.types.DefId fn) {
        dev.heaplab.core.types.FnDef def = fn == null ? null : fcx.cx.defs.fn(fn);
        return def == null ? List.of() : def.sig().inputs();
    }

    /**
     * A reference receiver taken by value (`label.len()` with `label: &String`) is reborrowed, as
     * rustc's method probe inserts `&*label`: the closure borrows `*label`, not the variable.
     */
    private boolean reborrowedReceiver(Expr receiver) {
        var t = fcx.tables.types.get(receiver.id());
        PathOf p = pathOf(receiver);
        if (p == null || p.closed() || t == null || !(fcx.icx.resolve(t) instanceof Ty.Ref r)) return false;
        return borrowedAt(receiver, extend(p, ClosureDef.DEREF), r.mutable());
    }

    private boolean borrowedAt(Expr e, PathOf p, boolean mutable) {
        note(p.binding(), p.steps(), mutable ? Use.MUT : Use.SHARED, p.span());
        indexOperands(e);
        return true;
    }

    /** Built-in auto-derefs extend the path; anything else (overloaded deref, auto-ref) closes it. */
    private PathOf withAdjustments(PathOf p, Expr e) {
        if (p == null || p.closed()) return p;
        for (Adjustment a : fcx.tables.adjustments.getOrDefault(e.id(), List.of())) {
            if (a instanceof Adjustment.Deref) p = extend(p, ClosureDef.DEREF);
            else if (!(a instanceof Adjustment.NeverToAny)) return close(p);
        }
        return p;
    }

    /**
     * A callee borrowed by `Fn::call`/`FnMut::call_mut`: through references it is the callable behind them
     * that is borrowed (`f()` with `f: &mut dyn FnMut()` is `call_mut(&mut *f)`, a unique borrow of `*f`
     * that needs no `mut f`), as the lowering's `(*f)(..)`.
     */
    private void calleePlace(Expr callee, Use u) {
        PathOf p = pathOf(callee);
        Ty t = fcx.tables.types.get(callee.id());
        if (p == null || p.closed() || t == null) {
            place(callee, u);
            return;
        }
        for (Ty r = fcx.icx.resolve(t); r instanceof Ty.Ref ref; r = fcx.icx.resolve(ref.inner())) p = extend(p, ClosureDef.DEREF);
        note(p.binding(), p.steps(), u, p.span());
        indexOperands(callee);
    }

    private static PathOf extend(PathOf p, int step) {
        List<Integer> steps = new ArrayList<>(p.steps());
        steps.add(step);
        return new PathOf(p.binding(), steps, false, p.span());
    }

    private static PathOf close(PathOf p) { return new PathOf(p.binding(), p.steps(), true, p.span()); }
}
