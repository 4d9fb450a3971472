package dev.heaplab.core.lower;

import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;

/**
 * Rvalue promotion: `&5`, `&-1`, `&MAX`, `&[1, 2]`, `&(1, 'a')`, `&None`, `&Some(3)` borrow a
 * constant, which rustc stores in static memory, so the reference is `&'static`. The promoted value
 * lives in a {@link LocalDecl.Kind#PROMOTED} local: never storage-dead, never dropped, not released
 * with its frame, and the borrow checker creates no loan for it. Rules (a subset of rustc's, so
 * that heaplab never promotes what rustc does not):
 * <ul>
 * <li>only shared borrows (written `&e`, or the auto-ref of a method receiver), of a value whose
 *     type has no Drop and no interior mutability ({@link #plain});</li>
 * <li>literals, `-`/`!` on a primitive, paths to constants and unit structs or variants, and
 *     tuples, arrays, repeats, struct literals and tuple constructors of promotable parts;
 *     arithmetic, comparisons and casts of primitive promotable operands ({@link #promotableOp}).
 *     Calls are left as temporaries.</li>
 * </ul>
 */
final class Promotion {
    private final LowerCx cx;

    Promotion(LowerCx cx) { this.cx = cx; }

    /** Whether `&e` (shared) is promoted. */
    boolean promotable(Expr e) {
        return cx.results.adjustments(e.id()).isEmpty() && promotableValue(e);
    }

    /** Whether the value of {@code e} before its adjustments is promotable (an auto-ref'd receiver: `[1, 2].iter()`). */
    boolean promotableValue(Expr e) {
        if (!plain(cx.ty(e.id()), new java.util.HashSet<>())) return false;
        return switch (e) {
            case Expr.Lit l -> true;
            case Expr.Paren p -> promotable(p.inner());
            case Expr.Unary u -> u.op() != Expr.UnOp.DEREF && primitive(cx.ty(u.operand().id())) && promotable(u.operand());
            case Expr.PathExpr p -> switch (cx.results.pathRes(p.id())) {
                case Res.Const c -> true;
                case Res.Ctor c -> unitCtor(c);
                case null, default -> false;
            };
            case Expr.Tuple t -> t.elems().stream().allMatch(this::promotable);
            case Expr.Array a -> a.elems().stream().allMatch(this::promotable);
            case Expr.ArrayRepeat r -> promotable(r.elem());
            case Expr.Call c -> c.callee() instanceof Expr.PathExpr pe && cx.results.adjustments(pe.id()).isEmpty()
                    && cx.results.pathRes(pe.id()) instanceof Res.Ctor && c.args().stream().allMatch(this::promotable);
            case Expr.StructLit sl -> sl.base() == null && sl.fields().stream().allMatch(f -> promotable(f.value()));
            case Expr.Binary b -> primitive(cx.ty(b.lhs().id())) && primitive(cx.ty(b.rhs().id()))
                    && promotable(b.lhs()) && promotable(b.rhs()) && promotableOp(b);
            case Expr.Cast c -> primitive(cx.ty(c.expr().id())) && primitive(cx.ty(c.id())) && promotable(c.expr());
            default -> false;
        };
    }

    /**
     * rustc promotes arithmetic, bit operations, shifts and comparisons of promotable operands, but not
     * `&&`/`||` (control flow), and a division or remainder only when its divisor is known not to be 0
     * (nor -1, whose `MIN / -1` overflows): here a positive integer literal, a subset of rustc's
     * check (which also evaluates constants).
     */
    private static boolean promotableOp(Expr.Binary b) {
        return switch (b.op()) {
            case AND, OR -> false;
            case DIV, REM -> {
                Expr d = b.rhs();
                while (d instanceof Expr.Paren p) d = p.inner();
                yield d instanceof Expr.Lit l && l.value() instanceof Expr.LitValue.Int i && i.value().signum() > 0;
            }
            default -> true;
        };
    }

    /** Lowers the promoted operand of `&e` into its own local and returns that place. */
    Place promote(Expr e) {
        Local p = cx.cfg.newLocal(new LocalDecl(cx.ty(e.id()), null, false, e.span(), LocalDecl.Kind.PROMOTED));
        cx.exprs.rawInto(Place.of(p), e);
        return Place.of(p);
    }

    /**
     * A type whose constant values rustc may promote: no `Drop` anywhere and no interior
     * mutability. Scalars, `&str`, shared references, tuples and arrays of such, and user or
     * prelude (Option, Result, Ordering) ADTs whose fields are such; any other library type is not.
     */
    private boolean plain(Ty t, java.util.Set<Ty> seen) {
        return switch (t) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Ref r -> !r.mutable() && (r.inner() instanceof Ty.Str || plain(r.inner(), seen));
            case Ty.Tuple tu -> tu.elems().stream().allMatch(x -> plain(x, seen));
            case Ty.Array a -> plain(a.elem(), seen);
            case Ty.Adt a -> plainAdt(a, seen);
            default -> false;
        };
    }

    private boolean plainAdt(Ty.Adt a, java.util.Set<Ty> seen) {
        if (!seen.add(a)) return true;
        AdtDef adt = cx.defs.adt(a.def());
        if (adt == null || cx.defs.hasDropImpl(a)) return false;
        if (adt.lang() != null && adt.lang() != LangItem.OPTION && adt.lang() != LangItem.RESULT
                && adt.lang() != LangItem.ORDERING) return false;
        for (AdtDef.VariantDef v : adt.variants()) {
            for (AdtDef.FieldDef f : v.fields()) if (!plain(TySubst.subst(f.ty(), a.args()), seen)) return false;
        }
        return true;
    }

    private boolean unitCtor(Res.Ctor c) {
        AdtDef adt = cx.defs.adt(c.adt());
        return adt != null && adt.variants().get(c.variant()).ctor() == AdtDef.CtorKind.UNIT;
    }

    private static boolean primitive(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool;
    }
}
