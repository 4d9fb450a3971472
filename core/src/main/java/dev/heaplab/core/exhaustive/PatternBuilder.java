package dev.heaplab.core.exhaustive;

import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.typeck.TypeckResults;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Deconstructs AST patterns into {@link DPat}s using the type-check results. */
final class PatternBuilder {
    private final TypeckResults results;
    private final ProgramDefs defs;
    private final ConstPatterns consts;

    PatternBuilder(TypeckResults results, ProgramDefs defs) {
        this.results = results;
        this.defs = defs;
        this.consts = new ConstPatterns(results, defs);
    }

    /** The pattern at the type it is matched against (before match-ergonomics derefs). */
    DPat build(Pattern p) {
        List<Ty> adj = results.patternAdjustments(p.id());
        Ty ty = !adj.isEmpty() && adj.get(adj.size() - 1) instanceof Ty.Ref r ? r.inner() : results.nodeType(p.id());
        DPat inner = buildAt(p, ty == null ? Ty.ERROR : ty);
        for (int i = adj.size() - 1; i >= 0; i--) inner = DPat.of(new Ctor.Ref(), List.of(inner), adj.get(i));
        return inner;
    }

    private DPat buildAt(Pattern p, Ty ty) {
        return switch (p) {
            case Pattern.Wildcard w -> DPat.wild(ty);
            case Pattern.Rest r -> DPat.wild(ty);
            case Pattern.Binding b -> {
                Res res = results.pathRes(b.id());
                if (res != null) yield path(res, ty);
                yield b.sub() == null ? DPat.wild(ty) : build(b.sub());
            }
            case Pattern.Literal l -> literal(l.value(), ty);
            case Pattern.Range r -> {
                BigInteger lo = r.lo() == null ? null : fit(intValue(r.lo()), ty);
                BigInteger hi = r.hi() == null ? null : fit(intValue(r.hi()), ty);
                Constructors.IntRangeBounds b = Constructors.bounds(ty);
                if (b == null || (r.lo() != null && lo == null) || (r.hi() != null && hi == null)) {
                    yield DPat.of(new Ctor.Opaque(p.span()), List.of(), ty);
                }
                if (lo == null) lo = b.ranges().get(0).lo();
                if (hi == null) hi = b.ranges().get(b.ranges().size() - 1).hi();
                else if (!r.inclusive()) hi = hi.subtract(BigInteger.ONE);
                yield DPat.of(new Ctor.IntRange(lo, hi), List.of(), ty);
            }
            case Pattern.Tuple t -> {
                List<Ty> elems = ty instanceof Ty.Tuple tt ? tt.elems() : List.of();
                yield DPat.of(new Ctor.Tuple(), positional(t.elems(), elems), ty);
            }
            case Pattern.PathPat pp -> path(results.pathRes(pp.id()), ty);
            case Pattern.TupleStruct ts -> {
                if (!(results.pathRes(ts.id()) instanceof Res.Ctor c)) yield DPat.wild(ty);
                yield DPat.of(new Ctor.Variant(c.variant()), positional(ts.elems(), variantFieldTys(c, ty)), ty);
            }
            case Pattern.Struct sp -> {
                if (!(results.pathRes(sp.id()) instanceof Res.Ctor c)) yield DPat.wild(ty);
                AdtDef.VariantDef vd = defs.adt(c.adt()).variants().get(c.variant());
                List<Ty> ftys = variantFieldTys(c, ty);
                List<DPat> fields = new ArrayList<>();
                for (Ty ft : ftys) fields.add(DPat.wild(ft));
                for (Pattern.FieldPat fp : sp.fields()) {
                    int i = vd.fieldIndex(fp.name().name());
                    if (i >= 0) fields.set(i, build(fp.pattern()));
                }
                yield DPat.of(new Ctor.Variant(c.variant()), fields, ty);
            }
            case Pattern.Ref r -> DPat.of(new Ctor.Ref(), List.of(build(r.inner())), ty);
            case Pattern.Or o -> {
                List<DPat> alts = new ArrayList<>();
                for (Pattern a : o.alts()) alts.add(build(a));
                yield DPat.or(alts, ty);
            }
            case Pattern.Slice s -> slice(s, ty);
        };
    }

    private List<Ty> variantFieldTys(Res.Ctor c, Ty ty) {
        List<Ty> out = new ArrayList<>();
        for (AdtDef.FieldDef f : defs.adt(c.adt()).variants().get(c.variant()).fields()) {
            out.add(TySubst.subst(f.ty(), ty instanceof Ty.Adt a ? a.args() : c.args()));
        }
        return out;
    }

    /** Sub-patterns by position, with a `..` standing for as many wildcards as needed. */
    private List<DPat> positional(List<Pattern> pats, List<Ty> tys) {
        List<DPat> out = new ArrayList<>();
        int rest = -1;
        for (int i = 0; i < pats.size(); i++) if (pats.get(i) instanceof Pattern.Rest) rest = i;
        if (rest < 0) {
            for (int i = 0; i < pats.size() && i < tys.size(); i++) out.add(build(pats.get(i)));
            for (int i = pats.size(); i < tys.size(); i++) out.add(DPat.wild(tys.get(i)));
            return out;
        }
        for (int i = 0; i < rest; i++) out.add(build(pats.get(i)));
        int after = pats.size() - rest - 1;
        for (int i = rest; i < tys.size() - after; i++) out.add(DPat.wild(tys.get(i)));
        for (int i = rest + 1; i < pats.size(); i++) out.add(build(pats.get(i)));
        return out;
    }

