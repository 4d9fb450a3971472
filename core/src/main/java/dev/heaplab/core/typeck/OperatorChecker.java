package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Operators, indexing, ranges and casts. Rules: arithmetic, bitwise and comparison operators on
 * primitives (and on one level of `&` to a primitive, as std's `&i32 + i32` impls) are built in;
 * other operand types go through the operator traits (`Add::add`, `PartialEq::eq`, ...), recorded as
 * the expression's callee. Arrays and slices index natively (after autoderef, so `Vec`/`String` index
 * through their slice); other types through `Index`.
 */
final class OperatorChecker {
    private final FnCtxt fcx;

    OperatorChecker(FnCtxt fcx) { this.fcx = fcx; }

    private static boolean numeric(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Infer i && i.kind() != Ty.InferKind.GENERAL;
    }

    private static boolean integral(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Infer i && i.kind() == Ty.InferKind.INTEGER;
    }

    private Ty peelRef(Ty t) {
        Ty s = fcx.icx.shallow(t);
        return s instanceof Ty.Ref r ? fcx.icx.shallow(r.inner()) : s;
    }

    Ty unary(Expr.Unary u, Ty expected) {
        Ty t = fcx.exprs.check(u.operand(), u.op() == Expr.UnOp.DEREF ? null : expected);
        Ty s = fcx.icx.shallow(t);
        if (s instanceof Ty.Error) return Ty.ERROR;
        switch (u.op()) {
            case DEREF -> {
                if (s instanceof Ty.Ref r) return r.inner();
                if (s instanceof Ty.RawPtr p) {
                    // rustc's unsafety check (E0133): reading through a raw pointer needs an `unsafe` block
                    if (fcx.unsafeDepth == 0) fcx.cx.diags.add(Diagnostic.error("E0133",
                                    "dereference of raw pointer is unsafe and requires unsafe block")
                            .primary(u.span(), "dereference of raw pointer")
                            .note("raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data"
                                    + " races: all of these are undefined behavior").build());
                    return p.inner();
                }
                if (s instanceof Ty.Adt a && fcx.solver.langOf(s) == LangItem.BOX) return a.args().get(0);
                Coercion.Step step = fcx.coercion.derefOnce(s);
                if (step != null && step.adj() instanceof Adjustment.OverloadedDeref od) {
                    fcx.tables.callees.put(u.id(), new TypeckResults.Callee(od.derefFn(), List.of(s)));
                    return step.ty();
                }
                fcx.error("E0614", "type `" + fcx.show(s) + "` cannot be dereferenced", u.span(), "can't be dereferenced");
                return Ty.ERROR;
            }
            case NEG -> {
                if (u.operand() instanceof Expr.Lit l) fcx.negatedLits.add(l.id());
                Ty p = peelRef(s);
                if (p instanceof Ty.Int i && i.kind().signed() || p instanceof Ty.Float
                        || p instanceof Ty.Infer inf && inf.kind() != Ty.InferKind.GENERAL) return p;
                return overloadedUnary(u, s, "Neg", "neg", "-");
            }
            case NOT -> {
                Ty p = peelRef(s);
                if (p instanceof Ty.Bool || integral(p)) return p;
                return overloadedUnary(u, s, "Not", "not", "!");
            }
        }
        return Ty.ERROR;
    }

    private Ty overloadedUnary(Expr.Unary u, Ty s, String trait, String method, String sym) {
        DefId tr = fcx.cx.langTrait(trait);
        if (tr != null && fcx.implementsTrait(s, trait, List.of()) && !(s instanceof Ty.Infer)) {
            fcx.tables.callees.put(u.id(), new TypeckResults.Callee(fcx.cx.defs.trait(tr).methods().get(method), List.of(s)));
            return fcx.normalize(new Ty.Projection(tr, List.of(), "Output", s));
        }
        Diagnostic.Builder d = Diagnostic.error("E0600", "cannot apply unary operator `" + sym + "` to type `" + fcx.show(s) + "`")
                .primary(u.span(), "cannot apply unary operator `" + sym + "`");
        MissingOperatorImpl.note(fcx, d, s, trait);
        fcx.cx.diags.add(d.build());
        return Ty.ERROR;
    }

    Ty binary(Expr.Binary b, Ty expected) {
        Expr.BinOp op = b.op();
        if (op.isLazy()) {
            fcx.exprs.coerceTo(b.lhs(), Ty.BOOL);
            fcx.exprs.coerceTo(b.rhs(), Ty.BOOL);
            return Ty.BOOL;
        }
        // An unresolved expectation (a closure's return type) says nothing about the left operand:
        // `&i64 + &i64` is an `i64`, so it must not make the operand's type.
        boolean open = expected != null && fcx.icx.shallow(expected) instanceof Ty.Infer ei && ei.kind() == Ty.InferKind.GENERAL;
        Ty lhs = fcx.exprs.check(b.lhs(), op.isComparison() || open ? null : expected);
        if (peelRef(lhs) instanceof Ty.Infer gi && gi.kind() == Ty.InferKind.GENERAL) fcx.selectPending(false); // as method calls do
        Ty l = fcx.icx.shallow(lhs);
        boolean shift = op == Expr.BinOp.SHL || op == Expr.BinOp.SHR;
        Ty lp = peelRef(l);
        if (l instanceof Ty.RawPtr && op.isComparison() && !isBuiltinOperand(l, op)) {
            // addresses of distinct allocations have no order the machine could reproduce
            fcx.exprs.check(b.rhs(), l);
            fcx.cx.unsupported(fcx.opSpan(b), "ordering raw pointers (`" + op.symbol() + "`): the machine's addresses are not rustc's");
            return Ty.BOOL;
        }
        if (lp instanceof Ty.Infer li && li.kind() == Ty.InferKind.GENERAL && !op.isComparison() && !shift) {
            // FIXME(deferred operators): rustc defers `?T: Add<R>`; assuming the primitive impl covers closures like `|x| x + k`.
            Ty rhs = fcx.exprs.check(b.rhs(), null);
            Ty rp = peelRef(rhs);
            if (isBuiltinOperand(rp, op) && fcx.icx.unify(lp, rp)) return rp;
            if (deferBothUnknown(b, l, rhs)) return l;
            return overloadedBinary(b, l, rhs);
        }
        if (isBuiltinOperand(lp, op) && !(op.isComparison() && fcx.icx.shallow(lhs) instanceof Ty.Ref)) {
            Ty rhs = fcx.exprs.check(b.rhs(), shift ? null : lp);
            Ty rp = op.isComparison() ? fcx.icx.shallow(rhs) : peelRef(rhs);
            if (shift) {
                if (!integral(rp) && !(rp instanceof Ty.Error)) return noBinary(b, l, rhs);
                return lp;
            }
            if (fcx.icx.unify(lp, rp)) return op.isComparison() ? Ty.BOOL : lp;
            if (isBuiltinOperand(rp, op) && !(rp instanceof Ty.Error)) {
                scalarMismatch(b, l, lp, rp);
                return op.isComparison() ? Ty.BOOL : lp;
            }
            return overloadedBinary(b, l, rhs);
        }
        Ty rhs = fcx.exprs.check(b.rhs(), null);
        if (op.isComparison() && (deferBothUnknown(b, l, rhs) || deferScalarComparison(b, l, rhs))) return Ty.BOOL;
        if (op.isComparison() && l instanceof Ty.Ref lr && fcx.icx.shallow(rhs) instanceof Ty.Ref rr
                && isBuiltinOperand(peelRef(lr.inner()), op) && fcx.icx.unify(lr.inner(), rr.inner())) {
            return Ty.BOOL;
        }
        return overloadedBinary(b, l, rhs);
    }

