package dev.heaplab.core.lower;

import dev.heaplab.core.exhaustive.ConstPattern;
import dev.heaplab.core.exhaustive.ConstPatterns;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.typeck.BindingMode;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Lowers patterns in two passes over the matched place: {@link #test} emits the checks (falling
 * through on success, jumping to a failure block otherwise) and {@link #bind} creates the bindings.
 * Implicit dereferences of match ergonomics are applied first at every pattern node.
 */
final class Patterns {
    private final LowerCx cx;
    private final ConstPatterns consts;

    Patterns(LowerCx cx) {
        this.cx = cx;
        this.consts = new ConstPatterns(cx.results, cx.defs);
    }

    /** Where the tests' reads of the matched place are reported (null: at the pattern). */
    private Span discriminantAt, switchAt;

    /**
     * Sets where the next tests against one scrutinee read it, as rustc does: an enum's discriminant
     * at the scrutinee, an integer, `char` or `bool` switch at the start of the match (`match x`, or
     * the pattern of `if let` and `let else`). The borrow checker reports conflicts at these reads.
     */
    void readsAt(Span discriminant, Span integerSwitch) {
        discriminantAt = discriminant;
        switchAt = integerSwitch;
    }

    /** Place and type after the pattern's implicit derefs. */
    private record Target(Place place, Ty ty) {}

    /** For or-patterns with bindings: the temporary holding the index of the alternative that matched. */
    private final java.util.Map<dev.heaplab.core.syntax.NodeId, Local> matchedAlt = new java.util.HashMap<>();

    private Target adjusted(Pattern p, Place place, Ty ty) {
        // Each adjustment is a reference type peeled off, outermost first: the pattern matches the last one's pointee.
        for (Ty t : cx.results.patternAdjustments(p.id())) {
            place = place.deref();
            ty = t instanceof Ty.Ref r ? r.inner() : ty;
        }
        return new Target(place, ty);
    }

    void test(Pattern p, Place place0, Ty ty0, BlockId fail) {
        Target t = adjusted(p, place0, ty0);
        Place place = t.place();
        Ty ty = t.ty();
        Span span = p.span();
        switch (p) {
            case Pattern.Wildcard w -> { }
            case Pattern.Rest r -> { }
            case Pattern.Binding b -> {
                Res res = cx.results.pathRes(b.id());
                if (res != null) testPath(res, place, ty, fail, span);
                else if (b.sub() != null) test(b.sub(), place, ty, fail);
            }
            case Pattern.Literal l -> testLiteral(l, place, ty, fail);
            case Pattern.Range r -> testRange(r, place, ty, fail);
            case Pattern.Tuple tp -> {
                List<Ty> elems = ty instanceof Ty.Tuple tt ? tt.elems() : List.of();
                forEachElem(tp.elems(), elems.size(), (pat, i) -> test(pat, place.field(i, elems.get(i)), elems.get(i), fail));
            }
            case Pattern.PathPat pp -> testPath(cx.results.pathRes(pp.id()), place, ty, fail, span);
            case Pattern.TupleStruct ts -> {
                Res res = cx.results.pathRes(ts.id());
                if (!(res instanceof Res.Ctor c)) { cx.unsupported(span, "this tuple-struct pattern"); return; }
                Place v = testVariant(c, place, fail, span);
                List<AdtDef.FieldDef> fields = cx.defs.adt(c.adt()).variants().get(c.variant()).fields();
                forEachElem(ts.elems(), fields.size(), (pat, i) -> {
                    Ty fty = TySubst.subst(fields.get(i).ty(), c.args());
                    test(pat, v.field(i, fty), fty, fail);
                });
            }
            case Pattern.Struct sp -> {
                Res res = cx.results.pathRes(sp.id());
                if (!(res instanceof Res.Ctor c)) { cx.unsupported(span, "this struct pattern"); return; }
                Place v = testVariant(c, place, fail, span);
                AdtDef.VariantDef vd = cx.defs.adt(c.adt()).variants().get(c.variant());
                for (Pattern.FieldPat fp : sp.fields()) {
                    int i = vd.fieldIndex(fp.name().name());
                    Ty fty = TySubst.subst(vd.fields().get(i).ty(), c.args());
                    test(fp.pattern(), v.field(i, fty), fty, fail);
                }
            }
            case Pattern.Ref r -> test(r.inner(), place.deref(), ty instanceof Ty.Ref rt ? rt.inner() : ty, fail);
            case Pattern.Or o -> {
                BlockId ok = cx.cfg.newBlock();
                // With bindings, which alternative matched decides where the bindings come from.
                Local which = hasBindings(o) ? cx.temp(new Ty.Int(IntTy.USIZE), span) : null;
                if (which != null) matchedAlt.put(o.id(), which);
                for (int i = 0; i < o.alts().size(); i++) {
                    boolean last = i == o.alts().size() - 1;
                    BlockId nextAlt = last ? fail : cx.cfg.newBlock();
                    test(o.alts().get(i), place, ty, nextAlt);
                    if (which != null) cx.assign(span, Place.of(which), new Rvalue.Use(LowerCx.constInt(i, new Ty.Int(IntTy.USIZE))));
                    cx.cfg.gotoBlock(ok, span);
                    if (!last) cx.cfg.switchTo(nextAlt);
                }
                cx.cfg.switchTo(ok);
            }
            case Pattern.Slice s -> testSlice(s, place, ty, fail);
        }
    }

    private interface ElemVisitor { void visit(Pattern p, int index); }

    /** Visits sub-patterns with their field index, accounting for a `..` rest in the middle. */
    private static void forEachElem(List<Pattern> elems, int arity, ElemVisitor v) {
        int rest = -1;
        for (int i = 0; i < elems.size(); i++) if (elems.get(i) instanceof Pattern.Rest) rest = i;
        for (int i = 0; i < elems.size(); i++) {
            if (i == rest) continue;
            int index = rest >= 0 && i > rest ? arity - (elems.size() - i) : i;
            v.visit(elems.get(i), index);
        }
    }

    private void testPath(Res res, Place place, Ty ty, BlockId fail, Span span) {
        switch (res) {
            case Res.Ctor c -> testVariant(c, place, fail, span);
            case Res.Const k -> {
                switch (consts.expand(k.def())) {
                    case ConstPatterns.Value v -> testConst(v.pattern(), place, fail, span);
                    case ConstPatterns.Unsupported u -> cx.unsupported(span, u.what());
                    case ConstPatterns.NonStructural n -> cx.unsupported(span, "a `const` in a pattern");
                }
            }
            case null, default -> cx.unsupported(span, "this path in a pattern");
        }
    }

    /** Checks the discriminant for enum variants; returns the downcast place of the variant. */
    private Place testVariant(Res.Ctor c, Place place, BlockId fail, Span span) {
        AdtDef adt = cx.defs.adt(c.adt());
        if (!adt.isEnum()) return place;
        Local d = cx.temp(new Ty.Int(IntTy.ISIZE), span);
        cx.assign(discriminantAt != null ? discriminantAt : span, Place.of(d), new Rvalue.Discriminant(place));
        if (adt.variants().size() > 1) {
            BlockId ok = cx.cfg.newBlock();
            long discr = adt.variants().get(c.variant()).discriminant();
            cx.cfg.terminate(new Terminator.SwitchInt(span, new Operand.Copy(Place.of(d)),
                    List.of(BigInteger.valueOf(discr)), List.of(ok), fail));
            cx.cfg.switchTo(ok);
        }
        return place.project(new Place.Projection.Downcast(c.variant(), adt.variants().get(c.variant()).name()));
    }

    /** A constant's value tested as the pattern it stands for: scalars by `==`, aggregates field by field. */
    private void testConst(ConstPattern c, Place place, BlockId fail, Span span) {
        Ty ty = c.ty();
        switch (c) {
            case ConstPattern.Int i -> compare(place, new Operand.Constant(ty instanceof Ty.Char
                    ? new ConstValue.Char(i.value().intValueExact()) : new ConstValue.Int(i.value()), ty), fail, span);
            case ConstPattern.Bool b -> compare(place, new Operand.Constant(new ConstValue.Bool(b.value()), ty), fail, span);
            case ConstPattern.Float f -> compare(place, new Operand.Constant(new ConstValue.Float(f.value()), ty), fail, span);
            case ConstPattern.Str s -> cx.unsupported(span, "a `str` constant outside a reference");
            case ConstPattern.Ref r when r.inner() instanceof ConstPattern.Str s -> {
                Local eq = cx.temp(Ty.BOOL, span);
                var fn = cx.intrinsics.get("str::eq", Ty.BOOL);
                cx.exprs.emitCall(Place.of(eq), LowerCx.fnOperand(fn, List.of()),
                        List.of(new Operand.Copy(place), new Operand.Constant(new ConstValue.Str(s.value()), ty)), span);
                branchFalse(new Operand.Copy(Place.of(eq)), fail, span);
            }
            case ConstPattern.Ref r -> testConst(r.inner(), place.deref(), fail, span);
            case ConstPattern.Tuple t -> {
                for (int i = 0; i < t.elems().size(); i++) testConst(t.elems().get(i), place.field(i, t.elems().get(i).ty()), fail, span);
            }
            case ConstPattern.Array a -> {
                for (int i = 0; i < a.elems().size(); i++) {
                    testConst(a.elems().get(i), place.project(new Place.Projection.ConstantIndex(i, false)), fail, span);
                }
            }
            case ConstPattern.Adt a -> {
                Place v = testVariant(new Res.Ctor(a.adt(), a.variant(), a.args()), place, fail, span);
                for (int i = 0; i < a.fields().size(); i++) testConst(a.fields().get(i), v.field(i, a.fields().get(i).ty()), fail, span);
            }
        }
    }

    private void compare(Place place, Operand.Constant value, BlockId fail, Span span) {
        Local eq = cx.temp(Ty.BOOL, span);
        Span read = switchAt != null && !(value.ty() instanceof Ty.Float) ? switchAt : span;
        cx.assign(read, Place.of(eq), new Rvalue.BinaryOp(Rvalue.BinOp.EQ, new Operand.Copy(place), value));
        branchFalse(new Operand.Copy(Place.of(eq)), fail, span);
    }

    private void testLiteral(Pattern.Literal l, Place place, Ty ty, BlockId fail) {
        Span span = l.span();
        Operand lit = literalOperand(l.value(), ty);
        if (lit == null) return;
        if (ty instanceof Ty.Ref r && r.inner() instanceof Ty.Str) {
            Local eq = cx.temp(Ty.BOOL, span);
            var fn = cx.intrinsics.get("str::eq", Ty.BOOL);
            cx.exprs.emitCall(Place.of(eq), LowerCx.fnOperand(fn, List.of()), List.of(new Operand.Copy(place), lit), span);
            branchFalse(new Operand.Copy(Place.of(eq)), fail, span);
            return;
        }
        Local eq = cx.temp(Ty.BOOL, span);
        Span read = switchAt != null && !(ty instanceof Ty.Float) ? switchAt : span;
        cx.assign(read, Place.of(eq), new Rvalue.BinaryOp(Rvalue.BinOp.EQ, new Operand.Copy(place), lit));
        branchFalse(new Operand.Copy(Place.of(eq)), fail, span);
    }

    private Operand literalOperand(Expr e, Ty ty) {
        return switch (e) {
            case Expr.Lit l -> Exprs.literal(l.value(), ty);
            case Expr.Unary u when u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.Lit l -> switch (l.value()) {
                case Expr.LitValue.Int i -> new Operand.Constant(new ConstValue.Int(i.value().negate()), ty);
                case Expr.LitValue.Float f -> new Operand.Constant(new ConstValue.Float(-Double.parseDouble(f.text())), ty);
                default -> null;
            };
            case Expr.PathExpr pe when cx.results.pathRes(pe.id()) instanceof Res.Const k
                    && consts.expand(k.def()) instanceof ConstPatterns.Value(var v)
                    && (v instanceof ConstPattern.Int || v instanceof ConstPattern.Float) -> switch (v) {
                case ConstPattern.Int i when ty instanceof Ty.Char -> new Operand.Constant(new ConstValue.Char(i.value().intValueExact()), ty);
                case ConstPattern.Int i -> new Operand.Constant(new ConstValue.Int(i.value()), ty);
                case ConstPattern.Float f -> new Operand.Constant(new ConstValue.Float(f.value()), ty);
                default -> null;
            };
            default -> {
                cx.unsupported(e.span(), "this pattern bound");
                yield null;
            }
        };
    }

    private void testRange(Pattern.Range r, Place place, Ty ty, BlockId fail) {
        Span span = r.span();
        if (r.lo() != null) {
            Local ge = cx.temp(Ty.BOOL, span);
            cx.assign(span, Place.of(ge), new Rvalue.BinaryOp(Rvalue.BinOp.GE, new Operand.Copy(place), literalOperand(r.lo(), ty)));
            branchFalse(new Operand.Copy(Place.of(ge)), fail, span);
        }
        if (r.hi() != null) {
            Local le = cx.temp(Ty.BOOL, span);
            cx.assign(span, Place.of(le), new Rvalue.BinaryOp(r.inclusive() ? Rvalue.BinOp.LE : Rvalue.BinOp.LT,
                    new Operand.Copy(place), literalOperand(r.hi(), ty)));
            branchFalse(new Operand.Copy(Place.of(le)), fail, span);
        }
    }

    private void testSlice(Pattern.Slice s, Place place, Ty ty, BlockId fail) {
        Span span = s.span();
        Ty elem = ty instanceof Ty.Array a ? a.elem() : ty instanceof Ty.Slice sl ? sl.elem() : Ty.ERROR;
        boolean hasRest = s.elems().stream().anyMatch(Pattern::isRestLike);
        long fixed = s.elems().stream().filter(e -> !Pattern.isRestLike(e)).count();
        if (ty instanceof Ty.Slice) {
            Local len = cx.temp(Ty.USIZE, span);
            cx.assign(span, Place.of(len), new Rvalue.Len(place));
            Local ok = cx.temp(Ty.BOOL, span);
            cx.assign(span, Place.of(ok), new Rvalue.BinaryOp(hasRest ? Rvalue.BinOp.GE : Rvalue.BinOp.EQ,
                    new Operand.Copy(Place.of(len)), LowerCx.constInt(fixed, Ty.USIZE)));
            branchFalse(new Operand.Copy(Place.of(ok)), fail, span);
        }
        sliceElems(s, place, ty, (pat, p) -> test(pat, p, elem, fail));
    }

    private interface PlaceVisitor { void visit(Pattern p, Place place); }

    /**
     * Visits the elements of a slice pattern with their places. On an array (length known) every
     * index counts from the start, as in rustc's MIR: one element has one place, whichever end the
     * pattern counts from, which the move paths of the borrow checker rely on.
     */
    private void sliceElems(Pattern.Slice s, Place place, Ty ty, PlaceVisitor v) {
        int rest = -1;
        for (int i = 0; i < s.elems().size(); i++) if (Pattern.isRestLike(s.elems().get(i))) rest = i;
        int n = s.elems().size();
        long arrayLen = ty instanceof Ty.Array a && a.len() >= 0 ? a.len() : -1;
        for (int i = 0; i < n; i++) {
            Pattern e = s.elems().get(i);
            if (i == rest) continue;
            boolean fromEnd = rest >= 0 && i > rest;
            long offset = fromEnd ? n - i : i;
            if (fromEnd && arrayLen >= 0) {
                offset = arrayLen - offset;
                fromEnd = false;
            }
            v.visit(e, place.project(new Place.Projection.ConstantIndex(offset, fromEnd, rest >= 0 ? n - 1 : n)));
        }
    }

    private void branchFalse(Operand cond, BlockId fail, Span span) {
        BlockId ok = cx.cfg.newBlock();
        // Success first and failure as `otherwise`, as rustc's tests of a match (the order of successors
        // decides which of several uses the borrow checker reports first).
        cx.cfg.terminate(new Terminator.SwitchInt(span, cond, List.of(BigInteger.ONE), List.of(ok), fail));
        cx.cfg.switchTo(ok);
    }

    /**
     * Creates the bindings of a pattern that has matched. With {@code copyOnly}, by-value bindings
     * take bitwise copies (for a match guard), redone as moves by {@link #rebindMoves}.
     */
    void bind(Pattern p, Place place0, Ty ty0, int scope, boolean copyOnly) {
        java.util.Set<dev.heaplab.core.syntax.NodeId> declared = new java.util.HashSet<>();
        walkBindings(p, place0, ty0, (b, place, ty) -> {
            Ty bty = cx.ty(b.id());
            Local l;
            if (declared.add(b.id())) {
                l = cx.declareBinding(b.id(), b.name().name(), b.mutable(), bty, b.span(), scope);
            } else { // another alternative of an or-pattern: same variable, storage restarted on this path
                l = cx.bindings.get(b.id());
                cx.cfg.push(new dev.heaplab.core.mir.Statement.StorageLive(b.span(), l));
            }
            assignBinding(b, l, place, ty, copyOnly);
        });
    }

    /** The variables a pattern binds, by name, first occurrence (for aliasing or-pattern alternatives). */
    private Map<String, Pattern.Binding> bindingNames(Pattern p) {
        Map<String, Pattern.Binding> out = new java.util.LinkedHashMap<>();
        walkNames(p, out);
        return out;
    }

    private void walkNames(Pattern p, Map<String, Pattern.Binding> out) {
        switch (p) {
            case Pattern.Binding b -> {
                if (cx.results.pathRes(b.id()) == null) out.putIfAbsent(b.name().name(), b);
                if (b.sub() != null) walkNames(b.sub(), out);
            }
            case Pattern.Tuple t -> t.elems().forEach(e -> walkNames(e, out));
            case Pattern.TupleStruct t -> t.elems().forEach(e -> walkNames(e, out));
            case Pattern.Struct s -> s.fields().forEach(f -> walkNames(f.pattern(), out));
            case Pattern.Ref r -> walkNames(r.inner(), out);
            case Pattern.Or o -> walkNames(o.alts().get(0), out);
            case Pattern.Slice s -> s.elems().forEach(e -> walkNames(e, out));
            case Pattern.Wildcard w -> { }
            case Pattern.Rest r -> { }
            case Pattern.Literal l -> { }
            case Pattern.Range r -> { }
            case Pattern.PathPat pp -> { }
        }
    }

    /**
     * rustc's guard sees a by-value binding through a shared borrow of the matched place, copied into
     * the variable only once the guard holds. The borrow is made here, one per binding, and each use of
     * the binding in the guard mentions it ({@code Exprs.localPlace}): a write to the place before the
     * binding's last use in the guard conflicts with it (E0506, E0502), as in rustc. Or-patterns, whose
     * place depends on the alternative, are left out.
     */
    void guardRefs(Pattern p, Place place0, Ty ty0) {
        if (hasOr(p)) return;
        walkBindings(p, place0, ty0, (b, place, ty) -> {
            if (cx.results.bindingMode(b.id()) != BindingMode.BY_VALUE || cx.guardRefs.containsKey(b.id())) return;
            Local r = cx.temp(Ty.ref(ty), b.span());
            cx.assign(b.span(), Place.of(r), new Rvalue.Ref(Rvalue.BorrowKind.SHARED, place));
            cx.guardRefs.put(b.id(), r);
        });
    }

    private static boolean hasOr(Pattern p) {
        return switch (p) {
            case Pattern.Binding b -> b.sub() != null && hasOr(b.sub());
            case Pattern.Tuple t -> t.elems().stream().anyMatch(Patterns::hasOr);
            case Pattern.TupleStruct t -> t.elems().stream().anyMatch(Patterns::hasOr);
            case Pattern.Struct s -> s.fields().stream().anyMatch(f -> hasOr(f.pattern()));
            case Pattern.Ref r -> hasOr(r.inner());
            case Pattern.Or o -> true;
            case Pattern.Slice s -> s.elems().stream().anyMatch(Patterns::hasOr);
            case Pattern.Wildcard w -> false;
            case Pattern.Rest r -> false;
            case Pattern.Literal l -> false;
            case Pattern.Range r -> false;
            case Pattern.PathPat pp -> false;
        };
    }

    /** After a guard held: re-assign by-value bindings of non-Copy values with real moves. */
    void rebindMoves(Pattern p, Place place0, Ty ty0) {
        walkBindings(p, place0, ty0, (b, place, ty) -> {
            if (cx.results.bindingMode(b.id()) == BindingMode.BY_VALUE && !cx.facts.isCopy(ty)) {
                // Restart the binding's storage so the real move is its first assignment, not a second one.
                Local l = cx.bindings.get(b.id());
                cx.cfg.push(new dev.heaplab.core.mir.Statement.StorageDead(b.span(), l));
                cx.cfg.push(new dev.heaplab.core.mir.Statement.StorageLive(b.span(), l));
                assignBinding(b, l, place, ty, false);
            }
        });
    }

    /** Declares the variables of `let pat;` without initialising them. */
    void declareOnly(Pattern p, int scope) {
        if (p instanceof Pattern.Binding b && b.sub() == null) {
            cx.declareBinding(b.id(), b.name().name(), b.mutable(), cx.ty(b.id()), b.span(), scope);
        } else {
            cx.unsupported(p.span(), "a destructuring `let` without an initialiser");
        }
    }

    private void assignBinding(Pattern.Binding b, Local l, Place place, Ty ty, boolean copyOnly) {
        Span span = b.span();
        switch (cx.results.bindingMode(b.id())) {
            case BY_VALUE -> {
                if (ty instanceof Ty.Array a && !place.projections().isEmpty()
                        && place.projections().getLast() instanceof Place.Projection.Subslice ss) {
                    // The rest of an array by value: its elements one by one, so that the move paths of the
                    // borrow checker (and the machine's drop flags) see which elements left the array.
                    Place base = new Place(place.local(), place.projections().subList(0, place.projections().size() - 1));
                    List<Operand> elems = new java.util.ArrayList<>();
                    for (long k = 0; k < a.len(); k++) {
                        Place e = base.project(new Place.Projection.ConstantIndex(ss.from() + k, false));
                        elems.add(copyOnly ? new Operand.Copy(e) : cx.use(e, a.elem()));
                    }
                    cx.assign(span, Place.of(l), new Rvalue.Aggregate(new Rvalue.AggregateKind.Array(a.elem()), elems));
                } else {
                    cx.assign(span, Place.of(l), new Rvalue.Use(copyOnly ? new Operand.Copy(place) : cx.use(place, ty)));
                }
            }
            case BY_REF -> cx.assign(span, Place.of(l), new Rvalue.Ref(Rvalue.BorrowKind.SHARED, place));
            case BY_REF_MUT -> cx.assign(span, Place.of(l), new Rvalue.Ref(Rvalue.BorrowKind.MUT, place));
        }
    }

    private interface BindingVisitor { void visit(Pattern.Binding b, Place place, Ty ty); }

    private void walkBindings(Pattern p, Place place0, Ty ty0, BindingVisitor v) {
        Target t = adjusted(p, place0, ty0);
        Place place = t.place();
        Ty ty = t.ty();
        switch (p) {
            case Pattern.Binding b -> {
                if (cx.results.pathRes(b.id()) != null) return;
                if (b.sub() instanceof Pattern.Rest) {
                    v.visit(b, place, ty);
                    return;
                }
                v.visit(b, place, ty);
                if (b.sub() != null) walkBindings(b.sub(), place, ty, v);
            }
            case Pattern.Tuple tp -> {
                List<Ty> elems = ty instanceof Ty.Tuple tt ? tt.elems() : List.of();
                forEachElem(tp.elems(), elems.size(), (pat, i) -> walkBindings(pat, place.field(i, elems.get(i)), elems.get(i), v));
            }
            case Pattern.TupleStruct ts -> {
                if (!(cx.results.pathRes(ts.id()) instanceof Res.Ctor c)) return;
                AdtDef adt = cx.defs.adt(c.adt());
                Place vp = adt.isEnum() ? place.project(new Place.Projection.Downcast(c.variant(),
                        adt.variants().get(c.variant()).name())) : place;
                List<AdtDef.FieldDef> fields = adt.variants().get(c.variant()).fields();
                forEachElem(ts.elems(), fields.size(), (pat, i) -> {
                    Ty fty = TySubst.subst(fields.get(i).ty(), c.args());
                    walkBindings(pat, vp.field(i, fty), fty, v);
                });
            }
            case Pattern.Struct sp -> {
                if (!(cx.results.pathRes(sp.id()) instanceof Res.Ctor c)) return;
                AdtDef adt = cx.defs.adt(c.adt());
                AdtDef.VariantDef vd = adt.variants().get(c.variant());
                Place vp = adt.isEnum() ? place.project(new Place.Projection.Downcast(c.variant(), vd.name())) : place;
                for (Pattern.FieldPat fp : sp.fields()) {
                    int i = vd.fieldIndex(fp.name().name());
                    Ty fty = TySubst.subst(vd.fields().get(i).ty(), c.args());
                    walkBindings(fp.pattern(), vp.field(i, fty), fty, v);
                }
            }
            case Pattern.Ref r -> walkBindings(r.inner(), place.deref(), ty instanceof Ty.Ref rt ? rt.inner() : ty, v);
            case Pattern.Or o -> {
                if (!hasBindings(o)) return;
                Local which = matchedAlt.get(o.id());
                if (which == null) { cx.unsupported(o.span(), "bindings inside this or-pattern"); return; }
                // One branch per alternative; each binds into the first alternative's variables.
                Map<String, Pattern.Binding> canonical = bindingNames(o.alts().get(0));
                BlockId join = cx.cfg.newBlock();
                List<BlockId> targets = new java.util.ArrayList<>();
                List<BigInteger> values = new java.util.ArrayList<>();
                for (int i = 0; i < o.alts().size(); i++) {
                    targets.add(cx.cfg.newBlock());
                    values.add(BigInteger.valueOf(i));
                }
                cx.cfg.terminate(new Terminator.SwitchInt(o.span(), new Operand.Copy(Place.of(which)),
                        values.subList(0, values.size() - 1), targets.subList(0, targets.size() - 1),
                        targets.get(targets.size() - 1)));
                for (int i = 0; i < o.alts().size(); i++) {
                    cx.cfg.switchTo(targets.get(i));
                    walkBindings(o.alts().get(i), place, ty, (b, pl, bt) -> {
                        Pattern.Binding c = canonical.getOrDefault(b.name().name(), b);
                        v.visit(c, pl, bt);
                    });
                    cx.cfg.gotoBlock(join, o.span());
                }
                cx.cfg.switchTo(join);
            }
            case Pattern.Slice s -> {
                Ty elem = ty instanceof Ty.Array a ? a.elem() : ty instanceof Ty.Slice sl ? sl.elem() : Ty.ERROR;
                int n = s.elems().size();
                for (int i = 0; i < n; i++) {
                    if (!(s.elems().get(i) instanceof Pattern.Binding b && b.sub() instanceof Pattern.Rest)) continue;
                    // `rest @ ..`: the subslice `[i..len - (n - i - 1)]` (rustc's Subslice projection); of an
                    // array it is the sub-array `[T; len - n + 1]`, bound by value or by reference.
                    Ty restTy = ty;
                    if (ty instanceof Ty.Array a) {
                        if (a.len() < 0 || a.len() >= Place.Projection.Subslice.MAX_ARRAY_LEN) {
                            cx.unsupported(b.span(), "a binding of the rest of an array pattern");
                            return;
                        }
                        restTy = new Ty.Array(a.elem(), a.len() - n + 1);
                    } else if (cx.results.bindingMode(b.id()) == BindingMode.BY_VALUE) {
                        cx.unsupported(b.span(), "a binding of the rest of a slice pattern by value");
                        return;
                    }
                    walkBindings(b, place.project(new Place.Projection.Subslice(i, n - i - 1)), restTy, v);
                }
                sliceElems(s, place, ty, (pat, pl) -> walkBindings(pat, pl, elem, v));
            }
            case Pattern.Wildcard w -> { }
            case Pattern.Rest r -> { }
            case Pattern.Literal l -> { }
            case Pattern.Range r -> { }
            case Pattern.PathPat pp -> { }
        }
    }

    /** Does the pattern bind anything by reference (explicit `ref` or a by-reference default binding mode)? */
    boolean bindsByRef(Pattern p) {
        boolean[] found = {false};
        new Object() {
            void visit(Pattern q) {
                switch (q) {
                    case Pattern.Binding b -> {
                        if (cx.results.pathRes(b.id()) == null && cx.results.bindingMode(b.id()) != BindingMode.BY_VALUE) found[0] = true;
                        if (b.sub() != null) visit(b.sub());
                    }
                    case Pattern.Tuple t -> t.elems().forEach(this::visit);
                    case Pattern.TupleStruct t -> t.elems().forEach(this::visit);
                    case Pattern.Struct st -> st.fields().forEach(f -> visit(f.pattern()));
                    case Pattern.Ref r -> visit(r.inner());
                    case Pattern.Or o -> o.alts().forEach(this::visit);
                    case Pattern.Slice sl -> sl.elems().forEach(this::visit);
                    case Pattern.Wildcard w -> { }
                    case Pattern.Rest r -> { }
                    case Pattern.Literal l -> { }
                    case Pattern.Range r -> { }
                    case Pattern.PathPat pp -> { }
                }
            }
        }.visit(p);
        return found[0];
    }

    /** Whether {@code p} holds an or-pattern with bindings, which binds only after a test of its alternatives. */
    boolean hasOrWithBindings(Pattern p) {
        return switch (p) {
            case Pattern.Binding b -> b.sub() != null && hasOrWithBindings(b.sub());
            case Pattern.Tuple t -> t.elems().stream().anyMatch(this::hasOrWithBindings);
            case Pattern.TupleStruct t -> t.elems().stream().anyMatch(this::hasOrWithBindings);
            case Pattern.Struct s -> s.fields().stream().anyMatch(f -> hasOrWithBindings(f.pattern()));
            case Pattern.Ref r -> hasOrWithBindings(r.inner());
            case Pattern.Or o -> hasBindings(o);
            case Pattern.Slice s -> s.elems().stream().anyMatch(this::hasOrWithBindings);
            case Pattern.Wildcard w -> false;
            case Pattern.Rest r -> false;
            case Pattern.Literal l -> false;
            case Pattern.Range r -> false;
            case Pattern.PathPat pp -> false;
        };
    }

    private boolean hasBindings(Pattern p) {
        return switch (p) {
            case Pattern.Binding b -> cx.results.pathRes(b.id()) == null;
            case Pattern.Tuple t -> t.elems().stream().anyMatch(this::hasBindings);
            case Pattern.TupleStruct t -> t.elems().stream().anyMatch(this::hasBindings);
            case Pattern.Struct s -> s.fields().stream().anyMatch(f -> hasBindings(f.pattern()));
            case Pattern.Ref r -> hasBindings(r.inner());
            case Pattern.Or o -> o.alts().stream().anyMatch(this::hasBindings);
            case Pattern.Slice s -> s.elems().stream().anyMatch(this::hasBindings);
            case Pattern.Wildcard w -> false;
            case Pattern.Rest r -> false;
            case Pattern.Literal l -> false;
            case Pattern.Range r -> false;
            case Pattern.PathPat pp -> false;
        };
    }
}