    private DPat slice(Pattern.Slice s, Ty ty) {
        int rest = -1;
        for (int i = 0; i < s.elems().size(); i++) {
            Pattern e = s.elems().get(i);
            if (Pattern.isRestLike(e)) rest = i;
        }
        List<DPat> fields = new ArrayList<>();
        for (int i = 0; i < s.elems().size(); i++) if (i != rest) fields.add(build(s.elems().get(i)));
        if (ty instanceof Ty.Array a) {
            if (rest < 0) return DPat.of(new Ctor.Slice((int) a.len(), false, 0), fields, ty);
            List<DPat> full = new ArrayList<>(fields.subList(0, rest));
            for (int i = 0; i < a.len() - fields.size(); i++) full.add(DPat.wild(a.elem()));
            full.addAll(fields.subList(rest, fields.size()));
            return DPat.of(new Ctor.Slice((int) a.len(), false, 0), full, ty);
        }
        return rest < 0 ? DPat.of(new Ctor.Slice(fields.size(), false, 0), fields, ty)
                : DPat.of(new Ctor.Slice(fields.size(), true, rest), fields, ty);
    }

    private DPat path(Res res, Ty ty) {
        if (res instanceof Res.Ctor c) {
            return DPat.of(new Ctor.Variant(c.variant()), variantFieldTys(c, ty).stream().map(DPat::wild).toList(), ty);
        }
        if (res instanceof Res.Const k && consts.expand(k.def()) instanceof ConstPatterns.Value v) return constant(v.pattern());
        return DPat.of(new Ctor.Opaque(res), List.of(), ty);
    }

    /** A constant's value as the pattern it stands for. */
    private DPat constant(ConstPattern c) {
        Ty ty = c.ty();
        return switch (c) {
            case ConstPattern.Int i -> DPat.of(new Ctor.IntRange(i.value(), i.value()), List.of(), ty);
            case ConstPattern.Bool b -> DPat.of(new Ctor.Bool(b.value()), List.of(), ty);
            case ConstPattern.Float f -> DPat.of(new Ctor.Opaque(f.value()), List.of(), ty);
            case ConstPattern.Str s -> DPat.of(new Ctor.Opaque(new Expr.LitValue.Str(s.value())), List.of(), ty);
            case ConstPattern.Ref r -> DPat.of(new Ctor.Ref(), List.of(constant(r.inner())), ty);
            case ConstPattern.Tuple t -> DPat.of(new Ctor.Tuple(), t.elems().stream().map(this::constant).toList(), ty);
            case ConstPattern.Array a -> DPat.of(new Ctor.Slice(a.elems().size(), false, 0), a.elems().stream().map(this::constant).toList(), ty);
            case ConstPattern.Adt a -> DPat.of(new Ctor.Variant(a.variant()), a.fields().stream().map(this::constant).toList(), ty);
        };
    }

    private DPat literal(Expr e, Ty ty) {
        if (e instanceof Expr.Lit l && l.value() instanceof Expr.LitValue.Bool b) {
            return DPat.of(new Ctor.Bool(b.value()), List.of(), ty);
        }
        BigInteger v = fit(intValue(e), ty);
        if (v != null && Constructors.bounds(ty) != null) return DPat.of(new Ctor.IntRange(v, v), List.of(), ty);
        Object key = e instanceof Expr.Lit l ? l.value() : e.span();
        // `"abc"` matches a `&str`: the literal is a reference to an opaque str value.
        if (ty instanceof Ty.Ref r) {
            return DPat.of(new Ctor.Ref(), List.of(DPat.of(new Ctor.Opaque(key), List.of(), r.inner())), ty);
        }
        return DPat.of(new Ctor.Opaque(key), List.of(), ty);
    }

    /**
     * A literal out of its integer type's range (`0..=300` on `u8`, rejected later by the
     * `overflowing_literals` lint) truncated as rustc's pattern lowering does (300 is 44).
     */
    private static BigInteger fit(BigInteger v, Ty ty) {
        if (v == null || !(ty instanceof Ty.Int it)) return v;
        int bits = it.kind().bits();
        BigInteger m = v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return it.kind().signed() && m.testBit(bits - 1) ? m.subtract(BigInteger.ONE.shiftLeft(bits)) : m;
    }

    /** The integer (or char code) a literal pattern bound denotes, or null. */
    BigInteger intValue(Expr e) {
        return switch (e) {
            case Expr.Lit l -> switch (l.value()) {
                case Expr.LitValue.Int i -> i.value();
                case Expr.LitValue.Char c -> BigInteger.valueOf(c.codePoint());
                case Expr.LitValue.Byte b -> BigInteger.valueOf(b.value());
                default -> null;
            };
            case Expr.Unary u when u.op() == Expr.UnOp.NEG -> {
                BigInteger v = intValue(u.operand());
                yield v == null ? null : v.negate();
            }
            case Expr.PathExpr p when results.pathRes(p.id()) instanceof Res.Const k
                    && consts.expand(k.def()) instanceof ConstPatterns.Value(ConstPattern.Int i) -> i.value();
            default -> null;
        };
    }
}
