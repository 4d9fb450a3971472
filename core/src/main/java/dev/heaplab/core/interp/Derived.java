package dev.heaplab.core.interp;

import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.List;

/**
 * Structural Clone, PartialEq, Ord/PartialOrd, Default and Debug: the methods of derived impls (which
 * have no MIR) and what builtins need to compare, clone or default elements. A user's hand-written
 * impl is called instead whenever one exists for the type.
 */
final class Derived {
    private Derived() {}

    /** An operator's operand: by value, or read through the reference of std's `&i32 + i32` impls. */
    private static Value operand(Value[] a, Calls.Target t, int k, Span span) {
        return k < t.argTys().length && t.argTys()[k] instanceof Ty.Ref && a[k] instanceof Value.Ptr p ? Memory.get(p, span) : a[k];
    }

    /**
     * `<i32 as Add>::add` reached through a generic `T: Add<Output = T>`: the primitive operation with
     * debug overflow checks, panicking at the operator's span as rustc's `#[track_caller]`-like std impls.
     */
    private static Value primitiveOperator(String trait, Value l, Value r, Span span) {
        var op = switch (trait) {
            case "Add" -> Rvalue.BinOp.ADD;
            case "Sub" -> Rvalue.BinOp.SUB;
            case "Mul" -> Rvalue.BinOp.MUL;
            case "Div" -> Rvalue.BinOp.DIV;
            case "Rem" -> Rvalue.BinOp.REM;
            case "BitAnd" -> Rvalue.BinOp.BIT_AND;
            case "BitOr" -> Rvalue.BinOp.BIT_OR;
            case "BitXor" -> Rvalue.BinOp.BIT_XOR;
            case "Shl" -> Rvalue.BinOp.SHL;
            default -> Rvalue.BinOp.SHR;
        };
        Arith.Checked c = Arith.checked(op, l, r, span);
        if (c.overflow()) throw new MachineStop.Panic(new Terminator.AssertMessage.Overflow(op).text(), span);
        return c.value();
    }

