package dev.heaplab.core.lower;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.typeck.TypeckResults;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.List;

/**
 * Lowers operators, assignments, casts, indexing and dereferences.
 * Rules (Rust debug builds, as rustc's MIR):
 * <ul>
 * <li>integer `+ - *` and shifts use CheckedBinaryOp followed by an overflow Assert;</li>
 * <li>`/` and `%` assert a non-zero divisor, and for signed types that it is not MIN / -1;</li>
 * <li>integer negation asserts the operand is not MIN;</li>
 * <li>`&&`/`||` short-circuit; other operators on non-primitive types call the operator trait
 *     method recorded by type checking;</li>
 * <li>assignment evaluates the right side, then drops the old value, then writes;</li>
 * <li>array and slice indexing asserts `index < len` before projecting.</li>
 * </ul>
 */
final class Operators {
    private final LowerCx cx;

    Operators(LowerCx cx) { this.cx = cx; }

    private Exprs exprs() { return cx.exprs; }

    void unary(Place dest, Expr.Unary u) {
        Span span = u.span();
        switch (u.op()) {
            case DEREF -> {
                Place p = exprs().rawPlace(u, false);
                cx.assign(span, dest, new Rvalue.Use(cx.use(p, cx.ty(u.id()))));
            }
            case NOT, NEG -> {
                TypeckResults.Callee callee = cx.results.callee(u.id());
                if (callee != null) {
                    exprs().emitCall(dest, LowerCx.fnOperand(callee.fn(), callee.args()),
                            List.of(exprs().operand(u.operand())), span);
                    return;
                }
                if (u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.Lit lit
                        && lit.value() instanceof Expr.LitValue.Int iv && cx.ty(u.id()) instanceof Ty.Int) {
                    // `-128i8` is a constant, not a negation that could overflow.
                    cx.assign(span, dest, new Rvalue.Use(new Operand.Constant(
                            new dev.heaplab.core.mir.ConstValue.Int(iv.value().negate()), cx.ty(u.id()))));
                    return;
                }
                Operand v = primOperand(u.operand());
                Ty ty = peel(cx.ty(u.id()));
                if (u.op() == Expr.UnOp.NEG && ty instanceof Ty.Int it && it.kind().signed()) {
                    Local isMin = cx.temp(Ty.BOOL, span);
                    cx.assign(span, Place.of(isMin), new Rvalue.BinaryOp(Rvalue.BinOp.EQ, v, minOf(it)));
                    assertThat(new Operand.Copy(Place.of(isMin)), false, new Terminator.AssertMessage.OverflowNeg(), span);
                }
                cx.assign(span, dest, new Rvalue.UnaryOp(u.op() == Expr.UnOp.NOT ? Rvalue.UnOp.NOT : Rvalue.UnOp.NEG, v));
            }
        }
    }

    private static Operand minOf(Ty.Int it) {
        BigInteger min = BigInteger.ONE.shiftLeft(it.kind().bits() - 1).negate();
        return new Operand.Constant(new dev.heaplab.core.mir.ConstValue.Int(min), it);
    }

    void assertThat(Operand cond, boolean expected, Terminator.AssertMessage msg, Span span) {
        BlockId next = cx.cfg.newBlock();
        cx.cfg.terminate(new Terminator.Assert(span, cond, expected, msg, next, null));
        cx.cfg.switchTo(next);
    }

    void binary(Place dest, Expr.Binary b) {
        Span span = b.span();
        if (b.op().isLazy()) {
            cx.exprs.flow.lazyBool(dest, b);
            return;
        }
        TypeckResults.Callee callee = cx.results.callee(b.id());
        if (callee != null) {
            overloadedBinary(dest, b, callee);
            return;
        }
        Operand l = primOperand(b.lhs());
        Operand r = primOperand(b.rhs());
        primitive(dest, b.op(), l, r, peel(cx.adjustedTy(b.lhs())), span);
    }

