package dev.heaplab.core.lower;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.typeck.Adjustment;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.typeck.TypeckResults;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers expressions, in rustc's three modes: as a place (where a value lives), as an operand
 * (a value to use), or into a destination place. Adjustments recorded by type checking (auto-deref,
 * auto-ref, unsizing) are applied to the unadjusted place in order.
 */
final class Exprs {
    private final LowerCx cx;
    final Operators ops;
    final ControlFlow flow;

    Exprs(LowerCx cx) {
        this.cx = cx;
        this.ops = new Operators(cx);
        this.flow = new ControlFlow(cx);
    }

    /** The adjusted place of {@code e}; non-place expressions are evaluated into a temporary. */
    Place place(Expr e, boolean mutable) {
        List<Adjustment> adj = cx.results.adjustments(e.id());
        Place viaCapture = capturedThroughDerefs(e, adj);
        if (viaCapture != null) {
            int n = leadingDerefs(adj);
            return adjust(viaCapture, ((Adjustment.Deref) adj.get(n - 1)).target(), adj.subList(n, adj.size()), e.span(), mutable);
        }
        // A constant receiver auto-ref'd shared (`["a", "b"].iter()`) is promoted like `&["a", "b"]`.
        Place p = !adj.isEmpty() && adj.get(0) instanceof Adjustment.Borrow b && !b.mutable() && cx.promotion.promotableValue(e)
                ? cx.promotion.promote(e) : rawPlace(e, mutable || needsMutableBase(adj));
        return adjust(p, cx.ty(e.id()), adj, e.span(), mutable);
    }

    /**
     * A variable auto-deref'd in a closure that captured only the place behind it (`left[0] = x`
     * with `left: &mut [i32]` captures `*left`): the captured place, or null when this case does not apply.
     */
    private Place capturedThroughDerefs(Expr e, List<Adjustment> adj) {
        if (!(e instanceof Expr.PathExpr pe) || !(cx.results.pathRes(pe.id()) instanceof Res.Local l)) return null;
        if (cx.bindings.containsKey(l.binding()) || cx.captures.containsKey(l.binding())) return null;
        List<LowerCx.CapturedPath> caps = cx.capturedPaths.get(l.binding());
        int n = leadingDerefs(adj);
        if (caps == null || n == 0) return null;
        List<Integer> path = new ArrayList<>();
        for (int k = 0; k < n; k++) path.add(dev.heaplab.core.types.ClosureDef.DEREF);
        for (LowerCx.CapturedPath c : caps) {
            if (c.path().size() <= n && path.subList(0, c.path().size()).equals(c.path())) return placeOfPath(l.binding(), path, e.span());
        }
        return null;
    }

    private static int leadingDerefs(List<Adjustment> adj) {
        int n = 0;
        while (n < adj.size() && adj.get(n) instanceof Adjustment.Deref) n++;
        return n;
    }

    /** A mutable auto-ref (or a mutable overloaded deref) needs the underlying place mutably. */
    private static boolean needsMutableBase(List<Adjustment> adj) {
        for (Adjustment a : adj) {
            if (a instanceof Adjustment.Borrow b && b.mutable()) return true;
            if (a instanceof Adjustment.OverloadedDeref d && d.mutable()) return true;
        }
        return false;
    }

    Place place(Expr e) { return place(e, false); }

    /** The adjusted value of {@code e}: constants stay constants, places are copied or moved. */
    Operand operand(Expr e) {
        List<Adjustment> adj = cx.results.adjustments(e.id());
        if (adj.isEmpty()) {
            Operand c = constant(e);
            if (c != null) return c;
        }
        Place p = place(e);
        Operand op = cx.use(p, cx.adjustedTy(e));
        // an `impl Trait` value without `Copy` in its bounds moves even if its hidden type is Copy (rustc)
        if (op instanceof Operand.Copy c && adj.isEmpty() && cx.results.opaqueMove(e.id())) return new Operand.Move(c.place());
        return op;
    }

    /** A copy of a value whose type is an `impl Trait` without `Copy` in its bounds is a move (see {@link TypeckResults#opaqueMove}). */
    private Operand opaqueMove(Operand op, dev.heaplab.core.syntax.NodeId id) {
        return op instanceof Operand.Copy c && cx.results.opaqueMove(id) ? new Operand.Move(c.place()) : op;
    }

    /** Evaluates {@code e} (adjusted) into {@code dest}. */
    void into(Place dest, Expr e) {
        if (!cx.results.adjustments(e.id()).isEmpty()) {
            cx.assign(e.span(), dest, new Rvalue.Use(operand(e)));
            return;
        }
        rawInto(dest, e);
    }