    /**
     * Two primitive operands of different types, as rustc: a comparison's left type has a single
     * impl, so a concrete one makes the right operand mismatched (E0308), an integer or float
     * variable first fails the trait (E0277); arithmetic has `T op T` and `T op &T`, so the trait
     * fails (E0277), preceded by E0308 when both are integers or both floats (rustc's builtin check).
     */
    private void scalarMismatch(Expr.Binary b, Ty l, Ty lp, Ty rp) {
        Expr.BinOp op = b.op();
        boolean lhsVar = fcx.icx.shallow(l) instanceof Ty.Infer;
        boolean sameKind = integral(lp) && integral(rp) || isFloat(lp) && isFloat(rp);
        if (op.isComparison()) {
            if (lhsVar) notImplemented(b, l, rp);
            fcx.mismatch(b.rhs().span(), lp, rp, new TypeMismatch.Because.LeftOperand(b.lhs().span()));
            return;
        }
        if (sameKind) fcx.mismatch(b.rhs().span(), lp, rp);
        notImplemented(b, l, rp);
    }

    private boolean isFloat(Ty t) {
        return t instanceof Ty.Float || t instanceof Ty.Infer i && i.kind() == Ty.InferKind.FLOAT;
    }

    /** E0277 at the operator: the left type implements the operator, but not for this right type. */
    private void notImplemented(Expr.Binary b, Ty lhs, Ty rhs) {
        String l = fcx.show(lhs), r = fcx.show(rhs);
        String msg = b.op().isComparison() ? "can't compare `" + l + "` with `" + r + "`" : cannot(b.op(), l, r);
        fcx.cx.diags.add(Diagnostic.error("E0277", msg)
                .primary(fcx.opSpan(b), "no implementation for `" + l + " " + b.op().symbol() + " " + r + "`").build());
    }

    /**
     * How many impls (or where-clauses) of the operator trait the left type has, for any right type,
     * as rustc's method lookup sees them: none is E0369; exactly one fixes the right operand's type
     * (a mismatch there is E0308); several leave it free (the failed bound is E0277).
     */
    record Candidates(int count, Ty rhs) {}

    Candidates candidates(Ty lhs, DefId tr, Expr.BinOp op) {
        Ty l = fcx.icx.shallow(lhs);
        if (isBuiltinOperand(l, op) || l instanceof Ty.Infer i && i.kind() != Ty.InferKind.GENERAL) {
            return op.isComparison() ? new Candidates(1, l) : new Candidates(2, null);
        }
        if (l instanceof Ty.Ref r) {
            // std: `&A: PartialEq<&B>` and `PartialEq<&mut B>`, `&A: PartialOrd<&B>`, `&i32 + i32` and `&i32 + &i32`
            if (op.isComparison()) {
                // `&T > &T` or `&T == &T` with no `T: PartialOrd`/`PartialEq` for any right type: std's
                // forwarding impl does not apply (E0369, the Book's `largest`).
                Ty base = l;
                while (fcx.icx.shallow(base) instanceof Ty.Ref br) base = br.inner();
                if (fcx.icx.shallow(base) instanceof Ty.Param && fcx.solver.evaluate(new Obligation(fcx.icx.shallow(base), tr,
                        List.of(fcx.icx.fresh()), Map.of(), Span.DUMMY, 0)) == TraitSolver.Outcome.NO) return new Candidates(0, null);
                if (op == Expr.BinOp.EQ || op == Expr.BinOp.NE) return new Candidates(2, null);
                return new Candidates(1, refsAround(l));
            }
            if (isBuiltinOperand(peelRef(l), op)) return new Candidates(2, null);
        }
        if (l instanceof Ty.Param p) {
            int n = 0;
            Ty rhs = null;
            for (var pred : fcx.env.predicates) {
                if (!tr.equals(pred.trait()) || !(fcx.icx.shallow(pred.self()) instanceof Ty.Param q) || q.index() != p.index()) continue;
                n++;
                rhs = pred.traitArgs().isEmpty() ? l : pred.traitArgs().get(0);
            }
            if (n == 0 && fcx.solver.evaluate(new Obligation(l, tr, List.of(fcx.icx.fresh()), Map.of(), Span.DUMMY, 0))
                    != TraitSolver.Outcome.NO) {
                return new Candidates(2, null); // through a supertrait: left to the solver
            }
            return new Candidates(n, n == 1 ? rhs : null);
        }
        int n = 0;
        dev.heaplab.core.types.ImplDef only = null;
        for (var impl : fcx.cx.defs.implsOf(tr)) {
            if (!tr.equals(impl.trait())) continue;
            int snap = fcx.icx.snapshot();
            List<Ty> fresh = fcx.solver.freshArgs(impl.generics());
            boolean fits = fcx.icx.unify(dev.heaplab.core.types.TySubst.subst(impl.selfTy(), fresh), l);
            // rustc's lookup also drops an impl whose where-clauses cannot hold (`Option<P> == ..` with no
            // `P: PartialEq` is E0369, not a mismatch against the one impl's right-hand type)
            if (fits) for (Obligation o : fcx.solver.nested(impl.generics(), fresh, 0)) {
                if (fcx.solver.evaluate(o) == TraitSolver.Outcome.NO) { fits = false; break; }
            }
            fcx.icx.rollback(snap);
            if (!fits) continue;
            n++;
            only = impl;
        }
        if (n != 1) return new Candidates(n, null);
        // The single impl is selected, as rustc does: its right-hand type is the operand's expectation.
        List<Ty> fresh = fcx.solver.freshArgs(only.generics());
        fcx.icx.unify(dev.heaplab.core.types.TySubst.subst(only.selfTy(), fresh), l);
        return new Candidates(1, only.traitArgs().isEmpty() ? l : dev.heaplab.core.types.TySubst.subst(only.traitArgs().get(0), fresh));
    }