    /**
     * The value of a primitive operand, dereferencing references: type checking treats `&i32 * 2`
     * and `a < b` on `&i32`s as the built-in operators, as std's forwarding impls do.
     */
    Operand primOperand(Expr e) {
        Ty t = cx.adjustedTy(e);
        if (!(t instanceof Ty.Ref)) {
            Operand o = exprs().operand(e);
            if (o instanceof Operand.Copy c && c.place().projections().stream().anyMatch(pr -> pr instanceof Place.Projection.Deref)) {
                // Read through a reference (`v[1]` via Index): copy now so that reference dies here.
                Local v = cx.temp(t, e.span());
                cx.assign(e.span(), Place.of(v), new Rvalue.Use(o));
                return new Operand.Copy(Place.of(v));
            }
            return o;
        }
        Place p = exprs().place(e);
        while (t instanceof Ty.Ref r) {
            p = p.deref();
            t = r.inner();
        }
        // Copy the value out now, so the reference it was read through is not kept alive.
        Local v = cx.temp(t, e.span());
        cx.assign(e.span(), Place.of(v), new Rvalue.Use(new Operand.Copy(p)));
        return new Operand.Copy(Place.of(v));
    }

    static Ty peel(Ty t) {
        while (t instanceof Ty.Ref r) t = r.inner();
        return t;
    }

    /** `lhs op rhs` on primitives into dest, with Rust's debug-build checks. */
    void primitive(Place dest, Expr.BinOp op, Operand l, Operand r, Ty lhsTy, Span span) {
        Rvalue.BinOp mop = mirOp(op);
        if (lhsTy instanceof Ty.Int it && !op.isComparison()) {
            switch (op) {
                case ADD, SUB, MUL, SHL, SHR -> {
                    Local t = cx.temp(new Ty.Tuple(List.of(lhsTy, Ty.BOOL)), span);
                    cx.assign(span, Place.of(t), new Rvalue.CheckedBinaryOp(mop, l, r));
                    assertThat(new Operand.Copy(Place.of(t).field(1, Ty.BOOL)), false,
                            new Terminator.AssertMessage.Overflow(mop), span);
                    cx.assign(span, dest, new Rvalue.Use(new Operand.Move(Place.of(t).field(0, lhsTy))));
                    return;
                }
                case DIV, REM -> {
                    boolean rem = op == Expr.BinOp.REM;
                    Local isZero = cx.temp(Ty.BOOL, span);
                    cx.assign(span, Place.of(isZero), new Rvalue.BinaryOp(Rvalue.BinOp.EQ, r, LowerCx.constInt(0, lhsTy)));
                    assertThat(new Operand.Copy(Place.of(isZero)), false, new Terminator.AssertMessage.DivisionByZero(rem), span);
                    if (it.kind().signed()) {
                        Local minusOne = cx.temp(Ty.BOOL, span);
                        cx.assign(span, Place.of(minusOne), new Rvalue.BinaryOp(Rvalue.BinOp.EQ, r, LowerCx.constInt(-1, lhsTy)));
                        Local isMin = cx.temp(Ty.BOOL, span);
                        cx.assign(span, Place.of(isMin), new Rvalue.BinaryOp(Rvalue.BinOp.EQ, l, minOf(it)));
                        Local both = cx.temp(Ty.BOOL, span);
                        cx.assign(span, Place.of(both), new Rvalue.BinaryOp(Rvalue.BinOp.BIT_AND,
                                new Operand.Copy(Place.of(minusOne)), new Operand.Copy(Place.of(isMin))));
                        assertThat(new Operand.Copy(Place.of(both)), false, new Terminator.AssertMessage.Overflow(mop), span);
                    }
                    cx.assign(span, dest, new Rvalue.BinaryOp(mop, l, r));
                    return;
                }
                default -> { }
            }
        }
        cx.assign(span, dest, new Rvalue.BinaryOp(mop, l, r));
    }