    private Operand constant(Expr e) {
        return switch (e) {
            case Expr.Lit l -> literal(l.value(), cx.ty(l.id()));
            case Expr.Paren p -> cx.results.adjustments(p.inner().id()).isEmpty() ? constant(p.inner()) : null;
            case Expr.PathExpr p -> switch (cx.results.pathRes(p.id())) {
                case Res.Fn f when cx.ty(p.id()) instanceof Ty.FnDef -> LowerCx.fnOperand(f.fn(), f.args());
                case null, default -> null;
            };
            default -> null;
        };
    }

    static Operand literal(Expr.LitValue v, Ty ty) {
        ConstValue c = switch (v) {
            case Expr.LitValue.Int i -> ty instanceof Ty.Float ? new ConstValue.Float(i.value().doubleValue())
                    : new ConstValue.Int(i.value());
            case Expr.LitValue.Float f -> new ConstValue.Float(Double.parseDouble(f.text()));
            case Expr.LitValue.Bool b -> new ConstValue.Bool(b.value());
            case Expr.LitValue.Char c2 -> new ConstValue.Char(c2.codePoint());
            case Expr.LitValue.Str s -> new ConstValue.Str(s.value());
            case Expr.LitValue.Byte b -> new ConstValue.Int(BigInteger.valueOf(b.value()));
            case Expr.LitValue.ByteStr b -> new ConstValue.ByteStr(b.value());
        };
        return new Operand.Constant(c, ty);
    }

    /** The place an expression denotes before adjustments. */
    Place rawPlace(Expr e, boolean mutable) {
        if (!cx.capturedPaths.isEmpty()) {
            Place captured = e instanceof Expr.PathExpr ? null : capturedPlaceOf(e);
            if (captured == null) captured = reborrowOfCapturedPointee(e);
            if (captured != null) return captured;
        }
        switch (e) {
            case Expr.PathExpr p -> {
                Res res = cx.results.pathRes(p.id());
                if (res instanceof Res.Local l) return localPlace(l, p.span());
                if (mutable && res instanceof Res.Static st && cx.defs.constant(st.def()) != null && !cx.defs.constant(st.def()).mutable()) {
                    // rustc's E0596: a static is copied at each use here, so a `&mut` would silently borrow a copy.
                    cx.unsupported(p.span(), "a mutable borrow of an immutable `static`");
                }
                // A static is a place in static memory: its copy lives as a promoted constant, which
                // no statement end frees and no loan guards (`let r = &TABLE;` is `&'static`).
                if (!mutable && res instanceof Res.Static st) return staticPlace(st.def(), p.span());
            }
            case Expr.Paren p -> { return place(p.inner(), mutable); }
            case Expr.Field f -> {
                Place base = place(f.base(), mutable);
                return base.field(cx.results.fieldIndex(f.id()), cx.ty(f.id()));
            }
            case Expr.Index ix -> { return ops.indexPlace(ix, mutable); }
            case Expr.Unary u when u.op() == Expr.UnOp.DEREF -> {
                TypeckResults.Callee callee = cx.results.callee(u.id());
                if (callee == null) return place(u.operand(), mutable).deref();
                return ops.overloadedDeref(place(u.operand(), mutable), cx.adjustedTy(u.operand()), callee, mutable,
                        cx.ty(u.id()), u.span());
            }
            default -> { }
        }
        if (cx.extendedOperands.remove(e.id())) {
            // the base of an extending borrow's place (`let s = &temp()[1..];`) lives in the enclosing block's scope
            Ty ty = cx.ty(e.id());
            Local ext = cx.cfg.newTemp(ty, e.span());
            cx.cfg.push(new Statement.StorageLive(e.span(), ext));
            cx.scopes.scheduleIn(cx.extendScope, ext, cx.facts.mayNeedDrop(ty), e.span());
            rawInto(Place.of(ext), e);
            return Place.of(ext);
        }
        Local t = cx.temp(cx.ty(e.id()), e.span());
        rawInto(Place.of(t), e);
        return Place.of(t);
    }

    /**
     * Inside a closure body, the environment place of a precisely captured place expression such as
     * `self.count` (its path of fields and built-in derefs equals a captured path), or null.
     */
    private Place capturedPlaceOf(Expr e) {
        Res.Local[] root = new Res.Local[1];
        List<Integer> path = pathOf(e, root);
        if (path == null) return null;
        List<LowerCx.CapturedPath> caps = cx.capturedPaths.get(root[0].binding());
        if (caps == null) return null;
        for (LowerCx.CapturedPath c : caps) if (c.path().equals(path)) return c.place();
        return null;
    }

    /** The field/deref path of a place expression from its root variable (through built-in auto-derefs). */
    private List<Integer> pathOf(Expr e, Res.Local[] root) {
        List<Integer> base;
        switch (e) {
            case Expr.PathExpr p -> {
                if (!(cx.results.pathRes(p.id()) instanceof Res.Local l)) return null;
                root[0] = l;
                return new ArrayList<>();
            }
            case Expr.Paren p -> { return pathOf(p.inner(), root); }
            case Expr.Field f -> {
                base = pathWithDerefs(f.base(), root);
                if (base == null) return null;
                int idx = cx.results.fieldIndex(f.id());
                if (idx < 0) return null;
                base.add(idx);
                return base;
            }
            case Expr.Unary u when u.op() == Expr.UnOp.DEREF && cx.results.callee(u.id()) == null -> {
                base = pathWithDerefs(u.operand(), root);
                if (base == null) return null;
                base.add(dev.heaplab.core.types.ClosureDef.DEREF);
                return base;
            }
            default -> { return null; }
        }
    }

