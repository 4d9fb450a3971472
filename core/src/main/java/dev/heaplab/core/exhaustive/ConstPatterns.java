package dev.heaplab.core.exhaustive;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.typeck.TypeckResults;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ConstDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a `const` item used in a pattern into the {@link ConstPattern} it stands for, as rustc
 * does before matching (its value must be known at compile time, and every struct or enum in it
 * must derive `PartialEq`: structural equality). Rules:
 * <ul>
 *   <li>literals, `-`, `!`, integer and boolean operators, casts between integers (and `char`),
 *       tuples, arrays, `&`, struct and variant constructors, and paths to other constants;</li>
 *   <li>a struct or enum without `#[derive(PartialEq)]` is rustc's "constant of non-structural type";</li>
 *   <li>anything else (a call, a block, an overflow, a generic constant) is refused as unsupported.</li>
 * </ul>
 */
public final class ConstPatterns {
    private final TypeckResults results;
    private final ProgramDefs defs;

    public ConstPatterns(TypeckResults results, ProgramDefs defs) {
        this.results = results;
        this.defs = defs;
    }

    /** The outcome of expanding a constant. */
    public sealed interface Expansion {}
    public record Value(ConstPattern pattern) implements Expansion {}
    /** A struct or enum in the value without `#[derive(PartialEq)]`. */
    public record NonStructural(DefId adt, Ty ty) implements Expansion {}
    public record Unsupported(String what) implements Expansion {}

    /** Signals a value outside what the expansion handles; caught at the top. */
    private static final class Refused extends RuntimeException {
        final transient Expansion why;
        Refused(Expansion why) {
            super(null, null, false, false);
            this.why = why;
        }
    }

    public Expansion expand(DefId constant) {
        ConstDef c = defs.constant(constant);
        if (c == null || c.value() == null || c.isStatic() || TySubst.needsSubst(c.ty())) {
            return new Unsupported("a generic or associated constant in a pattern");
        }
        try {
            return new Value(constant(constant, c.ty(), new HashSet<>()));
        } catch (Refused r) {
            return r.why;
        }
    }

    private ConstPattern constant(DefId def, Ty ty, Set<DefId> active) {
        ConstDef c = defs.constant(def);
        if (c == null || c.value() == null || c.isStatic() || TySubst.needsSubst(c.ty()) || !active.add(def)) {
            throw unsupported("a generic or associated constant in a pattern");
        }
        ConstPattern v = eval(c.value(), ty, active);
        active.remove(def);
        return v;
    }

    private static Refused unsupported(String what) { return new Refused(new Unsupported(what)); }

    private static Refused opaque() { return unsupported("a constant in a pattern whose value is not a literal or a constructor"); }

    private ConstPattern eval(Expr e, Ty ty, Set<DefId> active) {
        switch (e) {
            case Expr.Paren p -> { return eval(p.inner(), ty, active); }
            case Expr.Lit l -> { return literal(l.value(), ty); }
            case Expr.Unary u when u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.Lit l
                    && l.value() instanceof Expr.LitValue.Int i && ty instanceof Ty.Int it -> {
                return integer(ty, it.kind(), i.value().negate()); // `-128i8`: the literal alone would not fit
            }
            case Expr.Unary u when u.op() == Expr.UnOp.NEG -> {
                ConstPattern v = eval(u.operand(), ty, active);
                if (v instanceof ConstPattern.Int i && ty instanceof Ty.Int it) return integer(ty, it.kind(), i.value().negate());
                if (v instanceof ConstPattern.Float f) return new ConstPattern.Float(ty, -f.value());
                throw opaque();
            }
            case Expr.Unary u when u.op() == Expr.UnOp.NOT -> {
                ConstPattern v = eval(u.operand(), ty, active);
                if (v instanceof ConstPattern.Bool b) return new ConstPattern.Bool(ty, !b.value());
                if (v instanceof ConstPattern.Int i && ty instanceof Ty.Int it) return wrap(ty, it.kind(), i.value().not());
                throw opaque();
            }
            case Expr.Binary b -> { return binary(b, ty, active); }
            case Expr.Cast c -> { return cast(c, ty, active); }
            case Expr.AddrOf a when !a.mutable() && ty instanceof Ty.Ref r -> {
                return new ConstPattern.Ref(ty, eval(a.operand(), r.inner(), active));
            }
            case Expr.Tuple t when ty instanceof Ty.Tuple tt && tt.elems().size() == t.elems().size() -> {
                List<ConstPattern> out = new ArrayList<>();
                for (int i = 0; i < t.elems().size(); i++) out.add(eval(t.elems().get(i), tt.elems().get(i), active));
                return new ConstPattern.Tuple(ty, out);
            }
            case Expr.Array a when ty instanceof Ty.Array at -> {
                List<ConstPattern> out = new ArrayList<>();
                for (Expr x : a.elems()) out.add(eval(x, at.elem(), active));
                return new ConstPattern.Array(ty, out);
            }
            case Expr.PathExpr p -> {
                return switch (results.pathRes(p.id())) {
                    case Res.Const k -> constant(k.def(), ty, active);
                    case Res.Ctor c when variant(c).ctor() == AdtDef.CtorKind.UNIT -> adt(c, ty, List.of(), active);
                    case null, default -> throw opaque();
                };
            }
            case Expr.Call c when c.callee() instanceof Expr.PathExpr p && results.pathRes(p.id()) instanceof Res.Ctor ctor -> {
                return adt(ctor, ty, c.args(), active);
            }
            case Expr.StructLit s when s.base() == null && results.pathRes(s.id()) instanceof Res.Ctor ctor -> {
                AdtDef.VariantDef v = variant(ctor);
                Expr[] ordered = new Expr[v.fields().size()];
                for (Expr.FieldInit f : s.fields()) {
                    int i = v.fieldIndex(f.name().name());
                    if (i < 0) throw opaque();
                    ordered[i] = f.value();
                }
                return adt(ctor, ty, List.of(ordered), active);
            }
            default -> throw opaque();
        }
    }