    /**
     * Whether heaplab sees every impl of the comparison traits that rustc sees for this type: std's
     * stubs declare a subset of std's impls for strings, slices and collections, but all of them for
     * references, `Option` and `Result`, and the user's own types and type parameters are complete.
     */
    private boolean implsFullyKnown(Ty l) {
        return switch (l) {
            case Ty.Ref r -> true;
            case Ty.Param p -> true;
            case Ty.Adt a -> {
                LangItem lang = fcx.solver.langOf(a);
                yield lang == LangItem.OPTION || lang == LangItem.RESULT || fcx.cx.defs.adt(a.def()).span().lo() < CheckedStd.FIRST_POS;
            }
            default -> false;
        };
    }

    /** `&&_` for `&&i32`: the shape rustc's single `&A: PartialOrd<&B>` impl gives the right operand. */
    private Ty refsAround(Ty t) {
        Ty s = fcx.icx.shallow(t);
        return s instanceof Ty.Ref r ? new Ty.Ref(r.region(), r.mutable(), refsAround(r.inner())) : fcx.icx.fresh();
    }

    /** `|a, b| a + b` called later with numbers: both sides taken as one primitive type, checked once inferred. */
    private boolean deferBothUnknown(Expr.Binary b, Ty l, Ty rhs) {
        if (!(l instanceof Ty.Infer li && li.kind() == Ty.InferKind.GENERAL)) return false;
        if (!(fcx.icx.shallow(rhs) instanceof Ty.Infer ri && ri.kind() == Ty.InferKind.GENERAL) || !fcx.icx.unify(l, rhs)) return false;
        fcx.deferredOps.add(new Object[] {b, l});
        return true;
    }

    /**
     * `p >= 0.0` where `p` is bound from a `parse()` whose type comes later (`let x: f64 = match s.parse() {
     * Ok(p) if p >= 0.0 => p, … }`): rustc leaves `?T: PartialOrd<{float}>` pending; heaplab takes the
     * primitive comparison, checked once `?T` is inferred.
     */
    private boolean deferScalarComparison(Expr.Binary b, Ty l, Ty rhs) {
        if (!(l instanceof Ty.Infer li && li.kind() == Ty.InferKind.GENERAL)) return false;
        Ty r = fcx.icx.shallow(rhs);
        boolean scalar = r instanceof Ty.Infer ri ? ri.kind() != Ty.InferKind.GENERAL : TraitSolver.primitive(r);
        if (!scalar || !fcx.icx.unify(l, r)) return false;
        fcx.deferredOps.add(new Object[] {b, l});
        return true;
    }

    /**
     * `counts.entry(c).and_modify(|n| *n += 1).or_insert(1)`: `*n`'s type comes later; rustc leaves
     * `?V: AddAssign<{integer}>` pending, heaplab takes the primitive operation on the right operand's
     * scalar type, checked once `?V` is inferred (shifts, whose sides may differ, are left out).
     */
    private boolean deferCompound(Expr.CompoundAssign c, Ty l, Ty rhs) {
        if (!(l instanceof Ty.Infer li && li.kind() == Ty.InferKind.GENERAL) || c.op() == Expr.BinOp.SHL || c.op() == Expr.BinOp.SHR) return false;
        Ty r = fcx.icx.shallow(rhs);
        boolean scalar = r instanceof Ty.Infer ri ? ri.kind() != Ty.InferKind.GENERAL : TraitSolver.primitive(r);
        if (!scalar || !fcx.icx.unify(l, r)) return false;
        fcx.deferredOps.add(new Object[] {c, l});
        return true;
    }

    /** The operators taken as primitive before their operand type was known must have a primitive operand type. */
    void checkDeferred() {
        for (Object[] d : fcx.deferredOps) {
            Expr.BinOp op = d[0] instanceof Expr.CompoundAssign c ? c.op() : ((Expr.Binary) d[0]).op();
            Span at = d[0] instanceof Expr.CompoundAssign c ? c.span() : fcx.opSpan((Expr.Binary) d[0]);
            Ty t = fcx.icx.resolve((Ty) d[1]);
            if (!isBuiltinOperand(t, op) && !(t instanceof Ty.Error)) {
                fcx.cx.unsupported(at, "operator `" + op.symbol() + (d[0] instanceof Expr.CompoundAssign ? "=" : "")
                        + "` on operands of type `" + fcx.show(t) + "` known only after the expression");
            }
        }
    }

    private boolean isBuiltinOperand(Ty t, Expr.BinOp op) {
        if (numeric(t)) return !(t instanceof Ty.Float) || !isBitOp(op);
        if (t instanceof Ty.Bool) return op.isComparison() || op == Expr.BinOp.BIT_AND || op == Expr.BinOp.BIT_OR || op == Expr.BinOp.BIT_XOR;
        if (t instanceof Ty.Char) return op.isComparison();
        // raw pointers compare by address (`s.as_ptr() == t.as_ptr()`); their order is refused in `binary`
        if (t instanceof Ty.RawPtr) return op == Expr.BinOp.EQ || op == Expr.BinOp.NE;
        return false;
    }

    private static boolean isBitOp(Expr.BinOp op) {
        return op == Expr.BinOp.BIT_AND || op == Expr.BinOp.BIT_OR || op == Expr.BinOp.BIT_XOR || op == Expr.BinOp.SHL || op == Expr.BinOp.SHR;
    }

    private static String[] traitOf(Expr.BinOp op) {
        return switch (op) {
            case ADD -> new String[] {"Add", "add"};
            case SUB -> new String[] {"Sub", "sub"};
            case MUL -> new String[] {"Mul", "mul"};
            case DIV -> new String[] {"Div", "div"};
            case REM -> new String[] {"Rem", "rem"};
            case BIT_AND -> new String[] {"BitAnd", "bitand"};
            case BIT_OR -> new String[] {"BitOr", "bitor"};
            case BIT_XOR -> new String[] {"BitXor", "bitxor"};
            case SHL -> new String[] {"Shl", "shl"};
            case SHR -> new String[] {"Shr", "shr"};
            case EQ -> new String[] {"PartialEq", "eq"};
            case NE -> new String[] {"PartialEq", "ne"};
            case LT -> new String[] {"PartialOrd", "lt"};
            case LE -> new String[] {"PartialOrd", "le"};
            case GT -> new String[] {"PartialOrd", "gt"};
            case GE -> new String[] {"PartialOrd", "ge"};
            case AND, OR -> new String[] {null, null};
        };
    }