    private List<Integer> pathWithDerefs(Expr e, Res.Local[] root) {
        List<Integer> p = pathOf(e, root);
        if (p == null) return null;
        for (Adjustment a : cx.results.adjustments(e.id())) {
            if (a instanceof Adjustment.Deref) p.add(dev.heaplab.core.types.ClosureDef.DEREF);
            else return null;
        }
        return p;
    }

    /** The place of `binding.path` in the current body (through this closure's own captures if any). */
    Place placeOfPath(dev.heaplab.core.syntax.NodeId binding, List<Integer> path, Span span) {
        List<LowerCx.CapturedPath> caps = cx.capturedPaths.get(binding);
        if (caps != null) {
            LowerCx.CapturedPath best = null;
            for (LowerCx.CapturedPath c : caps) {
                if (c.path().size() <= path.size() && path.subList(0, c.path().size()).equals(c.path())
                        && (best == null || c.path().size() > best.path().size())) best = c;
            }
            if (best != null) return extendPath(best.place(), best.ty(), path.subList(best.path().size(), path.size()), span);
        }
        Place root = localPlace(new Res.Local(binding), span);
        Ty ty = cx.bindings.containsKey(binding) ? cx.cfg.localTy(cx.bindings.get(binding)) : null;
        return extendPath(root, ty, path, span);
    }

    private Place extendPath(Place p, Ty ty, List<Integer> steps, Span span) {
        for (int step : steps) {
            if (step == dev.heaplab.core.types.ClosureDef.DEREF) {
                p = p.deref();
                ty = ty == null ? null : dev.heaplab.core.types.PlaceTy.project(ty, step, cx.defs);
            } else {
                Ty next = ty == null ? null : dev.heaplab.core.types.PlaceTy.project(ty, step, cx.defs);
                p = p.field(step, next == null ? Ty.ERROR : next);
                ty = next;
            }
        }
        return p;
    }

    /**
     * A reference variable of which a closure captured only the pointee (`label.len()` inside the
     * closure captures `*label`, as rustc's `&*label` receiver): its value there is a reborrow of the
     * captured place, in a temporary; null when the variable itself is available.
     */
    private Place reborrowOfCapturedPointee(Expr e) {
        if (!(cx.ty(e.id()) instanceof Ty.Ref r)) return null;
        Res.Local[] root = new Res.Local[1];
        List<Integer> path = pathOf(e, root);
        if (path == null || cx.bindings.containsKey(root[0].binding()) || cx.captures.containsKey(root[0].binding())) return null;
        List<LowerCx.CapturedPath> caps = cx.capturedPaths.get(root[0].binding());
        if (caps == null) return null;
        List<Integer> pointee = new ArrayList<>(path);
        pointee.add(dev.heaplab.core.types.ClosureDef.DEREF);
        boolean found = false;
        for (LowerCx.CapturedPath c : caps) {
            // A capture of the reference itself (or of a place containing it) is used as usual.
            if (c.path().size() <= path.size() && path.subList(0, c.path().size()).equals(c.path())) return null;
            found |= c.path().equals(pointee);
        }
        if (!found) return null;
        Local t = cx.temp(r, e.span());
        cx.assign(e.span(), Place.of(t), new Rvalue.Ref(r.mutable() ? Rvalue.BorrowKind.MUT : Rvalue.BorrowKind.SHARED,
                placeOfPath(root[0].binding(), pointee, e.span())));
        return Place.of(t);
    }

    private Place localPlace(Res.Local l, Span span) {
        Place captured = cx.captures.get(l.binding());
        if (captured != null) return captured;
        Local local = cx.bindings.get(l.binding());
        if (local == null) {
            cx.unsupported(span, "use of this variable here");
            return Place.of(Local.RETURN);
        }
        Local guardRef = cx.guardRefs.get(l.binding());
        if (guardRef != null) cx.cfg.push(new dev.heaplab.core.mir.Statement.PlaceMention(span, Place.of(guardRef)));
        return Place.of(local);
    }