    private AdtDef.VariantDef variant(Res.Ctor c) { return defs.adt(c.adt()).variants().get(c.variant()); }

    private ConstPattern adt(Res.Ctor c, Ty ty, List<Expr> args, Set<DefId> active) {
        AdtDef adt = defs.adt(c.adt());
        if (!adt.derives().contains("PartialEq")) throw new Refused(new NonStructural(c.adt(), ty));
        List<Ty> tyArgs = ty instanceof Ty.Adt a && a.def().equals(c.adt()) ? a.args() : c.args();
        List<AdtDef.FieldDef> fields = variant(c).fields();
        if (fields.size() != args.size()) throw opaque();
        List<ConstPattern> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (args.get(i) == null) throw opaque();
            out.add(eval(args.get(i), TySubst.subst(fields.get(i).ty(), tyArgs), active));
        }
        return new ConstPattern.Adt(ty, c.adt(), c.variant(), tyArgs, out);
    }

    private ConstPattern literal(Expr.LitValue v, Ty ty) {
        return switch (v) {
            case Expr.LitValue.Int i when ty instanceof Ty.Int it -> integer(ty, it.kind(), i.value());
            case Expr.LitValue.Int i when ty instanceof Ty.Float -> new ConstPattern.Float(ty, i.value().doubleValue());
            case Expr.LitValue.Float f when ty instanceof Ty.Float -> new ConstPattern.Float(ty, Double.parseDouble(f.text()));
            case Expr.LitValue.Bool b -> new ConstPattern.Bool(ty, b.value());
            case Expr.LitValue.Char c -> new ConstPattern.Int(ty, BigInteger.valueOf(c.codePoint()));
            case Expr.LitValue.Byte b when ty instanceof Ty.Int -> new ConstPattern.Int(ty, BigInteger.valueOf(b.value()));
            case Expr.LitValue.Str s when ty instanceof Ty.Ref r && r.inner() instanceof Ty.Str ->
                    new ConstPattern.Ref(ty, new ConstPattern.Str(r.inner(), s.value()));
            default -> throw opaque();
        };
    }

    /** An integer of type {@code k}; one that does not fit is a failed evaluation in rustc (refused here). */
    private static ConstPattern integer(Ty ty, IntTy k, BigInteger v) {
        if (v.compareTo(k.min()) < 0 || v.compareTo(k.max()) > 0) throw unsupported("a constant whose evaluation overflows");
        return new ConstPattern.Int(ty, v);
    }

    /** Two's complement truncation to {@code k}, as `as` and `!` compute. */
    private static ConstPattern wrap(Ty ty, IntTy k, BigInteger v) {
        BigInteger m = v.and(BigInteger.ONE.shiftLeft(k.bits()).subtract(BigInteger.ONE));
        if (k.signed() && m.testBit(k.bits() - 1)) m = m.subtract(BigInteger.ONE.shiftLeft(k.bits()));
        return new ConstPattern.Int(ty, m);
    }

    private ConstPattern binary(Expr.Binary b, Ty ty, Set<DefId> active) {
        Expr.BinOp op = b.op();
        if (op.isComparison() || op.isLazy()) {
            Ty operand = op.isLazy() ? Ty.BOOL : results.nodeType(b.lhs().id());
            if (operand == null) throw opaque();
            ConstPattern l = eval(b.lhs(), operand, active), r = eval(b.rhs(), operand, active);
            if (l instanceof ConstPattern.Bool x && r instanceof ConstPattern.Bool y) {
                return new ConstPattern.Bool(ty, switch (op) {
                    case AND -> x.value() && y.value();
                    case OR -> x.value() || y.value();
                    case EQ -> x.value() == y.value();
                    case NE -> x.value() != y.value();
                    default -> throw opaque();
                });
            }
            if (!(l instanceof ConstPattern.Int x && r instanceof ConstPattern.Int y)) throw opaque();
            int cmp = x.value().compareTo(y.value());
            return new ConstPattern.Bool(ty, switch (op) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
                default -> throw opaque();
            });
        }
        if (ty instanceof Ty.Bool) {
            if (!(eval(b.lhs(), ty, active) instanceof ConstPattern.Bool x && eval(b.rhs(), ty, active) instanceof ConstPattern.Bool y)) {
                throw opaque();
            }
            return new ConstPattern.Bool(ty, switch (op) {
                case BIT_AND -> x.value() & y.value();
                case BIT_OR -> x.value() | y.value();
                case BIT_XOR -> x.value() ^ y.value();
                default -> throw opaque();
            });
        }
        if (!(ty instanceof Ty.Int it)) throw opaque();
        IntTy k = it.kind();
        boolean shift = op == Expr.BinOp.SHL || op == Expr.BinOp.SHR;
        Ty rhsTy = shift ? results.nodeType(b.rhs().id()) : ty;
        if (rhsTy == null) throw opaque();
        if (!(eval(b.lhs(), ty, active) instanceof ConstPattern.Int x && eval(b.rhs(), rhsTy, active) instanceof ConstPattern.Int y)) {
            throw opaque();
        }
        BigInteger l = x.value(), r = y.value();
        return switch (op) {
            case ADD -> integer(ty, k, l.add(r));
            case SUB -> integer(ty, k, l.subtract(r));
            case MUL -> integer(ty, k, l.multiply(r));
            case DIV -> integer(ty, k, l.divide(nonZero(r)));
            case REM -> integer(ty, k, l.remainder(nonZero(r)));
            case BIT_AND -> new ConstPattern.Int(ty, l.and(r));
            case BIT_OR -> new ConstPattern.Int(ty, l.or(r));
            case BIT_XOR -> new ConstPattern.Int(ty, l.xor(r));
            case SHL, SHR -> {
                if (r.signum() < 0 || r.compareTo(BigInteger.valueOf(k.bits())) >= 0) throw unsupported("a constant whose evaluation overflows");
                yield op == Expr.BinOp.SHL ? wrap(ty, k, l.shiftLeft(r.intValue())) : new ConstPattern.Int(ty, l.shiftRight(r.intValue()));
            }
            default -> throw opaque();
        };
    }

    private static BigInteger nonZero(BigInteger divisor) {
        if (divisor.signum() == 0) throw unsupported("a constant whose evaluation divides by zero");
        return divisor;
    }

    private ConstPattern cast(Expr.Cast c, Ty ty, Set<DefId> active) {
        Ty from = results.nodeType(c.expr().id());
        if (from == null) throw opaque();
        ConstPattern v = eval(c.expr(), from, active);
        BigInteger n = switch (v) {
            case ConstPattern.Int i -> i.value();
            case ConstPattern.Bool b -> b.value() ? BigInteger.ONE : BigInteger.ZERO;
            default -> throw opaque();
        };
        if (ty instanceof Ty.Int it) return wrap(ty, it.kind(), n);
        if (ty instanceof Ty.Char && from instanceof Ty.Int fi && fi.kind() == IntTy.U8) return new ConstPattern.Int(ty, n);
        throw opaque();
    }

    /** Where a constant is declared (for rustc's "constant defined here" label). */
    public Span declared(DefId constant) {
        ConstDef c = defs.constant(constant);
        return c == null ? null : c.span();
    }
}