    static Rvalue.BinOp mirOp(Expr.BinOp op) {
        return switch (op) {
            case ADD -> Rvalue.BinOp.ADD;
            case SUB -> Rvalue.BinOp.SUB;
            case MUL -> Rvalue.BinOp.MUL;
            case DIV -> Rvalue.BinOp.DIV;
            case REM -> Rvalue.BinOp.REM;
            case BIT_AND, AND -> Rvalue.BinOp.BIT_AND;
            case BIT_OR, OR -> Rvalue.BinOp.BIT_OR;
            case BIT_XOR -> Rvalue.BinOp.BIT_XOR;
            case SHL -> Rvalue.BinOp.SHL;
            case SHR -> Rvalue.BinOp.SHR;
            case EQ -> Rvalue.BinOp.EQ;
            case NE -> Rvalue.BinOp.NE;
            case LT -> Rvalue.BinOp.LT;
            case LE -> Rvalue.BinOp.LE;
            case GT -> Rvalue.BinOp.GT;
            case GE -> Rvalue.BinOp.GE;
        };
    }

    private void overloadedBinary(Place dest, Expr.Binary b, TypeckResults.Callee callee) {
        Span span = b.span();
        FnDef fn = cx.defs.fn(callee.fn());
        if (b.op().isComparison()) {
            // PartialEq/PartialOrd methods take their operands by reference.
            Operand l = exprs().refTo(exprs().place(b.lhs()), cx.adjustedTy(b.lhs()), false, span);
            Operand r = exprs().refTo(exprs().place(b.rhs()), cx.adjustedTy(b.rhs()), false, span);
            boolean negate = b.op() == Expr.BinOp.NE && fn != null && fn.name().equals("eq");
            if (!negate) {
                exprs().emitCall(dest, LowerCx.fnOperand(callee.fn(), callee.args()), List.of(l, r), span);
                return;
            }
            Local t = cx.temp(Ty.BOOL, span);
            exprs().emitCall(Place.of(t), LowerCx.fnOperand(callee.fn(), callee.args()), List.of(l, r), span);
            cx.assign(span, dest, new Rvalue.UnaryOp(Rvalue.UnOp.NOT, new Operand.Copy(Place.of(t))));
            return;
        }
        Operand l = exprs().operand(b.lhs());
        Operand r = exprs().operand(b.rhs());
        exprs().emitCall(dest, LowerCx.fnOperand(callee.fn(), callee.args()), List.of(l, r), span);
    }

    void assign(Expr.Assign a) {
        Span span = a.span();
        if (a.lhs() instanceof Expr.PathExpr pe && pe.path().isSingle() && pe.path().text().equals("_")) {
            exprs().discard(a.rhs());
            return;
        }
        Operand r = exprs().operand(a.rhs());
        if (r instanceof Operand.Copy c && c.place().projections().stream().anyMatch(x -> x instanceof Place.Projection.Deref)) {
            // rustc reads the right-hand side into a temporary before evaluating the left-hand place:
            // `v[0] = v[1]` copies out of `Index::index` before `IndexMut::index_mut` borrows `v`.
            Local t = cx.temp(cx.adjustedTy(a.rhs()), a.rhs().span());
            cx.assign(a.rhs().span(), Place.of(t), new Rvalue.Use(r));
            r = new Operand.Move(Place.of(t));
        }
        assignTarget = a.lhs();
        assignSpan = a.span();
        Place lp = exprs().place(a.lhs(), true);
        assignTarget = null;
        Ty ty = cx.adjustedTy(a.lhs());
        if (cx.facts.mayNeedDrop(ty)) {
            BlockId next = cx.cfg.newBlock();
            // rustc's drop-and-replace carries the assigned place's span (E0506 points there).
            cx.cfg.terminate(new Terminator.Drop(a.lhs().span(), lp, null, next, null));
            cx.cfg.switchTo(next);
        }
        cx.assign(span, lp, new Rvalue.Use(r));
    }