    /**
     * Applies type-checking adjustments to a place, returning the adjusted place. An overloaded
     * deref followed by a mutable use becomes `DerefMut::deref_mut`, as rustc's mutability fix-up.
     */
    Place adjust(Place p, Ty ty, List<Adjustment> adjustments, Span span, boolean mutableUse) {
        Ty cur = ty;
        for (int k = 0; k < adjustments.size(); k++) {
            Adjustment a = adjustments.get(k);
            switch (a) {
                case Adjustment.Deref d -> p = p.deref();
                case Adjustment.OverloadedDeref od -> {
                    boolean mut = od.mutable() || mutableUse || needsMutableBase(adjustments.subList(k + 1, adjustments.size()));
                    p = ops.callDeref(p, cur, od.derefFn(), mut, od.target(), span);
                }
                case Adjustment.Borrow b -> {
                    Local t = cx.temp(b.target(), span);
                    cx.assign(span, Place.of(t), new Rvalue.Ref(b.mutable() ? Rvalue.BorrowKind.TWO_PHASE_MUT
                            : Rvalue.BorrowKind.SHARED, p));
                    p = Place.of(t);
                }
                case Adjustment.MutToConst m -> {
                    Local t = cx.temp(m.target(), span);
                    cx.assign(span, Place.of(t), new Rvalue.Ref(Rvalue.BorrowKind.SHARED, p.deref()));
                    p = Place.of(t);
                }
                case Adjustment.Unsize u -> p = castInto(p, cur, Rvalue.CastKind.UNSIZE, u.target(), span);
                case Adjustment.ReifyFnPointer r -> p = castInto(p, cur, Rvalue.CastKind.FN_TO_PTR, r.target(), span);
                case Adjustment.NeverToAny n -> { }
            }
            cur = a.target();
        }
        return p;
    }

    private Place castInto(Place p, Ty from, Rvalue.CastKind kind, Ty target, Span span) {
        Local t = cx.temp(target, span);
        cx.assign(span, Place.of(t), new Rvalue.Cast(kind, cx.use(p, from), target));
        return Place.of(t);
    }

    /** Evaluates an expression, without its adjustments, into {@code dest}. */
    void rawInto(Place dest, Expr e) {
        Span span = e.span();
        switch (e) {
            case Expr.Lit l -> cx.assign(span, dest, new Rvalue.Use(literal(l.value(), cx.ty(l.id()))));
            case Expr.PathExpr p -> path(dest, p);
            case Expr.Paren p -> into(dest, p.inner());
            case Expr.Unary u -> ops.unary(dest, u);
            case Expr.AddrOf a -> {
                Place target;
                boolean extended = cx.extendedOperands.remove(a.operand().id());
                if (!a.mutable() && cx.promotion.promotable(a.operand())) {
                    target = cx.promotion.promote(a.operand());
                } else if (extended) {
                    // An extended temporary: it lives in the enclosing block's scope, not the statement's.
                    Ty t = cx.adjustedTy(a.operand());
                    Local ext = cx.cfg.newTemp(t, a.operand().span());
                    cx.cfg.push(new Statement.StorageLive(span, ext));
                    cx.scopes.scheduleIn(cx.extendScope, ext, cx.facts.mayNeedDrop(t), span);
                    into(Place.of(ext), a.operand());
                    target = Place.of(ext);
                } else {
                    target = place(a.operand(), a.mutable());
                }
                cx.assign(span, dest, new Rvalue.Ref(a.mutable() ? Rvalue.BorrowKind.MUT : Rvalue.BorrowKind.SHARED, target));
            }
            case Expr.Binary b -> ops.binary(dest, b);
            case Expr.Assign a -> { ops.assign(a); cx.assign(span, dest, new Rvalue.Use(LowerCx.unit())); }
            case Expr.CompoundAssign c -> { ops.compoundAssign(c); cx.assign(span, dest, new Rvalue.Use(LowerCx.unit())); }
            case Expr.Call c -> call(dest, c);
            case Expr.MethodCall m -> methodCall(dest, m);
            case Expr.Field f -> copyFrom(dest, e);
            case Expr.Index i -> copyFrom(dest, e);
            case Expr.Tuple t -> {
                List<Operand> elems = new ArrayList<>();
                for (Expr x : t.elems()) elems.add(operand(x));
                cx.assign(span, dest, new Rvalue.Aggregate(new Rvalue.AggregateKind.Tuple(), elems));
            }
            case Expr.Array a -> {
                List<Operand> elems = new ArrayList<>();
                for (Expr x : a.elems()) elems.add(operand(x));
                Ty elemTy = cx.ty(a.id()) instanceof Ty.Array arr ? arr.elem() : Ty.ERROR;
                cx.assign(span, dest, new Rvalue.Aggregate(new Rvalue.AggregateKind.Array(elemTy), elems));
            }
            case Expr.ArrayRepeat r -> {
                long n = cx.ty(r.id()) instanceof Ty.Array arr ? arr.len() : 0;
                Ty elemTy = cx.ty(r.id()) instanceof Ty.Array arr ? arr.elem() : Ty.ERROR;
                if (n == 0 && cx.facts.mayNeedDrop(elemTy)) {
                    // `[v; 0]` holds nothing: the operand, evaluated, is dropped with the statement's temporaries
                    Local t = cx.temp(elemTy, r.elem().span());
                    into(Place.of(t), r.elem());
                    cx.assign(span, dest, new Rvalue.Repeat(new Operand.Copy(Place.of(t)), 0));
                } else {
                    cx.assign(span, dest, new Rvalue.Repeat(operand(r.elem()), n));
                }
            }
            case Expr.StructLit s -> structLit(dest, s);
            case Expr.Range r -> range(dest, r);
            case Expr.Cast c -> ops.cast(dest, c);
            case Expr.BlockExpr b -> flow.blockExpr(dest, b);
            case Expr.If i -> flow.ifExpr(dest, i);
            case Expr.While w -> flow.whileExpr(dest, w);
            case Expr.Loop l -> flow.loopExpr(dest, l);
            case Expr.For f -> flow.forExpr(dest, f);
            case Expr.Match m -> flow.match(dest, m);
            case Expr.Closure c -> closure(dest, c);
            case Expr.Break b -> flow.breakExpr(b);
            case Expr.Continue c -> flow.continueExpr(c);
            case Expr.Return r -> flow.returnExpr(r);
            case Expr.Try t -> flow.tryExpr(dest, t);
            case Expr.MacroCall m -> cx.macros.lower(dest, m);
            case Expr.Let l -> cx.unsupported(span, "`let` expression outside of an `if` or `while` condition");
        }
    }