    private Ty overloadedBinary(Expr.Binary b, Ty lhs, Ty rhs) {
        String[] tm = traitOf(b.op());
        DefId tr = fcx.cx.langTrait(tm[0]);
        Ty l = fcx.icx.shallow(lhs);
        if (l instanceof Ty.Error || fcx.icx.shallow(rhs) instanceof Ty.Error) return b.op().isComparison() ? Ty.BOOL : Ty.ERROR;
        if (tr != null && b.op().isComparison() && implsFullyKnown(l)) {
            // A single impl fixes the right operand's type (`&&i32 > 2`: std's one `&A: PartialOrd<&B>`)
            int snap = fcx.icx.snapshot();
            Candidates c = candidates(l, tr, b.op());
            if (c.count() != 1 || c.rhs() == null) fcx.icx.rollback(snap);
            else {
                if (!fcx.coercion.coerce(b.rhs().id(), rhs, c.rhs())) {
                    fcx.icx.rollback(snap);
                    fcx.mismatch(b.rhs().span(), c.rhs(), rhs);
                    return Ty.BOOL;
                }
                rhs = fcx.icx.shallow(rhs);
            }
        }
        if (tr != null && l instanceof Ty.Infer li && li.kind() != Ty.InferKind.GENERAL) {
            Ty chosen = primitiveImplSelf(li.kind(), tr, rhs);
            if (chosen != null && fcx.icx.unify(l, chosen)) l = fcx.icx.shallow(l);
        }
        if (tr != null && !(l instanceof Ty.Infer)) {
            Obligation o = new Obligation(l, tr, List.of(rhs), Map.of(), b.span(), 0);
            if (fcx.solver.evaluate(o) == TraitSolver.Outcome.NO && !b.op().isComparison()) {
                Ty coerced = coerceRhs(b.rhs(), l, tr, rhs);
                if (coerced != null) {
                    rhs = coerced;
                    o = new Obligation(l, tr, List.of(rhs), Map.of(), b.span(), 0);
                }
            }
            if (fcx.solver.evaluate(o) != TraitSolver.Outcome.NO) {
                fcx.require(l, tr, List.of(rhs), Map.of(), b.span());
                DefId m = fcx.cx.defs.trait(tr).methods().get(tm[1]);
                if (b.op().isComparison()) {
                    List<Ty> selfAndRhs = forwardRefs(b, l, rhs);
                    if (m != null) fcx.tables.callees.put(b.id(), new TypeckResults.Callee(m, selfAndRhs));
                    return Ty.BOOL;
                }
                if (m != null) fcx.tables.callees.put(b.id(), new TypeckResults.Callee(m, List.of(l, rhs)));
                return fcx.normalize(new Ty.Projection(tr, List.of(rhs), "Output", l));
            }
        }
        return noBinary(b, lhs, rhs);
    }

    /**
     * `0.5 * v` with `impl Mul<V> for f64`: an integer or float variable on the left takes the one
     * primitive type whose impl of the operator accepts the right operand, as rustc's selection does
     * (with several, the literal's fallback type `i32`/`f64` if it is one of them); null when none fits.
     */
    private Ty primitiveImplSelf(Ty.InferKind kind, DefId trait, Ty rhs) {
        java.util.Set<Ty> selves = new java.util.LinkedHashSet<>();
        for (var impl : fcx.cx.defs.implsOf(trait)) {
            if (!trait.equals(impl.trait()) || impl.traitArgs().size() != 1) continue;
            boolean kindFits = kind == Ty.InferKind.INTEGER ? impl.selfTy() instanceof Ty.Int : impl.selfTy() instanceof Ty.Float;
            if (!kindFits) continue;
            int snap = fcx.icx.snapshot();
            List<Ty> fresh = fcx.solver.freshArgs(impl.generics());
            boolean fits = fcx.icx.unify(dev.heaplab.core.types.TySubst.subst(impl.traitArgs().get(0), fresh), rhs);
            fcx.icx.rollback(snap);
            if (fits) selves.add(impl.selfTy());
        }
        if (selves.size() == 1) return selves.iterator().next();
        Ty fallback = kind == Ty.InferKind.INTEGER ? new Ty.Int(dev.heaplab.core.types.IntTy.I32)
                : new Ty.Float(dev.heaplab.core.types.FloatTy.F64);
        return selves.contains(fallback) ? fallback : null;
    }

    /**
     * std compares `&A` with `&B` through `A: PartialEq<B>` (its forwarding impls for references):
     * the operands are dereferenced (adjustments) and the comparison called on the referents, keeping
     * one reference when both referents are unsized (`&str == &str` is the native comparison).
     */
    private List<Ty> forwardRefs(Expr.Binary b, Ty lhs, Ty rhs) {
        Ty l = fcx.icx.resolve(lhs), r = fcx.icx.resolve(rhs);
        List<Adjustment> la = new java.util.ArrayList<>(fcx.tables.adjustments.getOrDefault(b.lhs().id(), List.of()));
        List<Adjustment> ra = new java.util.ArrayList<>(fcx.tables.adjustments.getOrDefault(b.rhs().id(), List.of()));
        boolean changed = false;
        while (l instanceof Ty.Ref lr && r instanceof Ty.Ref rr && !(unsizedTy(lr.inner()) && unsizedTy(rr.inner()))) {
            l = lr.inner();
            r = rr.inner();
            la.add(new Adjustment.Deref(l));
            ra.add(new Adjustment.Deref(r));
            changed = true;
        }
        if (changed) {
            fcx.tables.adjustments.put(b.lhs().id(), la);
            fcx.tables.adjustments.put(b.rhs().id(), ra);
        }
        return List.of(l, r);
    }

    private static boolean unsizedTy(Ty t) { return t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic; }

    /**
     * When the left operand's type has a single impl of the operator trait, its right-hand type is
     * the expectation the right operand coerces to (`s + &t` with `t: String` derefs to `&str`).
     */
    private Ty coerceRhs(Expr rhsExpr, Ty l, DefId trait, Ty rhs) {
        Ty only = null;
        for (var impl : fcx.cx.defs.implsOf(trait)) {
            if (!trait.equals(impl.trait()) || impl.traitArgs().size() != 1) continue;
            int snap = fcx.icx.snapshot();
            List<Ty> fresh = fcx.solver.freshArgs(impl.generics());
            boolean fits = fcx.icx.unify(dev.heaplab.core.types.TySubst.subst(impl.selfTy(), fresh), l);
            Ty r = fits ? fcx.icx.resolve(dev.heaplab.core.types.TySubst.subst(impl.traitArgs().get(0), fresh)) : null;
            fcx.icx.rollback(snap);
            if (r == null) continue;
            if (only != null || dev.heaplab.core.types.TySubst.needsSubst(r)) return null;
            only = r;
        }
        if (only == null) return null;
        int snap = fcx.icx.snapshot();
        if (fcx.coercion.coerce(rhsExpr.id(), rhs, only)) return only;
        fcx.icx.rollback(snap);
        return null;
    }