    void compoundAssign(Expr.CompoundAssign c) {
        Span span = c.span();
        TypeckResults.Callee callee = cx.results.callee(c.id());
        if (callee != null) {
            Operand r = exprs().operand(c.rhs());
            assignTarget = c.lhs();
            assignSpan = c.span();
            Place lp = exprs().place(c.lhs(), true);
            assignTarget = null;
            Operand lref = exprs().refTo(lp, cx.adjustedTy(c.lhs()), true, span);
            Local t = cx.temp(Ty.UNIT, span);
            exprs().emitCall(Place.of(t), LowerCx.fnOperand(callee.fn(), callee.args()), List.of(lref, r), span);
            return;
        }
        boolean rhsByRef = cx.adjustedTy(c.rhs()) instanceof Ty.Ref;
        Operand r = primOperand(c.rhs());
        assignTarget = c.lhs();
        assignSpan = c.span();
        Place lp = exprs().place(c.lhs(), true);
        assignTarget = null;
        Ty ty = cx.adjustedTy(c.lhs());
        if (rhsByRef && !(ty instanceof Ty.Ref)) {
            // `n += &k` is std's `AddAssign<&i32> for i32`: a call taking `&mut n`, so a non-`mut` `n`
            // is rustc's E0596 "cannot borrow as mutable", not an assignment error (E0384/E0594).
            lp = exprs().refTo(lp, ty, true, c.lhs().span()).readPlace().deref();
        }
        while (ty instanceof Ty.Ref ref) {
            lp = lp.deref();
            ty = ref.inner();
        }
        primitive(lp, c.op(), new Operand.Copy(lp), r, ty, span);
    }

    void cast(Place dest, Expr.Cast c) {
        Ty from = cx.adjustedTy(c.expr());
        Ty to = cx.ty(c.id());
        Span span = c.span();
        if (from.equals(to) && !(from instanceof Ty.Int) && !(from instanceof Ty.Float)) {
            // a coercion cast (`Box::new(x) as Box<dyn T>`): the expression's adjustments did the work
            cx.assign(span, dest, new Rvalue.Use(exprs().operand(c.expr())));
            return;
        }
        if (from instanceof Ty.Adt) {
            // A field-less enum cast to an integer: read its discriminant first.
            Place p = exprs().place(c.expr());
            Local d = cx.temp(new Ty.Int(IntTy.ISIZE), span);
            cx.assign(span, Place.of(d), new Rvalue.Discriminant(p));
            cx.assign(span, dest, new Rvalue.Cast(Rvalue.CastKind.INT_TO_INT, new Operand.Copy(Place.of(d)), to));
            return;
        }
        Operand v = exprs().operand(c.expr());
        Rvalue.CastKind kind;
        boolean fromFloat = from instanceof Ty.Float, toFloat = to instanceof Ty.Float;
        if (fromFloat && toFloat) kind = Rvalue.CastKind.FLOAT_TO_FLOAT;
        else if (fromFloat) kind = Rvalue.CastKind.FLOAT_TO_INT;
        else if (toFloat) kind = Rvalue.CastKind.INT_TO_FLOAT;
        else if (from instanceof Ty.Ref || from instanceof Ty.RawPtr) kind = Rvalue.CastKind.PTR_TO_PTR;
        else if (from instanceof Ty.FnDef || from instanceof Ty.FnPtr) kind = Rvalue.CastKind.FN_TO_PTR;
        else kind = Rvalue.CastKind.INT_TO_INT;
        cx.assign(span, dest, new Rvalue.Cast(kind, v, to));
    }