    private void copyFrom(Place dest, Expr e) {
        Place p = rawPlace(e, false);
        cx.assign(e.span(), dest, new Rvalue.Use(cx.use(p, cx.ty(e.id()))));
    }

    private void path(Place dest, Expr.PathExpr p) {
        Res res = cx.results.pathRes(p.id());
        Span span = p.span();
        switch (res) {
            case Res.Local l -> cx.assign(span, dest, new Rvalue.Use(opaqueMove(cx.use(localPlace(l, span), cx.ty(p.id())), p.id())));
            // A trait's associated constant (`C::KIND`) is a call of the function its impl defines.
            case Res.Fn f when !(cx.ty(p.id()) instanceof Ty.FnDef) -> emitCall(dest, LowerCx.fnOperand(f.fn(), f.args()), List.of(), span);
            case Res.Fn f -> cx.assign(span, dest, new Rvalue.Use(LowerCx.fnOperand(f.fn(), f.args())));
            case Res.Ctor c -> {
                AdtDef adt = cx.defs.adt(c.adt());
                if (adt != null && adt.variants().get(c.variant()).ctor() == AdtDef.CtorKind.UNIT) {
                    cx.assign(span, dest, new Rvalue.Aggregate(
                            new Rvalue.AggregateKind.Adt(c.adt(), c.variant(), c.args()), List.of()));
                } else if (cx.ctorFns != null) {
                    // A constructor used as a value is a function (`.map(Some)`), coerced to the fn pointer type given.
                    DefId fn = cx.ctorFns.of(c.adt(), c.variant());
                    Operand item = LowerCx.fnOperand(fn, c.args());
                    Ty ty = cx.ty(p.id());
                    cx.assign(span, dest, ty instanceof Ty.FnPtr ? new Rvalue.Cast(Rvalue.CastKind.FN_TO_PTR, item, ty)
                            : new Rvalue.Use(item));
                } else {
                    cx.unsupported(span, "a tuple struct or variant constructor used as a function value");
                }
            }
            case Res.Const c -> constValue(dest, c.def(), span);
            case Res.Static s -> cx.assign(span, dest, new Rvalue.Use(cx.use(staticPlace(s.def(), span), cx.ty(p.id()))));
            case null -> cx.unsupported(span, "unresolved path `" + p.path().text() + "`");
        }
    }

    /**
     * A `const` is inlined at each use, as rustc does; an immutable `static` behaves the same for
     * every program of the subset (no interior mutability or address comparison of statics).
     */
    /**
     * An immutable static's place: its value in a promoted local named after it, so that a use of a
     * non-Copy static moves out of it (rustc's E0507 "cannot move out of static item").
     */
    private Place staticPlace(dev.heaplab.core.types.DefId def, Span span) {
        dev.heaplab.core.types.ConstDef c = cx.defs.constant(def);
        Local p = cx.cfg.newLocal(new dev.heaplab.core.mir.LocalDecl(c == null ? Ty.ERROR : c.ty(), c == null ? null : c.name(),
                false, span, dev.heaplab.core.mir.LocalDecl.Kind.PROMOTED));
        constValue(Place.of(p), def, span);
        return Place.of(p);
    }

    void constValue(Place dest, dev.heaplab.core.types.DefId def, Span span) {
        dev.heaplab.core.types.ConstDef c = cx.defs.constant(def);
        if (c == null || c.value() == null || c.mutable()) {
            cx.unsupported(span, c != null && c.mutable() ? "`static mut`" : "this constant");
            return;
        }
        if (!cx.inlining.add(def)) { cx.unsupported(span, "a recursive constant"); return; }
        into(dest, c.value());
        cx.inlining.remove(def);
    }