    /** Runs a method of a derived impl, or a trait method without any body (e.g. `Clone::clone` on i32). */
    static Value call(Interp m, Calls.Target t, Span span) {
        FnDef fn = m.defs.fn(t.fn());
        TraitDef trait = fn.parentTrait() != null ? m.defs.trait(fn.parentTrait())
                : t.derivedImpl() != null ? m.defs.trait(t.derivedImpl().trait()) : null;
        String lang = trait == null ? null : trait.lang();
        Value[] a = t.args();
        // A derived impl has no method bodies: the callee stays the trait's method, whose first type
        // argument is Self (an impl's own method would carry the impl's arguments instead).
        Ty implSelf = fn.parentImpl() == null && !t.typeArgs().isEmpty() ? t.typeArgs().get(0)
                : t.derivedImpl() != null ? TySubst.subst(t.derivedImpl().selfTy(), t.typeArgs()) : Ty.UNIT;
        Ty selfTy = t.argTys().length > 0 ? pointee(m, t.argTys()[0]) : implSelf;
        String name = fn.name();
        if (lang == null) throw new MachineStop.Internal("unsupported: derived method " + name, span);
        switch (lang) {
            case "Clone" -> { return cloneAt(m, (Value.Ptr) a[0], selfTy, span); }
            case "Copy" -> { return Value.unit(); }
            case "PartialEq", "Eq" -> {
                Ty rhsTy = a.length > 1 && t.argTys().length > 1 ? pointee(m, t.argTys()[1]) : selfTy;
                if (!TraitResolver.eraseRegions(rhsTy).equals(TraitResolver.eraseRegions(selfTy))) {
                    Boolean mixed = mixedEq(m, (Value.Ptr) a[0], selfTy, (Value.Ptr) a[1], rhsTy, span);
                    if (mixed != null) return Arith.bool(name.equals("ne") != mixed);
                }
                // `str` and `[T]` are compared through their (fat) references, not their first element.
                boolean eq = unsized(selfTy) ? eq(m, a[0], a[1], Ty.ref(selfTy), span)
                        : eq(m, Memory.get((Value.Ptr) a[0], span), Memory.get((Value.Ptr) a[1], span), selfTy, span);
                return Arith.bool(name.equals("ne") != eq);
            }
            case "PartialOrd", "Ord" -> {
                int c = unsized(selfTy) ? cmp(m, a[0], a[1], Ty.ref(selfTy), span)
                        : cmp(m, Memory.get((Value.Ptr) a[0], span), Memory.get((Value.Ptr) a[1], span), selfTy, span);
                return switch (name) {
                    case "cmp" -> ordering(m, c);
                    case "partial_cmp" -> partialOrdering(m, c);
                    case "lt", "le", "gt", "ge" -> Arith.bool(holds(name, c));
                    case "max" -> c > 0 ? a[0] : a[1];
                    case "min" -> c <= 0 ? a[0] : a[1];
                    default -> throw new MachineStop.Internal("unsupported: " + name, span);
                };
            }
            case "Default" -> { return defaultValue(m, implSelf, span); }
            case "Debug", "Display" -> {
                var f = FmtBuiltins.formatter(new Builtins.Call(m, name, t.typeArgs(), a, t.argTys(), span), 1);
                new ValueFormatter(m, span).format(f, lang.equals("Debug") ? FormatTemplate.Trait.DEBUG
                        : FormatTemplate.Trait.DISPLAY, (Value.Ptr) a[0], selfTy);
                return m.types.ok(Value.unit());
            }
            case "Add", "Sub", "Mul", "Div", "Rem", "BitAnd", "BitOr", "BitXor", "Shl", "Shr" -> {
                return primitiveOperator(lang, operand(a, t, 0, span), operand(a, t, 1, span), span);
            }
            case "Neg", "Not" -> {
                Value v = operand(a, t, 0, span);
                if (lang.equals("Neg") && v instanceof Value.Int i && i.ty().signed()
                        && Arith.checked(Rvalue.BinOp.SUB, new Value.Int(0, i.ty()), v, span).overflow()) {
                    throw new MachineStop.Panic(new Terminator.AssertMessage.OverflowNeg().text(), span);
                }
                return Arith.unary(lang.equals("Neg") ? Rvalue.UnOp.NEG : Rvalue.UnOp.NOT, v, span);
            }
            default -> throw new MachineStop.Internal("unsupported: no impl found for " + lang + "::" + name + " with "
                    + t.typeArgs().stream().map(m.types::display).toList(), span);
        }
    }

    /**
     * `A: PartialEq<B>` with different types behind {@code pa} and {@code pb}: std's impl for
     * references (`&A == &B` compares `A` with `B`) is peeled, then the impl for the pair is called;
     * null when there is none (Vec/array/slice pairs, compared structurally by the caller).
     */
    private static Boolean mixedEq(Interp m, Value.Ptr pa, Ty a, Value.Ptr pb, Ty b, Span span) {
        while (a instanceof Ty.Ref ra && b instanceof Ty.Ref rb && !unsized(ra.inner()) && !unsized(rb.inner())) {
            pa = (Value.Ptr) Memory.get(pa, span);
            pb = (Value.Ptr) Memory.get(pb, span);
            a = ra.inner();
            b = rb.inner();
        }
        if (TraitResolver.eraseRegions(a).equals(TraitResolver.eraseRegions(b)))
            return eq(m, Memory.get(pa, span), Memory.get(pb, span), a, span);
        TraitDef partialEq = m.defs.langTrait("PartialEq");
        TraitResolver.Match impl = m.calls.resolver().find(partialEq.id(), a, List.of(b));
        if (impl == null || !impl.impl().methods().containsKey("eq")) return null;
        Value r = m.calls.callFn(impl.impl().methods().get("eq"), impl.args(), new Value[] {pa, pb},
                new Ty[] {Ty.ref(a), Ty.ref(b)}, span);
        return ((Value.Bool) r).v();
    }

    private static boolean unsized(Ty t) { return t instanceof Ty.Str || t instanceof Ty.Slice; }

    private static Ty pointee(Interp m, Ty t) {
        Ty p = t instanceof Ty.Ref r ? r.inner() : null;
        return p == null ? t : p;
    }