    private Ty noBinary(Expr.Binary b, Ty lhs, Ty rhs) {
        String l = fcx.show(lhs), r = fcx.show(rhs);
        DefId tr = fcx.cx.langTrait(traitOf(b.op())[0]);
        Candidates c = tr == null ? null : candidates(lhs, tr, b.op());
        if (c != null && c.count() >= 2) {
            notImplemented(b, lhs, rhs);
            return b.op().isComparison() ? Ty.BOOL : Ty.ERROR;
        }
        if (c != null && c.count() == 1 && c.rhs() != null) {
            // rustc labels the left operand only when the right one was expected to be of its type (`V + 2`, not `String + String`)
            boolean sameAsLeft = fcx.icx.resolve(c.rhs()).equals(fcx.icx.resolve(lhs));
            fcx.mismatch(b.rhs().span(), c.rhs(), rhs, sameAsLeft ? new TypeMismatch.Because.LeftOperand(b.lhs().span()) : null);
            return b.op().isComparison() ? Ty.BOOL : Ty.ERROR;
        }
        if (c != null && c.count() == 0 && b.op().isComparison()) {
            Diagnostic.Builder d = Diagnostic.error("E0369", "binary operation `" + b.op().symbol() + "` cannot be applied to type `" + l + "`")
                    .primary(fcx.opSpan(b), "").secondary(b.lhs().span(), l).secondary(b.rhs().span(), r);
            restrictParam(d, lhs, traitOf(b.op())[0]);
            MissingOperatorImpl.note(fcx, d, lhs, traitOf(b.op())[0]);
            fcx.cx.diags.add(d.build());
            return Ty.BOOL;
        }
        if (b.op().isComparison() && l.equals(r) && fcx.icx.shallow(lhs) instanceof Ty.Adt) {
            // the type has no comparison at all (rustc's E0369); comparing with another type is E0277 below
            Diagnostic.Builder d = Diagnostic.error("E0369", "binary operation `" + b.op().symbol() + "` cannot be applied to type `" + l + "`")
                    .primary(fcx.opSpan(b), "").secondary(b.lhs().span(), l).secondary(b.rhs().span(), r);
            MissingOperatorImpl.note(fcx, d, lhs, traitOf(b.op())[0]);
            fcx.cx.diags.add(d.build());
            return Ty.BOOL;
        }
        if (b.op().isComparison()) {
            String cmp = b.op() == Expr.BinOp.EQ || b.op() == Expr.BinOp.NE ? "compare" : "compare";
            fcx.cx.diags.add(Diagnostic.error("E0277", "can't " + cmp + " `" + l + "` with `" + r + "`")
                    .primary(fcx.opSpan(b), "no implementation for `" + l + " " + b.op().symbol() + " " + r + "`").build());
            return Ty.BOOL;
        }
        Diagnostic.Builder d = Diagnostic.error("E0369", cannot(b.op(), l, r))
                .primary(fcx.opSpan(b), "").secondary(b.lhs().span(), l).secondary(b.rhs().span(), r);
        MissingOperatorImpl.note(fcx, d, lhs, traitOf(b.op())[0]);
        fcx.cx.diags.add(d.build());
        return Ty.ERROR;
    }

    /**
     * rustc's help for a type parameter of this function lacking the comparison trait:
     * `fn largest<T: std::cmp::PartialOrd>`, or `+ std::cmp::PartialOrd` after its bounds.
     */
    private void restrictParam(Diagnostic.Builder d, Ty operand, String trait) {
        Ty base = fcx.icx.resolve(operand);
        while (base instanceof Ty.Ref r) base = r.inner();
        if (!(base instanceof Ty.Param p) || !(trait.equals("PartialOrd") || trait.equals("PartialEq"))) return;
        dev.heaplab.core.types.FnDef fn = fcx.cx.defs.fn(fcx.owner);
        if (fn == null || fn.decl() == null) return;
        for (var gp : fn.decl().generics().params()) {
            if (!(gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp) || !tp.name().name().equals(p.name())) continue;
            Span at = tp.name().span();
            String text = ": std::cmp::" + trait;
            for (var bound : tp.bounds()) {
                if (bound instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb) { at = tb.span(); text = " + std::cmp::" + trait; }
                else return;
            }
            String further = text.startsWith(" +") ? "further " : "";
            d.suggestion("consider " + further + "restricting type parameter `" + p.name() + "` with trait `" + trait + "`", at.shrinkToHi(), text);
            return;
        }
    }

    /** rustc's wording: "cannot add `R` to `L`", "cannot subtract `R` from `L`", "cannot multiply `L` by `R`"... */
    private static String cannot(Expr.BinOp op, String l, String r) {
        if (op == Expr.BinOp.BIT_AND || op == Expr.BinOp.BIT_OR || op == Expr.BinOp.BIT_XOR || op == Expr.BinOp.SHL || op == Expr.BinOp.SHR) {
            return "no implementation for `" + l + " " + op.symbol() + " " + r + "`";
        }
        boolean rhsFirst = op == Expr.BinOp.ADD || op == Expr.BinOp.SUB;
        return "cannot " + verb(op) + " `" + (rhsFirst ? r : l) + "` " + prep(op) + " `" + (rhsFirst ? l : r) + "`";
    }

    /** std's `#[rustc_on_unimplemented]` message of the arithmetic `*Assign` traits, or null for the others. */
    private static String assignVerb(Expr.BinOp op, String self, String rhs) {
        return switch (op) {
            case ADD -> "cannot add-assign `" + rhs + "` to `" + self + "`";
            case SUB -> "cannot subtract-assign `" + rhs + "` from `" + self + "`";
            case MUL -> "cannot multiply-assign `" + self + "` by `" + rhs + "`";
            case DIV -> "cannot divide-assign `" + self + "` by `" + rhs + "`";
            default -> null;
        };
    }