    private void call(Place dest, Expr.Call c) {
        Span span = c.span();
        if (c.callee() instanceof Expr.PathExpr pe && cx.results.adjustments(pe.id()).isEmpty()) {
            Res res = cx.results.pathRes(pe.id());
            if (res instanceof Res.Ctor ctor) {
                List<Operand> args = new ArrayList<>();
                for (Expr a : c.args()) args.add(operand(a));
                cx.assign(span, dest, new Rvalue.Aggregate(
                        new Rvalue.AggregateKind.Adt(ctor.adt(), ctor.variant(), ctor.args()), args));
                return;
            }
            if (res instanceof Res.Fn f) {
                List<Operand> args = new ArrayList<>();
                List<Ty> params = paramTypes(f.fn());
                for (int k = 0; k < c.args().size(); k++) {
                    args.add(evaluated(argOperand(c.args().get(k), k < params.size() ? params.get(k) : null), c.args().get(k),
                            laterMayConflict(c.args(), k + 1)));
                }
                emitCall(dest, LowerCx.fnOperand(f.fn(), f.args()), args, span,
                        new Terminator.Call.Site(span, pe.span(), c.args().stream().map(Expr::span).toList()));
                return;
            }
        }
        TypeckResults.Callee callee = cx.results.callee(c.id());
        if (callee != null) {
            // A call through the Fn traits: `f(a, b)` is `Fn::call(&f, (a, b))` as in rustc.
            FnDef fn = cx.defs.fn(callee.fn());
            String method = fn == null ? "" : fn.name();
            TypeckResults.Callee byKind = closureCallee(cx.adjustedTy(c.callee()), callee);
            if (byKind != null) {
                callee = byKind;
                method = cx.defs.fn(callee.fn()).name();
            }
            Operand receiver;
            Place fp = place(c.callee(), !method.equals("call"));
            Ty fty = cx.adjustedTy(c.callee());
            // Calling through `&F` / `&mut F` (or a Box) goes to the callable itself: `(*f)(..)`.
            while (!method.equals("call_once")) {
                if (fty instanceof Ty.Ref fr) {
                    fp = fp.deref();
                    fty = fr.inner();
                } else if (fty instanceof Ty.Adt box && cx.defs.adt(box.def()) != null
                        && cx.defs.adt(box.def()).lang() == dev.heaplab.core.types.LangItem.BOX) {
                    fp = fp.deref();
                    fty = box.args().get(0);
                } else {
                    break;
                }
            }
            // The callee is borrowed (or moved) at its own span, where rustc points at the call's use of it.
            switch (method) {
                case "call" -> receiver = refTo(fp, fty, false, c.callee().span());
                case "call_mut" -> receiver = refTo(fp, fty, true, c.callee().span());
                default -> receiver = cx.use(fp, fty);
            }
            List<Operand> args = new ArrayList<>();
            List<Ty> argTys = new ArrayList<>();
            for (Expr a : c.args()) {
                args.add(operand(a));
                argTys.add(cx.adjustedTy(a));
            }
            Local tuple = cx.temp(new Ty.Tuple(argTys), span);
            cx.assign(span, Place.of(tuple), new Rvalue.Aggregate(new Rvalue.AggregateKind.Tuple(), args));
            emitCall(dest, LowerCx.fnOperand(callee.fn(), callee.args()),
                    List.of(receiver, new Operand.Move(Place.of(tuple))), span,
                    new Terminator.Call.Site(span, span, List.of(c.callee().span(), span)));
            return;
        }
        // A call of a fn pointer or fn item value.
        Operand func = operand(c.callee());
        List<Operand> args = new ArrayList<>();
        for (Expr a : c.args()) args.add(operand(a));
        emitCall(dest, func, args, span);
    }

    /**
     * Arguments are evaluated left to right, and moving a variable happens when its argument is
     * evaluated: `r.retries(r.retries + 1)` moves `r` before reading `r.retries`, as in rustc's MIR.
     */
    private Operand evaluated(Operand o, Expr e) { return evaluated(o, e, false); }

    /**
     * Whether evaluating the arguments after the {@code from}-th can move, borrow or capture what an
     * earlier argument reads: anything but literals and copies of variables or their fields.
     */
    private boolean laterMayConflict(List<Expr> args, int from) {
        for (int k = from; k < args.size(); k++) if (!plainCopy(args.get(k))) return true;
        return false;
    }

    private boolean plainCopy(Expr e) {
        if (!cx.results.adjustments(e.id()).isEmpty()) return false;
        return switch (e) {
            case Expr.Lit l -> true;
            case Expr.Paren p -> plainCopy(p.inner());
            case Expr.PathExpr p -> !(cx.results.pathRes(p.id()) instanceof Res.Local) || cx.facts.isCopy(cx.ty(e.id())) && !cx.results.opaqueMove(e.id());
            case Expr.Field f -> cx.facts.isCopy(cx.ty(e.id())) && plainCopy(f.base());
            default -> false;
        };
    }