    /** A clone of the value at {@code at}: user Clone impls run, std types clone natively. */
    static Value cloneAt(Interp m, Value.Ptr at, Ty ty, Span span) {
        Value v = Memory.get(at, span);
        switch (ty) {
            case Ty.Adt a -> {
                AdtDef d = m.defs.adt(a.def());
                if (d.lang() != null && d.lang() != LangItem.OPTION && d.lang() != LangItem.RESULT
                        && d.lang() != LangItem.ORDERING) {
                    String key = switch (d.lang()) {
                        case STRING -> "String::clone";
                        case VEC -> "Vec::clone";
                        case VEC_DEQUE -> "VecDeque::clone";
                        case BOX -> "Box::clone";
                        case RC, ARC -> "Rc::clone";
                        case RC_WEAK, ARC_WEAK -> "Weak::clone";
                        default -> null;
                    };
                    if (key != null) return m.builtins.invokeKey(key, a.args(), new Value[] {at}, new Ty[] {Ty.ref(ty)}, span);
                    // Other library types clone through their own impl (a map's table or nodes, a
                    // channel's sender count): a field copy would share their native state.
                    TraitResolver.Match own = m.calls.resolver().findLang("Clone", ty);
                    if (own == null || own.impl().derived() || !own.impl().methods().containsKey("clone")) return Value.deepCopy(v);
                    return m.calls.callFn(own.impl().methods().get("clone"), own.args(), new Value[] {at}, new Ty[] {Ty.ref(ty)}, span);
                }
                TraitResolver.Match impl = m.calls.resolver().findLang("Clone", ty);
                if (impl != null && !impl.impl().derived() && impl.impl().methods().containsKey("clone")) {
                    return m.calls.callFn(impl.impl().methods().get("clone"), impl.args(), new Value[] {at},
                            new Ty[] {Ty.ref(ty)}, span);
                }
                if (!(v instanceof Value.Agg g)) return Value.deepCopy(v);
                List<AdtDef.FieldDef> fields = d.variants().get(g.variant).fields();
                Value[] out = new Value[g.fields.length];
                for (int i = 0; i < out.length; i++)
                    out[i] = cloneAt(m, at.child(i), TySubst.subst(fields.get(i).ty(), a.args()), span);
                return new Value.Agg(g.variant, out);
            }
            case Ty.Tuple t -> {
                Value.Agg g = (Value.Agg) v;
                Value[] out = new Value[g.fields.length];
                for (int i = 0; i < out.length; i++) out[i] = cloneAt(m, at.child(i), t.elems().get(i), span);
                return new Value.Agg(0, out);
            }
            case Ty.Array arr -> {
                Value.Agg g = (Value.Agg) v;
                Value[] out = new Value[g.fields.length];
                for (int i = 0; i < out.length; i++) out[i] = cloneAt(m, at.child(i), arr.elem(), span);
                return new Value.Agg(0, out);
            }
            default -> { return Value.deepCopy(v); }
        }
    }

    static Value cloneValue(Interp m, Value v, Ty ty, Span span) {
        if (v instanceof Value.Int || v instanceof Value.Bool || v instanceof Value.Char || v instanceof Value.Float) return v;
        return cloneAt(m, Value.Ptr.thin(m.temp(v, "clone source"), new int[0]), ty, span);
    }