    /** `base[index]`: built-in for arrays and slices, else `*Index::index(&base, index)`. */
    Place indexPlace(Expr.Index ix, boolean mutable) {
        // Indexing through `Index` (Vec, String, HashMap) panics at the `[..]` part, as rustc reports;
        // built-in array and slice indexing at the whole expression.
        boolean overloaded = cx.results.callee(ix.id()) != null || cx.results.adjustments(ix.base().id()).stream()
                .anyMatch(a -> a instanceof dev.heaplab.core.typeck.Adjustment.OverloadedDeref);
        Span span = overloaded ? new Span(ix.base().span().hi(), ix.span().hi()) : ix.span();
        TypeckResults.Callee callee = cx.results.callee(ix.id());
        if (callee != null) {
            Place base = exprs().place(ix.base(), mutable);
            Ty baseTy = cx.adjustedTy(ix.base());
            DefId fn = callee.fn();
            if (mutable && !hasIndexMut(baseTy, cx.adjustedTy(ix.index()))) missingIndexMut(ix, baseTy);
            if (mutable) fn = sibling(fn, "IndexMut", "index_mut");
            // The borrow of the base is at the base, where rustc's loan errors point (`&w[0]` borrows `w`).
            Operand baseRef = exprs().refTo(base, baseTy, mutable, ix.base().span());
            Operand idx = exprs().operand(ix.index());
            Ty elem = cx.ty(ix.id());
            Local r = cx.temp(new Ty.Ref(Region.ERASED, mutable, elem), span);
            exprs().emitCall(Place.of(r), LowerCx.fnOperand(fn, callee.args()), List.of(baseRef, idx), span);
            return Place.of(r).deref();
        }
        Place base = exprs().place(ix.base(), mutable);
        Ty idxTy = cx.adjustedTy(ix.index());
        if (idxTy instanceof Ty.Adt ra && cx.defs.adt(ra.def()) != null && isRange(cx.defs.adt(ra.def()).lang())) {
            return rangeIndex(ix, base, cx.adjustedTy(ix.base()), mutable);
        }
        Local idx = cx.temp(Ty.USIZE, span);
        cx.exprs.into(Place.of(idx), ix.index());
        Local len = cx.temp(Ty.USIZE, span);
        cx.assign(span, Place.of(len), new Rvalue.Len(base));
        Local ok = cx.temp(Ty.BOOL, span);
        cx.assign(span, Place.of(ok), new Rvalue.BinaryOp(Rvalue.BinOp.LT, new Operand.Copy(Place.of(idx)),
                new Operand.Copy(Place.of(len))));
        assertThat(new Operand.Copy(Place.of(ok)), true, new Terminator.AssertMessage.BoundsCheck(
                new Operand.Copy(Place.of(len)), new Operand.Copy(Place.of(idx))), span);
        return base.project(new Place.Projection.Index(idx));
    }

    private static boolean isRange(dev.heaplab.core.types.LangItem l) {
        return l == dev.heaplab.core.types.LangItem.RANGE || l == dev.heaplab.core.types.LangItem.RANGE_FROM
                || l == dev.heaplab.core.types.LangItem.RANGE_TO || l == dev.heaplab.core.types.LangItem.RANGE_INCLUSIVE
                || l == dev.heaplab.core.types.LangItem.RANGE_TO_INCLUSIVE || l == dev.heaplab.core.types.LangItem.RANGE_FULL;
    }

    /**
     * `s[a..b]` on a str, slice or array: `*Index::index(&s, a..b)` through the machine's range
     * indexing, which checks bounds and char boundaries with std's messages. Like every overloaded
     * index it reports panics at the brackets.
     */
    private Place rangeIndex(Expr.Index ix, Place base, Ty baseTy, boolean mutable) {
        Span span = new Span(ix.base().span().hi(), ix.span().hi());
        Ty target = baseTy instanceof Ty.Array a ? new Ty.Slice(a.elem()) : baseTy;
        String key = target instanceof Ty.Str ? "str::index_range" : "slice::index_range";
        DefId fn = cx.intrinsics.find(key);
        if (fn == null || !(target instanceof Ty.Str || target instanceof Ty.Slice)) {
            cx.unsupported(ix.span(), "range indexing of this type");
            return base;
        }
        Operand baseRef = exprs().refTo(base, baseTy, mutable, span);
        if (baseTy instanceof Ty.Array) {
            Local unsized = cx.temp(new Ty.Ref(Region.ERASED, mutable, target), span);
            cx.assign(span, Place.of(unsized), new Rvalue.Cast(Rvalue.CastKind.UNSIZE, baseRef, unsized == null ? null
                    : new Ty.Ref(Region.ERASED, mutable, target)));
            baseRef = new Operand.Move(Place.of(unsized));
        }
        Operand range = exprs().operand(ix.index());
        List<Ty> args = target instanceof Ty.Slice sl ? List.of(sl.elem()) : List.of();
        Local r = cx.temp(new Ty.Ref(Region.ERASED, mutable, target), span);
        exprs().emitCall(Place.of(r), LowerCx.fnOperand(fn, args), List.of(baseRef, range), span);
        return Place.of(r).deref();
    }