    /**
     * As {@link #evaluated(Operand, Expr)}; an argument followed by others is also read when it is
     * evaluated, into a temporary, as rustc's MIR does: `f(x, &mut x)` and
     * `self.next.map(|n| { self.next = ..; .. })` copy the value before the later argument borrows it.
     */
    private Operand evaluated(Operand o, Expr e, boolean beforeOthers) {
        Place read = switch (o) {
            case Operand.Move m -> m.place();
            case Operand.Copy c -> beforeOthers ? c.place() : null;
            case Operand.Constant k -> null;
        };
        if (read == null || cx.cfg.decl(read.local()).kind() == dev.heaplab.core.mir.LocalDecl.Kind.TEMP) return o;
        Ty t = cx.adjustedTy(e);
        Local tmp = cx.temp(t, e.span());
        cx.assign(e.span(), Place.of(tmp), new Rvalue.Use(o));
        return new Operand.Move(Place.of(tmp));
    }

    private List<Ty> paramTypes(dev.heaplab.core.types.DefId fn) {
        FnDef def = cx.defs.fn(fn);
        return def == null ? List.of() : def.sig().inputs();
    }

    /**
     * An argument: a `&mut` place passed where the parameter is declared `&mut` is implicitly
     * reborrowed (`&mut *r`), as rustc does at coercion sites, so the variable stays usable.
     */
    Operand argOperand(Expr e, Ty param) { return argOperand(e, param, false); }

    /**
     * As {@link #argOperand(Expr, Ty)}; a method's receiver is reborrowed as a two-phase borrow, as
     * rustc's receiver adjustment is (`entry.push(entry.len())` with `entry: &mut Vec<_>`).
     */
    Operand argOperand(Expr e, Ty param, boolean receiver) {
        Ty t = cx.adjustedTy(e);
        if (param instanceof Ty.Ref pr && pr.mutable() && t instanceof Ty.Ref r && r.mutable()
                && ControlFlow.isPlaceExpr(e) && cx.results.adjustments(e.id()).isEmpty()) {
            Place p = place(e, true);
            Local tmp = cx.temp(t, e.span());
            cx.assign(e.span(), Place.of(tmp), new Rvalue.Ref(receiver ? Rvalue.BorrowKind.TWO_PHASE_MUT : Rvalue.BorrowKind.MUT, p.deref()));
            return new Operand.Move(Place.of(tmp));
        }
        return operand(e);
    }

    /**
     * Calling a closure value goes through the trait its kind gives (`Fn::call`, `FnMut::call_mut`
     * — which needs a mutable binding — or `FnOnce::call_once`), as rustc resolves it.
     */
    private TypeckResults.Callee closureCallee(Ty calleeTy, TypeckResults.Callee recorded) {
        Ty t = calleeTy;
        while (t instanceof Ty.Ref r) t = r.inner();
        if (!(t instanceof Ty.Closure clo) || !(calleeTy instanceof Ty.Closure)) return null;
        ClosureDef def = cx.defs.closure(clo.def());
        if (def == null) return null;
        String[] traitAndMethod = switch (def.kind()) {
            case FN -> new String[] {"Fn", "call"};
            case FN_MUT -> new String[] {"FnMut", "call_mut"};
            case FN_ONCE -> new String[] {"FnOnce", "call_once"};
        };
        var trait = cx.defs.langTrait(traitAndMethod[0]);
        if (trait == null || trait.methods().get(traitAndMethod[1]) == null) return null;
        return new TypeckResults.Callee(trait.methods().get(traitAndMethod[1]), recorded.args());
    }

    Operand refTo(Place p, Ty ty, boolean mutable, Span span) {
        Local t = cx.temp(new Ty.Ref(dev.heaplab.core.types.Region.ERASED, mutable, ty), span);
        cx.assign(span, Place.of(t), new Rvalue.Ref(mutable ? Rvalue.BorrowKind.MUT : Rvalue.BorrowKind.SHARED, p));
        return new Operand.Move(Place.of(t));
    }

    private void methodCall(Place dest, Expr.MethodCall m) {
        TypeckResults.Callee callee = cx.results.callee(m.id());
        if (callee == null) {
            cx.unsupported(m.span(), "method call that could not be resolved");
            return;
        }
        List<Operand> args = new ArrayList<>();
        List<Ty> params = paramTypes(callee.fn());
        args.add(evaluated(argOperand(m.receiver(), params.isEmpty() ? null : params.get(0), true), m.receiver(),
                laterMayConflict(m.args(), 0)));
        for (int k = 0; k < m.args().size(); k++) {
            args.add(evaluated(argOperand(m.args().get(k), k + 1 < params.size() ? params.get(k + 1) : null), m.args().get(k),
                    laterMayConflict(m.args(), k + 1)));
        }
        // rustc's call span for a method starts at the method name: `#[track_caller]` panics report it.
        Span fnSpan = new Span(m.method().name().span().lo(), m.span().hi());
        List<Span> argSpans = new ArrayList<>();
        argSpans.add(m.receiver().span());
        for (Expr a : m.args()) argSpans.add(a.span());
        emitCall(dest, LowerCx.fnOperand(callee.fn(), callee.args()), args, fnSpan,
                new Terminator.Call.Site(m.span(), m.method().name().span(), argSpans));
    }