    static boolean eq(Interp m, Value a, Value b, Ty ty, Span span) {
        switch (ty) {
            case Ty.Ref r -> {
                Value.Ptr pa = (Value.Ptr) a, pb = (Value.Ptr) b;
                if (r.inner() instanceof Ty.Str) return Memory.str(pa, span).equals(Memory.str(pb, span));
                if (r.inner() instanceof Ty.Slice s) return sliceEq(m, pa, pb, s.elem(), span);
                return eq(m, Memory.get(pa, span), Memory.get(pb, span), r.inner(), span);
            }
            case Ty.Adt ad -> {
                AdtDef d = m.defs.adt(ad.def());
                if (d.lang() == LangItem.STRING) return StringBuiltins.string((Value.Agg) a, span)
                        .equals(StringBuiltins.string((Value.Agg) b, span));
                if (d.lang() == LangItem.VEC) {
                    Value.Agg va = (Value.Agg) a, vb = (Value.Agg) b;
                    return sliceEq(m, RawVec.slice(va, 0, RawVec.len(va)), RawVec.slice(vb, 0, RawVec.len(vb)),
                            Types.arg(ad, 0), span);
                }
                if (d.lang() == LangItem.BOX || d.lang() == LangItem.RC || d.lang() == LangItem.ARC)
                    return eq(m, pointee(a, d), pointee(b, d), Ty.ref(Types.arg(ad, 0)), span);
                TraitResolver.Match impl = m.calls.resolver().findLang("PartialEq", ty);
                if (impl != null && !impl.impl().derived() && impl.impl().methods().containsKey("eq")) {
                    Value r = m.calls.callFn(impl.impl().methods().get("eq"), impl.args(),
                            new Value[] {tempPtr(m, a), tempPtr(m, b)}, new Ty[] {Ty.ref(ty), Ty.ref(ty)}, span);
                    return ((Value.Bool) r).v();
                }
                Value.Agg ga = (Value.Agg) a, gb = (Value.Agg) b;
                if (ga.variant != gb.variant) return false;
                List<AdtDef.FieldDef> fields = d.variants().get(ga.variant).fields();
                for (int i = 0; i < ga.fields.length; i++)
                    if (!eq(m, ga.fields[i], gb.fields[i], TySubst.subst(fields.get(i).ty(), ad.args()), span)) return false;
                return true;
            }
            case Ty.Tuple t -> {
                Value.Agg ga = (Value.Agg) a, gb = (Value.Agg) b;
                for (int i = 0; i < ga.fields.length; i++) if (!eq(m, ga.fields[i], gb.fields[i], t.elems().get(i), span)) return false;
                return true;
            }
            case Ty.Array arr -> {
                Value.Agg ga = (Value.Agg) a, gb = (Value.Agg) b;
                for (int i = 0; i < ga.fields.length; i++) if (!eq(m, ga.fields[i], gb.fields[i], arr.elem(), span)) return false;
                return true;
            }
            default -> { return Arith.equal(a, b); }
        }
    }

    private static boolean sliceEq(Interp m, Value.Ptr a, Value.Ptr b, Ty elem, Span span) {
        // `&[T] == &[T; N]` type-checks through unsizing: the right side may still be a thin array pointer.
        a = Memory.fat(a, span);
        b = Memory.fat(b, span);
        if (a.meta() != b.meta()) return false;
        for (long k = 0; k < a.meta(); k++)
            if (!eq(m, Memory.get(a.offset(k, -1), span), Memory.get(b.offset(k, -1), span), elem, span)) return false;
        return true;
    }

    /** A Vec, array or slice (behind any number of references) against another: std's cross-kind PartialEq impls. */
    static boolean seqEq(Interp m, Value.Ptr a, Ty aTy, Value.Ptr b, Ty bTy, Span span) {
        Ty[] elem = new Ty[1];
        Value.Ptr fa = seq(m, a, aTy, elem, span);
        Value.Ptr fb = seq(m, b, bTy, new Ty[1], span);
        return sliceEq(m, fa, fb, elem[0], span);
    }

    private static Value.Ptr seq(Interp m, Value.Ptr p, Ty refTy, Ty[] elemOut, Span span) {
        Ty t = m.types.pointee(refTy);
        while (t instanceof Ty.Ref r) {
            p = (Value.Ptr) Memory.get(p, span);
            t = r.inner();
        }
        elemOut[0] = switch (t) {
            case Ty.Slice s -> s.elem();
            case Ty.Array a -> a.elem();
            case Ty.Adt ad -> Types.arg(ad, 0);
            default -> throw new MachineStop.Internal("sequence comparison on " + m.types.display(t), span);
        };
        return Memory.fat(p, span);
    }

    private static Value.Ptr tempPtr(Interp m, Value v) { return Value.Ptr.thin(m.temp(v, "operand"), new int[0]); }

    /**
     * {@link #cmp}'s result when a float comparison is unordered (a NaN): `partial_cmp` is then None
     * and `<`, `<=`, `>`, `>=` are all false. Lexicographic comparisons stop at it as at any
     * non-Equal result, as derived PartialOrd does.
     */
    static final int UNORDERED = Integer.MIN_VALUE;

    /** `<`, `<=`, `>`, `>=` (op "lt", "le", "gt", "ge") of a {@link #cmp} result. */
    static boolean holds(String op, int c) {
        if (c == UNORDERED) return false;
        return switch (op) {
            case "lt" -> c < 0;
            case "le" -> c <= 0;
            case "gt" -> c > 0;
            default -> c >= 0;
        };
    }

