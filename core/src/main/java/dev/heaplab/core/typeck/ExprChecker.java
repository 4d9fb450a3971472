package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks expressions: each gets a type (recorded before adjustments). {@code expected} is a hint that
 * flows down (literals, closures, `vec![]`, empty collections); coercion sites call {@link #coerceTo}.
 */
final class ExprChecker {
    private final FnCtxt fcx;
    private final CallChecker calls;
    final OperatorChecker ops;
    private final ControlChecker control;

    ExprChecker(FnCtxt fcx) {
        this.fcx = fcx;
        this.calls = new CallChecker(fcx);
        this.ops = new OperatorChecker(fcx);
        this.control = new ControlChecker(fcx);
    }

    CallChecker calls() { return calls; }

    /** Checks {@code e} and coerces it to {@code expected}, reporting E0308 on mismatch. */
    Ty coerceTo(Expr e, Ty expected) { return coerceTo(e, expected, null); }

    /** As {@link #coerceTo(Expr, Ty)}, with why {@code expected} is expected for E0308's labels. */
    Ty coerceTo(Expr e, Ty expected, TypeMismatch.Because because) {
        coerced(e, expected, because);
        return expected;
    }

    /** As {@link #coerceTo(Expr, Ty, TypeMismatch.Because)}, telling whether the value coerced (else E0308 was reported). */
    boolean coerced(Expr e, Ty expected, TypeMismatch.Because because) {
        Ty t = check(e, expected);
        // `&?T` against a reference: resolve what pending obligations know of `?T` first (a closure's
        // `w: &Self::Item` not yet normalised), or unifying would take `?T = str` and skip the
        // deref coercion `&&str -> &str` that the real type needs (as method calls do).
        if (fcx.icx.shallow(expected) instanceof Ty.Ref && fcx.icx.shallow(t) instanceof Ty.Ref r
                && fcx.icx.shallow(r.inner()) instanceof Ty.Infer gi && gi.kind() == Ty.InferKind.GENERAL) {
            fcx.selectPending(false);
        }
        if (fcx.coercion.coerce(e.id(), t, expected, e.span())) return true;
        fcx.mismatch(e.span(), expected, t, because);
        return false;
    }

    Ty check(Expr e, Ty expected) {
        Ty ty = switch (e) {
            case Expr.Lit l -> {
                if (l.value() instanceof Expr.LitValue.Int || l.value() instanceof Expr.LitValue.Float) fcx.intLits.add(l);
                yield lit(l.value(), expected, l.span());
            }
            case Expr.PathExpr p -> calls.path(p);
            case Expr.Unary u -> ops.unary(u, expected);
            case Expr.AddrOf a -> {
                Ty hint = null;
                if (expected != null && fcx.icx.shallow(expected) instanceof Ty.Ref r) hint = r.inner();
                Ty inner = check(a.operand(), hint);
                if (hint != null && fcx.icx.shallow(hint) instanceof Ty.Slice && fcx.icx.shallow(inner) instanceof Ty.Array) {
                    yield new Ty.Ref(dev.heaplab.core.types.Region.ERASED, a.mutable(), inner);
                }
                yield new Ty.Ref(dev.heaplab.core.types.Region.ERASED, a.mutable(), inner);
            }
            case Expr.Binary b -> ops.binary(b, expected);
            case Expr.Assign a -> {
                Ty lhs = check(a.lhs(), null);
                coerceTo(a.rhs(), lhs);
                fcx.assignedItem(a.lhs(), a.rhs(), false);
                yield Ty.UNIT;
            }
            case Expr.CompoundAssign c -> ops.compound(c);
            case Expr.Call c -> calls.call(c, expected);
            case Expr.MethodCall m -> calls.methodCall(m, expected);
            case Expr.Field f -> calls.field(f);
            case Expr.Index i -> ops.index(i);
            case Expr.Tuple t -> {
                List<Ty> hints = expected != null && fcx.icx.shallow(expected) instanceof Ty.Tuple et
                        && et.elems().size() == t.elems().size() ? et.elems() : null;
                List<Ty> elems = new ArrayList<>();
                for (int i = 0; i < t.elems().size(); i++) {
                    Ty hint = hints == null ? null : hints.get(i);
                    Ty el = check(t.elems().get(i), hint);
                    // As rustc, an element coerces to the expected field type (`("sqrt", f64::sqrt)` as `(&str, fn(f64) -> f64)`).
                    if (hint != null && !(fcx.icx.shallow(hint) instanceof Ty.Infer)) {
                        int snap = fcx.icx.snapshot();
                        if (fcx.coercion.coerce(t.elems().get(i).id(), el, hint, t.elems().get(i).span())) el = hint;
                        else fcx.icx.rollback(snap);
                    }
                    elems.add(el);
                }
                yield new Ty.Tuple(elems);
            }
            case Expr.Paren p -> check(p.inner(), expected);
            case Expr.Array a -> {
                Ty elem = null;
                if (expected != null) {
                    Ty ex = fcx.icx.shallow(expected);
                    if (ex instanceof Ty.Array ea) elem = ea.elem();
                    else if (ex instanceof Ty.Slice es) elem = es.elem();
                }
                yield new Ty.Array(elements(a.elems(), elem), a.elems().size());
            }
            case Expr.ArrayRepeat r -> {
                Ty hint = expected != null && fcx.icx.shallow(expected) instanceof Ty.Array ea ? ea.elem() : null;
                Ty elem = check(r.elem(), hint);
                coerceTo(r.count(), Ty.USIZE);
                long n = constUsize(r.count());
                // the operand is copied into each element past the first: it must be `Copy` unless it
                // names a constant (rustc's repeat-operand rule; `[None; 26]` of boxes is E0277)
                if (n > 1 && !(r.elem() instanceof Expr.PathExpr pe && fcx.tables.pathRes.get(pe.id()) instanceof Res.Const))
                    fcx.require(elem, fcx.cx.langTrait("Copy"), List.of(), java.util.Map.of(), r.elem().span());
                yield n < 0 ? Ty.ERROR : new Ty.Array(elem, n);
            }
            case Expr.StructLit s -> calls.structLit(s);
            case Expr.Range r -> ops.range(r, expected);
            case Expr.Cast c -> ops.cast(c);
            case Expr.BlockExpr b -> {
                if (b.label() != null) {
                    FnCtxt.LoopCx l = new FnCtxt.LoopCx(b.label().name(), expected == null ? fcx.icx.fresh() : expected);
                    l.block = true;
                    l.head = b.span();
                    fcx.loops.push(l);
                    Ty t = block(b.block(), l.breakTy);
                    fcx.loops.pop();
                    // a tail that does not match the breaks is the mismatch, at the tail (rustc's coerce-many)
                    Span at = b.block().tail() != null ? b.block().tail().span() : b.span();
                    if (!fcx.coercion.coerce(b.id(), t, l.breakTy, at)) fcx.mismatch(at, l.breakTy, t);
                    yield l.breakTy;
                }
                yield block(b.block(), expected);
            }
            case Expr.Let l -> {
                Ty s = check(l.scrutinee(), null);
                fcx.pats.checkRoot(l.pattern(), s);
                yield Ty.BOOL;
            }
            case Expr.If i -> control.ifExpr(i, expected);
            case Expr.While w -> control.whileExpr(w);
            case Expr.Loop l -> control.loopExpr(l, expected);
            case Expr.For f -> control.forExpr(f);
            case Expr.Match m -> control.match(m, expected);
            case Expr.Closure c -> new ClosureChecker(fcx).check(c, expected);
            case Expr.Break b -> control.breakExpr(b);
            case Expr.Continue c -> {
                FnCtxt.LoopCx named = c.label() == null ? null
                        : fcx.loops.stream().filter(l -> c.label().name().equals(l.label)).findFirst().orElse(null);
                if (c.label() != null && named == null) {
                    fcx.error("E0426", "use of undeclared label `" + c.label().name() + "`", c.label().span(),
                            "undeclared label `" + c.label().name() + "`");
                } else if (named != null && named.block) {
                    fcx.cx.diags.add(Diagnostic.error("E0696", "`continue` pointing to a labeled block")
                            .primary(c.span(), "labeled blocks cannot be `continue`'d")
                            .secondary(named.head, "labeled block the `continue` points to").build());
                } else if (c.label() == null && control.unlabelledInLabelledBlock("continue", c.span())) {
                    // reported
                } else if (fcx.loops.isEmpty() && !control.insideClosure("continue", c.span())) fcx.error("E0268", "`continue` outside of a loop", c.span(), "cannot `continue` outside of a loop");
                yield Ty.NEVER;
            }
            case Expr.Return r -> {
                Ty ret = fcx.returnTys.peek();
                if (r.value() != null) coerceTo(r.value(), ret, fcx.closures.isEmpty() && fcx.returnTypeSpan != null
                        ? new TypeMismatch.Because.ReturnType(fcx.returnTypeSpan) : null);
                else if (!fcx.icx.unify(ret, Ty.UNIT)) fcx.mismatch(r.span(), ret, Ty.UNIT);
                yield Ty.NEVER;
            }
            case Expr.Try t -> control.tryExpr(t);
            case Expr.MacroCall m -> fcx.macros.check(m, expected);
        };
        return fcx.record(e.id(), ty);
    }

    /**
     * Elements of an array or `vec![...]`: all coerced to the first one's type (or the hint). As
     * rustc's coerce-many, the first element that does not coerce is the only error: the element
     * type is an error from there on.
     */
    Ty elements(List<Expr> elems, Ty hint) {
        Ty elem = hint;
        for (Expr x : elems) {
            if (elem == null) elem = check(x, null);
            else if (!coerced(x, elem, null)) elem = Ty.ERROR;
        }
        return elem == null ? fcx.icx.fresh() : elem;
    }

    long constUsize(Expr e) {
        if (e instanceof Expr.Lit l && l.value() instanceof Expr.LitValue.Int i) return i.value().longValue();
        switch (fcx.bodies.evaluator(fcx).integer(e, dev.heaplab.core.types.IntTy.USIZE)) {
            case ConstEval.Outcome.Value v when v.value().bitLength() < 63 -> {
                return v.value().longValue();
            }
            case ConstEval.Outcome.Value v -> { }
            case ConstEval.Outcome.Panic p -> {
                fcx.cx.diags.add(ConstEval.failure(p, fcx.anonConstName()));
                return -1;
            }
            case ConstEval.Outcome.Generic g -> {
                fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error(null, "constant expression depends on a generic parameter")
                        .primary(e.span(), "").note("this may fail depending on what value the parameter takes").build());
                return -1;
            }
            case ConstEval.Outcome.Unsupported u -> { }
        }
        Expr.PathExpr local = dev.heaplab.core.resolve.OuterLocals.localInConstant(fcx.cx.defs, e,
                pe -> fcx.tables.pathRes.get(pe.id()) instanceof Res.Const);
        if (local != null) fcx.cx.diags.add(dev.heaplab.core.resolve.OuterLocals.nonConstantLength(fcx.cx.defs, local));
        else fcx.cx.unsupported(e.span(), "array length that is not a literal or a constant");
        return -1;
    }

    Ty lit(Expr.LitValue v, Ty expected, dev.heaplab.core.source.Span span) {
        Ty ex = expected == null ? null : fcx.icx.shallow(expected);
        return switch (v) {
            case Expr.LitValue.Int i -> {
                if (!i.suffix().isEmpty()) {
                    IntTy it = IntTy.byName(i.suffix());
                    Ty t = it != null ? new Ty.Int(it) : new Ty.Float(FloatTy.byName(i.suffix()));
                    yield t;
                }
                if (ex instanceof Ty.Int) yield ex;
                if (ex instanceof Ty.Infer inf && inf.kind() == Ty.InferKind.INTEGER) yield ex;
                yield fcx.icx.fresh(Ty.InferKind.INTEGER);
            }
            case Expr.LitValue.Float f -> {
                if (!f.suffix().isEmpty()) yield new Ty.Float(FloatTy.byName(f.suffix()));
                if (ex instanceof Ty.Float) yield ex;
                yield fcx.icx.fresh(Ty.InferKind.FLOAT);
            }
            case Expr.LitValue.Bool b -> Ty.BOOL;
            case Expr.LitValue.Char c -> Ty.CHAR;
            case Expr.LitValue.Str s -> new Ty.Ref(dev.heaplab.core.types.Region.ERASED, false, Ty.STR);
            case Expr.LitValue.Byte b -> new Ty.Int(IntTy.U8);
            case Expr.LitValue.ByteStr b -> new Ty.Ref(dev.heaplab.core.types.Region.ERASED, false,
                    new Ty.Array(new Ty.Int(IntTy.U8), b.value().length));
        };
    }

    /** A block: statements in a new scope, then the tail; `!` when a statement diverges and there is no tail. */
    Ty block(Stmt.Block b, Ty expected) {
        if (b.isUnsafe()) {
            fcx.unsafeDepth++;
            try {
                return scopedBlock(b, expected);
            } finally {
                fcx.unsafeDepth--;
            }
        }
        return scopedBlock(b, expected);
    }

    private Ty scopedBlock(Stmt.Block b, Ty expected) {
        fcx.pushScope();
        boolean pushedItems = fcx.enterBlockItems(b);
        boolean diverges = false;
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Let l -> diverges |= let(l);
                case Stmt.ExprStmt es -> {
                    Ty t;
                    if (!es.semi() && !(es.expr() instanceof Expr.MacroCall)) {
                        t = check(es.expr(), Ty.UNIT);
                        if (!(fcx.icx.shallow(t) instanceof Ty.Never) && !fcx.coercion.coerce(es.expr().id(), t, Ty.UNIT)) {
                            fcx.mismatch(es.expr().span(), Ty.UNIT, t);
                        }
                    } else {
                        t = check(es.expr(), null);
                    }
                    if (fcx.icx.shallow(t) instanceof Ty.Never) diverges = true;
                }
                case Stmt.ItemStmt it -> { }
                case Stmt.Empty em -> { }
            }
        }
        Ty result;
        if (b.tail() != null) {
            result = check(b.tail(), expected);
        } else {
            result = diverges ? Ty.NEVER : Ty.UNIT;
        }
        if (pushedItems) fcx.scopes.pop();
        fcx.popScope();
        return result;
    }

    /** Returns whether the let diverges (its initializer has type `!`). */
    private boolean let(Stmt.Let l) {
        dev.heaplab.core.resolve.TyEnv annotation = fcx.tyEnv();
        // rustc reports a bound broken inside the annotation on the whole annotation
        if (l.type() != null) annotation.wellFormedSpan = l.type().span();
        Ty declared = l.type() == null ? null : fcx.lowerer.implTraitNotAllowed(l.type(), "the type of variable bindings")
                ? Ty.ERROR : fcx.normalize(fcx.lowerer.lower(l.type(), annotation));
        Ty ty;
        boolean diverges = false;
        if (l.init() != null) {
            if (declared != null) {
                coerceTo(l.init(), declared, new TypeMismatch.Because.Annotation(l.type().span()));
                ty = declared;
            } else {
                ty = check(l.init(), null);
                if (fcx.icx.shallow(ty) instanceof Ty.Never) {
                    diverges = true;
                    Ty v = fcx.icx.fresh();
                    fcx.coercion.coerce(l.init().id(), ty, v);
                    ty = v;
                }
            }
        } else {
            ty = declared != null ? declared : fcx.icx.fresh();
        }
        if (l.elseBlock() != null) {
            Ty e = block(l.elseBlock(), null);
            if (!(fcx.icx.shallow(e) instanceof Ty.Never)) {
                fcx.error("E0308", "`else` clause of `let...else` does not diverge", l.elseBlock().span(),
                        "expected `!`, found `" + fcx.show(e) + "`");
            }
        }
        if (l.pattern() instanceof dev.heaplab.core.syntax.Pattern.Binding b && b.sub() == null && !b.byRef()) fcx.simpleLets.put(b.id(), b.name().span());
        fcx.pats.checkRoot(l.pattern(), ty);
        Ty bound = fcx.icx.shallow(ty);
        if (l.pattern() instanceof Pattern.Binding b && !b.byRef()
                && (bound instanceof Ty.Dynamic || bound instanceof Ty.Str || bound instanceof Ty.Slice)) {
            String s = fcx.show(bound);
            fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0277", "the size for values of type `" + s + "` cannot be known at compilation time")
                    .primary(b.span(), "doesn't have a size known at compile-time")
                    .help("the trait `Sized` is not implemented for `" + s + "`")
                    .note("all local variables must have a statically known size").build());
        }
        return diverges;
    }

    boolean isLang(Ty t, LangItem li) { return fcx.solver.langOf(t) == li; }

    DefId langTrait(String name) { return fcx.cx.langTrait(name); }
}