    private static String verb(Expr.BinOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "subtract";
            case MUL -> "multiply";
            case DIV -> "divide";
            case REM -> "calculate the remainder of";
            default -> "apply `" + op.symbol() + "` to";
        };
    }

    private static String prep(Expr.BinOp op) {
        return switch (op) {
            case ADD -> "to";
            case SUB -> "from";
            case MUL -> "by";
            case DIV -> "by";
            case REM -> "divided by";
            default -> "and";
        };
    }

    Ty compound(Expr.CompoundAssign c) {
        Ty lhs = fcx.exprs.check(c.lhs(), null);
        fcx.assignedItem(c.lhs(), c.rhs(), true);
        Ty l = fcx.icx.shallow(lhs);
        if (isBuiltinOperand(l, c.op())) {
            boolean shift = c.op() == Expr.BinOp.SHL || c.op() == Expr.BinOp.SHR;
            Ty rhs = fcx.exprs.check(c.rhs(), shift ? null : l);
            Ty rp = peelRef(rhs);
            if (shift ? integral(rp) : fcx.icx.unify(l, rp)) return Ty.UNIT;
            String assign = assignVerb(c.op(), fcx.show(l), fcx.show(rhs));
            if (assign != null && !(fcx.icx.shallow(rp) instanceof Ty.Infer) && !TraitSolver.primitive(fcx.icx.shallow(rp))
                    && !(fcx.icx.shallow(rp) instanceof Ty.Error)) {
                // a right side no number type adds: rustc's `AddAssign` lookup stays open, then fails (E0277)
                String trait = traitOf(c.op())[0] + "Assign";
                fcx.cx.diags.add(Diagnostic.error("E0277", assign)
                        .primary(fcx.operatorSpan(c.lhs().span(), c.rhs().span()), "no implementation for `" + fcx.show(l) + " "
                                + c.op().symbol() + "= " + fcx.show(rhs) + "`")
                        .help("the trait `" + trait + "<" + fcx.show(rhs) + ">` is not implemented for `" + fcx.show(l) + "`").build());
                return Ty.UNIT;
            }
            fcx.mismatch(c.rhs().span(), l, rhs);
            return Ty.UNIT;
        }
        Ty rhs = fcx.exprs.check(c.rhs(), null);
        if (deferCompound(c, l, rhs)) return Ty.UNIT;
        String[] tm = traitOf(c.op());
        DefId tr = fcx.cx.langTrait(tm[0] + "Assign");
        if (tr != null && !(l instanceof Ty.Infer) && !(l instanceof Ty.Error)
                && fcx.solver.evaluate(new Obligation(l, tr, List.of(rhs), Map.of(), null, 0)) == TraitSolver.Outcome.NO) {
            Ty coerced = coerceRhs(c.rhs(), l, tr, rhs);
            if (coerced != null) rhs = coerced;
        }
        if (tr != null && !(l instanceof Ty.Infer) && !(l instanceof Ty.Error)
                && fcx.solver.evaluate(new Obligation(l, tr, List.of(rhs), Map.of(), null, 0)) != TraitSolver.Outcome.NO) {
            fcx.require(l, tr, List.of(rhs), Map.of(), c.span());
            DefId m = fcx.cx.defs.trait(tr).methods().get(tm[1] + "_assign");
            if (m != null) fcx.tables.callees.put(c.id(), new TypeckResults.Callee(m, List.of(l, rhs)));
            return Ty.UNIT;
        }
        if (l instanceof Ty.Error || fcx.icx.shallow(rhs) instanceof Ty.Error) return Ty.UNIT;
        Diagnostic.Builder d = Diagnostic.error("E0368", "binary assignment operation `" + c.op().symbol() + "=` cannot be applied to type `"
                + fcx.show(l) + "`").primary(c.span(), "").secondary(c.lhs().span(), "cannot use `" + c.op().symbol() + "=` on type `" + fcx.show(l) + "`");
        if (tm != null) MissingOperatorImpl.note(fcx, d, l, tm[0] + "Assign");
        fcx.cx.diags.add(d.build());
        return Ty.UNIT;
    }

    /**
     * rustc looks `Index` up with a fresh index type and coerces the index to it: when the impl's bounds
     * decide that type alone (`HashMap<u32, V>`: `Index<&Q>` with `u32: Borrow<Q>`, whose one impl gives
     * `Q = u32`), `map[&&k]` derefs the index to `&u32`. Null when they do not (`String: Borrow<Q>` has
     * two impls: `map[&&key]` stays E0277, as rustc's).
     */
    private Ty uniqueIndexType(Ty s, DefId indexTrait) {
        int snap = fcx.icx.snapshot();
        try {
            Ty fresh = fcx.icx.fresh();
            TraitSolver.Selection sel = fcx.solver.select(s, indexTrait, List.of(fresh), 1);
            if (sel.outcome() != TraitSolver.Outcome.YES) return null;
            List<Obligation> open = new ArrayList<>(sel.nested());
            for (int round = 0; round < 4 && !open.isEmpty(); round++) {
                List<Obligation> next = new ArrayList<>();
                for (Obligation n : open) {
                    if (fcx.icx.shallow(n.self()) instanceof Ty.Infer) {
                        next.add(n);
                        continue;
                    }
                    TraitSolver.Selection ns = fcx.solver.select(n.self(), n.trait(), n.args(), 2);
                    if (ns.outcome() != TraitSolver.Outcome.YES) return null;
                }
                if (next.size() == open.size()) break;
                open = next;
            }
            Ty r = fcx.icx.resolve(fresh);
            return dev.heaplab.core.types.TySubst.hasInfer(r) ? null : r;
        } finally {
            fcx.icx.rollback(snap);
        }
    }

    Ty index(Expr.Index ix) {
        Ty base = fcx.exprs.check(ix.base(), null);
        Ty idx = fcx.exprs.check(ix.index(), null);
        Ty idxS = fcx.icx.shallow(idx);
        boolean rangeIdx = idxS instanceof Ty.Adt && fcx.solver.langOf(idxS) != null && fcx.solver.langOf(idxS).name().startsWith("RANGE");
        List<Coercion.Step> steps = fcx.coercion.autoderef(base);
        Runnable failed = null;
        for (int k = 0; k < steps.size(); k++) {
            Ty s = fcx.icx.shallow(steps.get(k).ty());
            Ty elem = s instanceof Ty.Array a ? a.elem() : s instanceof Ty.Slice sl ? sl.elem() : null;
            if (s instanceof Ty.Str && !rangeIdx && !(idxS instanceof Ty.Error)) {
                // `word[0]` on a String or str: strings are indexed only by ranges (rustc's SliceIndex<str>)
                fcx.cx.diags.add(Diagnostic.error("E0277", "the type `str` cannot be indexed by `" + fcx.show(idx) + "`")
                        .primary(ix.index().span(), "string indices are ranges of `usize`")
                        .help("the trait `SliceIndex<str>` is not implemented for `" + fcx.show(idx) + "`")
                        .build());
                return Ty.ERROR;
            }
            if (elem != null || s instanceof Ty.Str && rangeIdx) {
                List<Adjustment> adj = new ArrayList<>();
                for (int j = 1; j <= k; j++) adj.add(steps.get(j).adj());
                if (!adj.isEmpty()) fcx.tables.adjustments.put(ix.base().id(), adj);
                if (rangeIdx) {
                    Ty arg = ((Ty.Adt) idxS).args().isEmpty() ? Ty.USIZE : ((Ty.Adt) idxS).args().get(0);
                    if (!fcx.icx.unify(arg, Ty.USIZE)) fcx.mismatch(ix.index().span(), Ty.USIZE, arg);
                    return s instanceof Ty.Str ? Ty.STR : new Ty.Slice(elem);
                }
                if (!fcx.icx.unify(idx, Ty.USIZE)) {
                    reportIndex(ix, s, idx);
                    return Ty.ERROR;
                }
                return elem;
            }
            DefId indexTrait = fcx.cx.langTrait("Index");
            if (s instanceof Ty.Adt && indexTrait != null && fcx.icx.shallow(idx) instanceof Ty.Ref
                    && fcx.solver.evaluate(new Obligation(s, indexTrait, List.of(idx), Map.of(), null, 0)) == TraitSolver.Outcome.NO) {
                Ty unique = uniqueIndexType(s, indexTrait);
                if (unique != null && fcx.icx.shallow(unique) instanceof Ty.Ref
                        && fcx.coercion.coerce(ix.index().id(), idx, unique, ix.index().span())) idx = unique;
            }
            if (s instanceof Ty.Adt && indexTrait != null
                    && fcx.solver.evaluate(new Obligation(s, indexTrait, List.of(idx), Map.of(), null, 0)) != TraitSolver.Outcome.NO) {
                List<Adjustment> adj = new ArrayList<>();
                for (int j = 1; j <= k; j++) adj.add(steps.get(j).adj());
                if (!adj.isEmpty()) fcx.tables.adjustments.put(ix.base().id(), adj);
                fcx.require(s, indexTrait, List.of(idx), Map.of(), ix.span());
                fcx.selectPending(false);
                DefId m = fcx.cx.defs.trait(indexTrait).methods().get("index");
                fcx.tables.callees.put(ix.id(), new TypeckResults.Callee(m, List.of(s, idx)));
                return fcx.normalize(new Ty.Projection(indexTrait, List.of(idx), "Output", s));
            }
            if (s instanceof Ty.Adt sa && indexTrait != null && !(idxS instanceof Ty.Infer) && !(idxS instanceof Ty.Error) && failed == null) {
                failed = indexImplFailure(ix, sa, idx, indexTrait);
                // a user type's impls are as written: rustc stops at the first type implementing `Index`; the
                // stubs' impls may differ from std's (`String[..]` goes through `str` here), so a later step is tried
                if (failed != null && !CheckedStd.isStd(fcx.cx.defs.adt(sa.def()).span())) break;
            }
        }
        if (failed != null) {
            failed.run();
            return Ty.ERROR;
        }
        Ty b = fcx.icx.resolve(base);
        DefId indexTrait = fcx.cx.langTrait("Index");
        if (indexTrait != null && !(b instanceof Ty.Error) && !(fcx.icx.shallow(idx) instanceof Ty.Error)) {
            // a container indexed by a reference (`Index<&Q>` of a map): rustc selects the impl and reports its
            // bound that the index type breaks (`String: Borrow<&String>`), E0277, not E0608
            for (Coercion.Step step : steps) {
                Ty s = fcx.icx.shallow(step.ty());
                if (!(s instanceof Ty.Adt) || !(fcx.icx.shallow(idx) instanceof Ty.Ref)) continue;
                int snap = fcx.icx.snapshot();
                Ty fresh = fcx.icx.fresh();
                TraitSolver.Selection sel = fcx.solver.select(s, indexTrait, List.of(fresh), 1);
                boolean byRef = sel.outcome() == TraitSolver.Outcome.YES && fcx.icx.shallow(fresh) instanceof Ty.Ref;
                fcx.icx.rollback(snap);
                if (!byRef) continue;
                fcx.require(s, indexTrait, List.of(idx), Map.of(), ix.index().span());
                fcx.selectPending(false);
                return Ty.ERROR;
            }
        }
        if (!(b instanceof Ty.Error)) {
            // rustc points at the brackets `[i]`, not at the indexed value
            fcx.error("E0608", "cannot index into a value of type `" + b.display(fcx.cx.defs) + "`",
                    new dev.heaplab.core.source.Span(ix.base().span().hi(), ix.span().hi()), "");
        }
        return Ty.ERROR;
    }

    /**
     * A type with `Index` impls, none for this index type: rustc's error, to report when no later autoderef
     * step can be indexed, or null when the type has no `Index` impl. One impl (`Index<usize> for Grid`,
     * `Index<&Q> for HashMap`): rustc takes it and the index fails to coerce to its argument (E0308), or,
     * when that argument matches, the impl's bounds fail (`String: Borrow<{integer}>`); several: E0277.
     */
    private Runnable indexImplFailure(Expr.Index ix, Ty.Adt s, Ty idx, DefId indexTrait) {
        int snap = fcx.icx.snapshot();
        Ty fresh = fcx.icx.fresh();
        TraitSolver.Selection only = fcx.solver.headMatch(s, indexTrait, List.of(fresh), 0);
        if (only != null) {
            Ty want = fcx.icx.resolve(fresh);
            int probe = fcx.icx.snapshot();
            boolean fits = fcx.icx.unify(want, idx);
            fcx.icx.rollback(probe);
            // the impl's fresh variables stay (only `want` names them) for the mismatch to show `&_`
            if (!fits) return () -> fcx.mismatch(ix.index().span(), want, idx);
            fcx.icx.rollback(snap);
            return () -> fcx.require(s, indexTrait, List.of(idx), Map.of(), ix.index().span());
        }
        boolean someImpl = fcx.solver.evaluate(new Obligation(s, indexTrait, List.of(fresh), Map.of(), null, 0)) != TraitSolver.Outcome.NO;
        fcx.icx.rollback(snap);
        if (!someImpl) return null;
        String shown = "`" + fcx.show(s) + "` cannot be indexed by `" + fcx.show(idx) + "`";
        return () -> fcx.cx.diags.add(Diagnostic.error("E0277", "the type " + shown).primary(ix.index().span(), shown).build());
    }

    private void reportIndex(Expr.Index ix, Ty s, Ty idx) {
        String container = s instanceof Ty.Array ? "[" + fcx.show(((Ty.Array) s).elem()) + "]" : fcx.show(s);
        fcx.cx.diags.add(Diagnostic.error("E0277", "the type `" + container + "` cannot be indexed by `" + fcx.show(idx) + "`")
                .primary(ix.index().span(), "slice indices are of type `usize` or ranges of `usize`").build());
    }

    Ty range(Expr.Range r, Ty expected) {
        LangItem li;
        if (r.start() == null && r.end() == null) li = LangItem.RANGE_FULL;
        else if (r.start() == null) li = r.inclusive() ? LangItem.RANGE_TO_INCLUSIVE : LangItem.RANGE_TO;
        else if (r.end() == null) li = LangItem.RANGE_FROM;
        else li = r.inclusive() ? LangItem.RANGE_INCLUSIVE : LangItem.RANGE;
        AdtDef def = fcx.cx.defs.langAdt(li);
        if (def == null) {
            fcx.cx.unsupported(r.span(), "this range form");
            return Ty.ERROR;
        }
        if (li == LangItem.RANGE_FULL) return new Ty.Adt(def.id(), List.of());
        Ty idx = null;
        if (expected != null && fcx.icx.shallow(expected) instanceof Ty.Adt ea && ea.def().equals(def.id())) idx = ea.args().get(0);
        if (r.start() != null) {
            if (idx == null) idx = fcx.exprs.check(r.start(), null);
            else fcx.exprs.coerceTo(r.start(), idx);
        }
        if (r.end() != null) {
            if (idx == null) idx = fcx.exprs.check(r.end(), null);
            else fcx.exprs.coerceTo(r.end(), idx);
        }
        return new Ty.Adt(def.id(), List.of(idx));
    }

    Ty cast(Expr.Cast c) {
        Ty target = fcx.normalize(fcx.lowerer.lower(c.type(), fcx.tyEnv()));
        Ty t = fcx.exprs.check(c.expr(), null);
        // an operand still unknown may be settled by pending obligations (a closure's argument is the item of
        // an adapter normalised one level): known first, rather than taking the cast's target type
        if (fcx.icx.shallow(t) instanceof Ty.Infer gi && gi.kind() == Ty.InferKind.GENERAL) fcx.selectPending(false);
        Ty from = fcx.icx.shallow(t);
        Ty to = fcx.icx.shallow(target);
        if (from instanceof Ty.Error || to instanceof Ty.Error) return target;
        if (from instanceof Ty.Infer i && i.kind() == Ty.InferKind.GENERAL) {
            fcx.icx.unify(from, to);
            return target;
        }
        int snap = fcx.icx.snapshot();
        if (!(from instanceof Ty.Infer) && fcx.icx.unify(from, to)) return target;
        fcx.icx.rollback(snap);
        // rustc tries a coercion first (a "coercion cast"): `Box::new(x) as Box<dyn T>`, `&x as &dyn T`,
        // `&mut x as &x`, a non-capturing closure `as fn(..)`, an upcast `&dyn Sub as &dyn Super`
        if (!(from instanceof Ty.Infer) && coercionTarget(to)) {
            if (fcx.coercion.coerce(c.expr().id(), from, to, c.expr().span())) {
                if (from instanceof Ty.Closure cl && to instanceof Ty.FnPtr) fcx.reifiedClosures.put(cl.def(), new FnCtxt.Reified(c.expr().span(), to, c.span()));
                return target;
            }
            fcx.icx.rollback(snap);
        }
        if (validCast(from, to, c)) return target;
        return target;
    }

    /** The targets a coercion can reach that a plain `as` cast does not: references, boxes and fn pointers. */
    private boolean coercionTarget(Ty to) {
        return to instanceof Ty.Ref || to instanceof Ty.FnPtr || to instanceof Ty.Adt && fcx.solver.langOf(to) == LangItem.BOX;
    }

    private boolean validCast(Ty from, Ty to, Expr.Cast c) {
        boolean fromNum = numeric(from);
        boolean toNum = to instanceof Ty.Int || to instanceof Ty.Float;
        if (fromNum && toNum) return true;
        if ((from instanceof Ty.Bool || from instanceof Ty.Char) && to instanceof Ty.Int) return true;
        if (to instanceof Ty.Char) {
            if (from instanceof Ty.Int i && i.kind() == dev.heaplab.core.types.IntTy.U8) return true;
            if (from instanceof Ty.Infer inf && inf.kind() == Ty.InferKind.INTEGER) {
                fcx.icx.unify(from, new Ty.Int(dev.heaplab.core.types.IntTy.U8));
                return true;
            }
            if (fromNum || from instanceof Ty.Bool) {
                fcx.error("E0604", "only `u8` can be cast as `char`, not `" + fcx.show(from) + "`", c.span(), "invalid cast");
                return false;
            }
        }
        if (from instanceof Ty.Adt a && to instanceof Ty.Int) {
            AdtDef def = fcx.cx.defs.adt(a.def());
            if (def.isEnum() && def.variants().stream().allMatch(v -> v.fields().isEmpty())) return true;
        }
        if (from instanceof Ty.Ref r && to instanceof Ty.RawPtr p) return fcx.icx.unify(r.inner(), p.inner());
        if (from instanceof Ty.RawPtr && (to instanceof Ty.RawPtr || to instanceof Ty.Int)) return true;
        if ((from instanceof Ty.FnDef || from instanceof Ty.FnPtr) && to instanceof Ty.FnPtr) return true;
        // a function's address: `f as usize` (through its fn pointer)
        if ((from instanceof Ty.FnDef || from instanceof Ty.FnPtr) && to instanceof Ty.Int) return true;
        if ((from instanceof Ty.FnDef || from instanceof Ty.FnPtr) && to instanceof Ty.RawPtr) {
            fcx.cx.unsupported(c.span(), "casting a function to a raw pointer");
            return false;
        }
        if (fromNum && to instanceof Ty.Bool) {
            // E0054: rustc's CastToBool, with its "compare with zero" suggestion
            // an unsuffixed literal's variable is shown with its fallback type, as rustc does
            String shown = from instanceof Ty.Infer inf ? (inf.kind() == Ty.InferKind.FLOAT ? "f64" : "i32") : fcx.show(from);
            fcx.cx.report(Diagnostic.error("E0054", "cannot cast `" + shown + "` as `bool`").primary(c.span(), "")
                    .suggestion("compare with zero instead", new dev.heaplab.core.source.Span(c.expr().span().hi(), c.span().hi()), " != 0")
                    .build());
            return false;
        }
        boolean primitiveFrom = fromNum || from instanceof Ty.Bool || from instanceof Ty.Char || from instanceof Ty.Ref
                || from instanceof Ty.RawPtr;
        // a reference is no cast type: `&a as &B` that no coercion allows is non-primitive (E0605)
        if (primitiveFrom && (toNum || to instanceof Ty.Bool || to instanceof Ty.Char || to instanceof Ty.RawPtr)) {
            fcx.error("E0606", "casting `" + fcx.show(from) + "` as `" + fcx.show(to) + "` is invalid", c.span(), "");
        } else if (from instanceof Ty.Ref && to instanceof Ty.Ref) {
            Diagnostic.Builder d = Diagnostic.error("E0605", "non-primitive cast: `" + fcx.show(from) + "` as `" + fcx.show(to) + "`")
                    .primary(c.span(), "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object");
            if (c.expr() instanceof Expr.AddrOf) {
                d.note("casting reference expression `" + fcx.text(c.expr().span()) + "` because `&` binds tighter than `as`");
            }
            fcx.cx.diags.add(d.build());
        } else {
            fcx.error("E0605", "non-primitive cast: `" + fcx.show(from) + "` as `" + fcx.show(to) + "`", c.span(),
                    "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object");
        }
        return false;
    }
}