    /** Emits a call terminator and continues in its return block. */
    void emitCall(Place dest, Operand func, List<Operand> args, Span span) {
        emitCall(dest, func, args, span, new Terminator.Call.Site(span, null, List.of()));
    }

    private void emitCall(Place dest, Operand func, List<Operand> args, Span span, Terminator.Call.Site site) {
        BlockId next = cx.cfg.newBlock();
        cx.cfg.terminate(new Terminator.Call(span, func, args, dest, next, null, site));
        cx.cfg.switchTo(next);
    }

    /** Emits a call to a function that never returns (panics). */
    void emitDivergingCall(Operand func, List<Operand> args, Span span) {
        Local t = cx.temp(Ty.NEVER, span);
        cx.cfg.terminate(new Terminator.Call(span, func, args, Place.of(t), null, null));
    }

    private void structLit(Place dest, Expr.StructLit s) {
        Res res = cx.results.pathRes(s.id());
        if (!(res instanceof Res.Ctor ctor)) {
            cx.unsupported(s.span(), "struct literal of this kind");
            return;
        }
        AdtDef adt = cx.defs.adt(ctor.adt());
        AdtDef.VariantDef v = adt.variants().get(ctor.variant());
        Operand[] fields = new Operand[v.fields().size()];
        // Field initialisers are evaluated in source order, then placed in declaration order.
        for (Expr.FieldInit fi : s.fields()) {
            int idx = v.fieldIndex(fi.name().name());
            if (idx < 0) { cx.unsupported(fi.span(), "unknown field"); return; }
            fields[idx] = operand(fi.value());
        }
        if (s.base() != null) {
            Place base = place(s.base());
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] != null) continue;
                Ty fty = TySubst.subst(v.fields().get(i).ty(), ctor.args());
                fields[i] = cx.use(base.field(i, fty), fty);
            }
        }
        for (Operand f : fields) if (f == null) { cx.unsupported(s.span(), "missing field"); return; }
        cx.assign(s.span(), dest, new Rvalue.Aggregate(new Rvalue.AggregateKind.Adt(ctor.adt(), ctor.variant(),
                ctor.args()), List.of(fields)));
    }

    private void range(Place dest, Expr.Range r) {
        Ty ty = cx.ty(r.id());
        if (!(ty instanceof Ty.Adt adtTy)) { cx.unsupported(r.span(), "range of this type"); return; }
        AdtDef adt = cx.defs.adt(adtTy.def());
        List<Operand> fields = new ArrayList<>();
        for (AdtDef.FieldDef f : adt.struct().fields()) {
            switch (f.name()) {
                case "start" -> fields.add(operand(r.start()));
                case "end" -> fields.add(operand(r.end()));
                case "exhausted" -> fields.add(LowerCx.constBool(false));
                default -> { cx.unsupported(r.span(), "range field `" + f.name() + "`"); return; }
            }
        }
        cx.assign(r.span(), dest, new Rvalue.Aggregate(new Rvalue.AggregateKind.Adt(adtTy.def(), 0, adtTy.args()), fields));
    }

    private void closure(Place dest, Expr.Closure c) {
        ClosureDef def = cx.closureOf(c);
        if (def == null) { cx.unsupported(c.span(), "closure without type information"); return; }
        List<Operand> caps = new ArrayList<>();
        for (ClosureDef.Capture cap : def.captures()) {
            Place p = placeOfPath(cap.binding(), cap.path(), c.span());
            Ty varTy = cx.capturedVarTy(cap);
            caps.add(switch (cap.mode()) {
                case BY_VALUE -> cap.path().isEmpty() ? opaqueMove(cx.use(p, varTy), cap.binding()) : cx.use(p, varTy);
                case BY_REF -> refTo(p, varTy, false, c.span());
                case BY_MUT_REF -> refTo(p, varTy, true, c.span());
            });
        }
        cx.assign(c.span(), dest, new Rvalue.ClosureValue(def.id(), cx.ty(c.id()), caps));
    }

    /** Helper for statements that need a discarded value's place. */
    void discard(Expr e) {
        Local t = cx.temp(cx.adjustedTy(e), e.span());
        into(Place.of(t), e);
    }

    void storageDead(Local l, Span span) { cx.cfg.push(new Statement.StorageDead(span, l)); }
}