    /** `partial_cmp`'s value for a {@link #cmp} result. */
    static Value partialOrdering(Interp m, int c) {
        return c == UNORDERED ? m.types.none() : m.types.some(ordering(m, c));
    }

    /** A pointer to what a Box, Rc or Arc owns (an Rc or Arc points to its counts followed by the value). */
    private static Value pointee(Value p, AdtDef d) {
        return d.lang() == LangItem.BOX ? p : ((Value.Ptr) p).child(Value.Agg.RC_VALUE);
    }

    static int cmp(Interp m, Value a, Value b, Ty ty, Span span) {
        switch (ty) {
            case Ty.Ref r -> {
                Value.Ptr pa = (Value.Ptr) a, pb = (Value.Ptr) b;
                if (r.inner() instanceof Ty.Str) return compareBytes(Memory.bytes(pa, span), Memory.bytes(pb, span));
                if (r.inner() instanceof Ty.Slice s) {
                    Value.Ptr fa = Memory.fat(pa, span), fb = Memory.fat(pb, span);
                    for (long k = 0; k < Math.min(fa.meta(), fb.meta()); k++) {
                        int c = cmp(m, Memory.get(fa.offset(k, -1), span), Memory.get(fb.offset(k, -1), span), s.elem(), span);
                        if (c != 0) return c;
                    }
                    return Long.compare(fa.meta(), fb.meta());
                }
                return cmp(m, Memory.get(pa, span), Memory.get(pb, span), r.inner(), span);
            }
            case Ty.Adt ad -> {
                AdtDef d = m.defs.adt(ad.def());
                if (d.lang() == LangItem.STRING)
                    return compareBytes(StringBuiltins.bytes((Value.Agg) a, span), StringBuiltins.bytes((Value.Agg) b, span));
                if (d.lang() == LangItem.BOX || d.lang() == LangItem.RC || d.lang() == LangItem.ARC)
                    return cmp(m, pointee(a, d), pointee(b, d), Ty.ref(Types.arg(ad, 0)), span);
                if (d.lang() == LangItem.VEC) {
                    Value.Agg va = (Value.Agg) a, vb = (Value.Agg) b;
                    long n = Math.min(RawVec.len(va), RawVec.len(vb));
                    for (int i = 0; i < n; i++) {
                        int c = cmp(m, VecBuiltins.elems(va).fields[i], VecBuiltins.elems(vb).fields[i], Types.arg(ad, 0), span);
                        if (c != 0) return c;
                    }
                    return Long.compare(RawVec.len(va), RawVec.len(vb));
                }
                for (String lang : new String[] {"Ord", "PartialOrd"}) {
                    TraitResolver.Match impl = m.calls.resolver().findLang(lang, ty);
                    String method = lang.equals("Ord") ? "cmp" : "partial_cmp";
                    if (impl != null && !impl.impl().derived() && impl.impl().methods().containsKey(method)) {
                        Value r = m.calls.callFn(impl.impl().methods().get(method), impl.args(),
                                new Value[] {tempPtr(m, a), tempPtr(m, b)}, new Ty[] {Ty.ref(ty), Ty.ref(ty)}, span);
                        if (lang.equals("PartialOrd")) {
                            Value.Agg opt = (Value.Agg) r;
                            if (opt.fields.length == 0) return UNORDERED;  // None
                            r = opt.fields[0];
                        }
                        return orderingToInt(m, r);
                    }
                }
                Value.Agg ga = (Value.Agg) a, gb = (Value.Agg) b;
                if (ga.variant != gb.variant) return Integer.compare(ga.variant, gb.variant);
                List<AdtDef.FieldDef> fields = d.variants().get(ga.variant).fields();
                for (int i = 0; i < ga.fields.length; i++) {
                    int c = cmp(m, ga.fields[i], gb.fields[i], TySubst.subst(fields.get(i).ty(), ad.args()), span);
                    if (c != 0) return c;
                }
                return 0;
            }
            case Ty.Tuple t -> {
                Value.Agg ga = (Value.Agg) a, gb = (Value.Agg) b;
                for (int i = 0; i < ga.fields.length; i++) {
                    int c = cmp(m, ga.fields[i], gb.fields[i], t.elems().get(i), span);
                    if (c != 0) return c;
                }
                return 0;
            }
            // arrays of one type have one length: element by element
            case Ty.Array ar -> {
                Value.Agg ga = (Value.Agg) a, gb = (Value.Agg) b;
                for (int i = 0; i < ga.fields.length; i++) {
                    int c = cmp(m, ga.fields[i], gb.fields[i], ar.elem(), span);
                    if (c != 0) return c;
                }
                return 0;
            }
            default -> {
                if (a instanceof Value.Float fa && b instanceof Value.Float fb) {
                    // IEEE order: NaN is unordered, -0.0 equals 0.0 (Double.compare would say otherwise).
                    return fa.v() < fb.v() ? -1 : fa.v() > fb.v() ? 1 : fa.v() == fb.v() ? 0 : UNORDERED;
                }
                return Arith.compare(a, b, span);
            }
        }
    }