    /** The method named {@code name} of the lang trait {@code trait}, or {@code fallback}. */
    /** The left side of the assignment being lowered: a missing `IndexMut` there is E0594, elsewhere E0596. */
    private Expr assignTarget;
    private Span assignSpan;

    /** Is there an `impl IndexMut<I> for T` matching these types (heads only; generic parameters match anything)? */
    private boolean hasIndexMut(Ty base, Ty index) {
        TraitDef t = cx.defs.langTrait("IndexMut");
        if (t == null) return true;
        for (dev.heaplab.core.types.ImplDef impl : cx.defs.implsOf(t.id())) {
            if (!t.id().equals(impl.trait()) || impl.traitArgs().isEmpty()) continue;
            if (sameHead(impl.selfTy(), base) && sameHead(impl.traitArgs().get(0), index)) return true;
        }
        return false;
    }

    private static boolean sameHead(Ty pattern, Ty ty) {
        return switch (pattern) {
            case Ty.Param p -> true;
            case Ty.Adt a -> ty instanceof Ty.Adt b && a.def().equals(b.def());
            default -> pattern.getClass() == ty.getClass();
        };
    }

    /** rustc's borrow-checker error for modifying through `Index` alone (a `HashMap`'s `m[k] = v`). */
    private void missingIndexMut(Expr.Index ix, Ty base) {
        String ty = base.display(cx.defs);
        boolean assign = assignTarget == ix;
        cx.diags.add(dev.heaplab.core.diag.Diagnostic.error(assign ? "E0594" : "E0596",
                        assign ? "cannot assign to data in an index of `" + ty + "`"
                                : "cannot borrow data in an index of `" + ty + "` as mutable")
                .primary(assign ? assignSpan : ix.span(), assign ? "cannot assign" : "cannot borrow as mutable")
                .help("trait `IndexMut` is required to modify indexed content, but it is not implemented for `" + ty + "`")
                .build());
    }

    private DefId sibling(DefId fallback, String trait, String name) {
        TraitDef t = cx.defs.langTrait(trait);
        if (t == null) return fallback;
        DefId m = t.methods().get(name);
        return m == null ? fallback : m;
    }

    /** `*x` through `Deref::deref` / `DerefMut::deref_mut`. */
    Place overloadedDeref(Place base, Ty baseTy, TypeckResults.Callee callee, boolean mutable, Ty target, Span span) {
        DefId fn = mutable ? sibling(callee.fn(), "DerefMut", "deref_mut") : callee.fn();
        return callDerefFn(base, baseTy, fn, callee.args(), mutable, target, span);
    }

    /** An overloaded-deref adjustment: `*Deref::deref(&place)`, or `*DerefMut::deref_mut(&mut place)`. */
    Place callDeref(Place base, Ty baseTy, DefId derefFn, boolean mutable, Ty target, Span span) {
        DefId fn = mutable ? sibling(derefFn, "DerefMut", "deref_mut") : derefFn;
        return callDerefFn(base, baseTy, fn, List.of(baseTy), mutable, target, span);
    }

    private Place callDerefFn(Place base, Ty baseTy, DefId fn, List<Ty> args, boolean mutable, Ty target, Span span) {
        Operand ref = exprs().refTo(base, baseTy, mutable, span);
        Local r = cx.temp(new Ty.Ref(Region.ERASED, mutable, target), span);
        exprs().emitCall(Place.of(r), LowerCx.fnOperand(fn, args), List.of(ref), span);
        return Place.of(r).deref();
    }
}