    private static int compareBytes(byte[] a, byte[] b) { return java.util.Arrays.compareUnsigned(a, b); }

    /** An `Ordering` value for a comparison result (−1, 0, 1 by discriminant). */
    static Value ordering(Interp m, int c) {
        int sign = Integer.signum(c);
        AdtDef d = m.defs.langAdt(LangItem.ORDERING);
        if (d != null)
            for (int i = 0; i < d.variants().size(); i++)
                if (d.variants().get(i).discriminant() == sign) return new Value.Agg(i, new Value[0]);
        return new Value.Agg(sign + 1, new Value[0]);
    }

    static int orderingToInt(Interp m, Value o) {
        int variant = ((Value.Agg) o).variant;
        AdtDef d = m.defs.langAdt(LangItem.ORDERING);
        if (d != null && variant < d.variants().size()) return (int) d.variants().get(variant).discriminant();
        return variant - 1;
    }

    /** `Default::default()` for a type: zeros, empty String/Vec, None, or the user's/derived impl. */
    static Value defaultValue(Interp m, Ty ty, Span span) {
        return switch (ty) {
            case Ty.Int i -> new Value.Int(0, i.kind());
            case Ty.Float f -> new Value.Float(0, f.kind());
            case Ty.Bool b -> Value.FALSE;
            case Ty.Char c -> new Value.Char(0);
            case Ty.Tuple t -> {
                Value[] out = new Value[t.elems().size()];
                for (int i = 0; i < out.length; i++) out[i] = defaultValue(m, t.elems().get(i), span);
                yield new Value.Agg(0, out);
            }
            case Ty.Array arr -> {
                // std calls `T::default()` once per element, in order
                Value[] out = new Value[(int) arr.len()];
                for (int i = 0; i < out.length; i++) out[i] = defaultValue(m, arr.elem(), span);
                yield new Value.Agg(0, out);
            }
            case Ty.Adt a -> {
                AdtDef d = m.defs.adt(a.def());
                if (d.lang() == LangItem.STRING) yield RawVec.empty(m, 1);
                if (d.lang() == LangItem.VEC) yield RawVec.empty(m, m.sizes.size(Types.arg(a, 0)));
                if (d.lang() == LangItem.OPTION) yield m.types.none();
                Value written = writtenDefault(m, ty, span);
                if (written != null) yield written;
                AdtDef.VariantDef v = d.variants().get(0);
                Value[] out = new Value[v.fields().size()];
                for (int i = 0; i < out.length; i++) out[i] = defaultValue(m, TySubst.subst(v.fields().get(i).ty(), a.args()), span);
                yield new Value.Agg(0, out);
            }
            default -> {
                // Other types with a std impl written in the stubs (`&str`): call it.
                Value written = writtenDefault(m, ty, span);
                if (written != null) yield written;
                throw new MachineStop.Internal("unsupported: Default for " + m.types.display(ty), span);
            }
        };
    }

    /** The value of a written (not derived) `Default` impl for {@code ty}, or null when there is none. */
    private static Value writtenDefault(Interp m, Ty ty, Span span) {
        TraitResolver.Match impl = m.calls.resolver().findLang("Default", ty);
        if (impl == null || impl.impl().derived() || !impl.impl().methods().containsKey("default")) return null;
        return m.calls.callFn(impl.impl().methods().get("default"), impl.args(), new Value[0], new Ty[0], span);
    }
}
