package dev.heaplab.core.typeck;

import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * rustc's constant evaluation of the integer constants type checking needs (array lengths) or must
 * check (a `const` item's value, E0080), over the typed bodies: integer and `bool` arithmetic with
 * debug-build checks, locals, `if`, loops, calls of the program's `const fn`s, `const` items and
 * associated constants of concrete types. Anything else is {@link Outcome.Unsupported} (the caller
 * refuses it or leaves it to the machine). Bounded by a step and a depth limit; never throws.
 */
final class ConstEval {
    sealed interface Outcome {
        record Value(BigInteger value) implements Outcome {}
        /** The evaluation panicked (rustc's E0080): where, and the frames of the `const fn`s it was in. */
        record Panic(Span span, String message, List<Frame> frames) implements Outcome {}
        /** An associated constant of a type parameter: "constant expression depends on a generic parameter". */
        record Generic() implements Outcome {}
        record Unsupported() implements Outcome {}
    }

    /** A `const fn` call the failure happened in: the call's span and the function's name. */
    record Frame(Span call, String fn) {}

    private static final int STEP_LIMIT = 2_000_000;
    private static final int DEPTH_LIMIT = 64;

    private record Int(BigInteger v, IntTy ty) {}

    private static final class Stop extends RuntimeException {
        final Outcome outcome;
        Stop(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private static final class Jump extends RuntimeException {
        final Object value;
        final boolean isReturn, isContinue;
        Jump(Object value, boolean isReturn, boolean isContinue) {
            super(null, null, false, false);
            this.value = value;
            this.isReturn = isReturn;
            this.isContinue = isContinue;
        }
    }

    private final ProgramCx cx;
    /** The tables of the body being checked (its own nodes), then the program's. */
    private final TypeckResults local, program;
    private final Function<Ty, Ty> resolveLocal;
    /** Checks a body now when needed; false when it cannot be (being checked: a cycle). */
    private final Predicate<DefId> ensureChecked;
    private int steps;
    private int depth;
    private final java.util.ArrayDeque<Frame> frames = new java.util.ArrayDeque<>();

    ConstEval(ProgramCx cx, TypeckResults local, Function<Ty, Ty> resolveLocal, TypeckResults program, Predicate<DefId> ensureChecked) {
        this.cx = cx;
        this.local = local;
        this.resolveLocal = resolveLocal;
        this.program = program;
        this.ensureChecked = ensureChecked;
    }

    /** Evaluates {@code e}, of integer type {@code ty}, to an integer. */
    Outcome integer(Expr e, IntTy ty) {
        try {
            Object v = eval(e, ty, new HashMap<>());
            if (v instanceof Int i) return new Outcome.Value(i.v());
            return new Outcome.Unsupported();
        } catch (Stop s) {
            return s.outcome;
        } catch (Jump j) {
            return new Outcome.Unsupported();
        } catch (RuntimeException ex) {
            // a shape this evaluator does not expect: left to the caller, never a crash
            return new Outcome.Unsupported();
        }
    }

    /**
     * rustc's E0080 for a failed evaluation of {@code what} (`C`, `main::{constant#0}`): at the failing
     * operation, or at the outermost `const fn` call with a note inside each function.
     */
    static dev.heaplab.core.diag.Diagnostic failure(Outcome.Panic p, String what) {
        var d = dev.heaplab.core.diag.Diagnostic.error("E0080", p.message());
        if (p.frames().isEmpty()) return d.primary(p.span(), "evaluation of `" + what + "` failed here").build();
        // frames are innermost first
        List<Frame> outward = p.frames();
        d.primary(outward.getLast().call(), "evaluation of `" + what + "` failed inside this call");
        for (int i = outward.size() - 1; i >= 0; i--) {
            boolean innermost = i == 0;
            Span at = innermost ? p.span() : outward.get(i - 1).call();
            d.spanNote("inside `" + outward.get(i).fn() + "`", List.of(dev.heaplab.core.diag.Label.primary(at,
                    innermost ? "the failure occurred here" : "")));
        }
        return d.build();
    }

    private static Stop unsupported() { return new Stop(new Outcome.Unsupported()); }

    private Res res(NodeId id) {
        Res r = local == null ? null : local.pathRes(id);
        return r != null ? r : program.pathRes(id);
    }

    private IntTy intTy(NodeId id) {
        Ty t = local == null ? null : local.nodeType(id);
        if (t != null) t = resolveLocal.apply(t);
        else t = program.nodeType(id);
        return t instanceof Ty.Int i ? i.kind() : null;
    }

    private void step() {
        if (++steps > STEP_LIMIT) throw unsupported();
    }

    private Object eval(Expr e, IntTy hint, Map<NodeId, Object> env) {
        step();
        IntTy own = intTy(e.id());
        IntTy ty = own != null ? own : hint;
        return switch (e) {
            case Expr.Lit l -> switch (l.value()) {
                case Expr.LitValue.Int i -> {
                    // a literal no context types is an `i32`, rustc's fallback (a shift's amount, `2 > 1`)
                    IntTy t = !i.suffix().isEmpty() ? IntTy.byName(i.suffix()) : ty != null ? ty : IntTy.I32;
                    if (t == null) throw unsupported();
                    yield new Int(i.value(), t);
                }
                case Expr.LitValue.Bool b -> b.value();
                default -> throw unsupported();
            };
            case Expr.Paren p -> eval(p.inner(), ty, env);
            case Expr.PathExpr p -> path(p, env);
            case Expr.Unary u -> unary(u, ty, env);
            case Expr.Binary b -> binary(b, ty, env);
            case Expr.Cast c -> {
                if (own == null) throw unsupported();
                Object v = eval(c.expr(), null, env);
                if (!(v instanceof Int i)) throw unsupported();
                yield new Int(wrap(i.v(), own), own);
            }
            case Expr.BlockExpr b -> {
                if (b.label() != null || b.block().isUnsafe()) throw unsupported();
                yield block(b.block(), ty, env);
            }
            case Expr.If i -> {
                if (!(eval(i.cond(), null, env) instanceof Boolean c)) throw unsupported();
                if (c) yield block(i.then(), ty, env);
                yield i.elseBranch() == null ? UNIT : eval(i.elseBranch(), ty, env);
            }
            case Expr.While w -> {
                if (w.label() != null) throw unsupported();
                while (true) {
                    if (!(eval(w.cond(), null, env) instanceof Boolean c)) throw unsupported();
                    if (!c) break;
                    try {
                        block(w.body(), null, env);
                    } catch (Jump j) {
                        if (j.isReturn) throw j;
                        if (!j.isContinue) break;
                    }
                }
                yield UNIT;
            }
            case Expr.Loop l -> {
                if (l.label() != null) throw unsupported();
                while (true) {
                    try {
                        block(l.body(), null, env);
                    } catch (Jump j) {
                        if (j.isReturn) throw j;
                        if (!j.isContinue) yield j.value == null ? UNIT : j.value;
                    }
                }
            }
            case Expr.Break b -> {
                if (b.label() != null) throw unsupported();
                throw new Jump(b.value() == null ? null : eval(b.value(), null, env), false, false);
            }
            case Expr.Continue c -> {
                if (c.label() != null) throw unsupported();
                throw new Jump(null, false, true);
            }
            case Expr.Return r -> throw new Jump(r.value() == null ? UNIT : eval(r.value(), null, env), true, false);
            case Expr.Assign a -> {
                NodeId target = localOf(a.lhs());
                Object v = eval(a.rhs(), intOf(env.get(target)), env);
                env.put(target, v);
                yield UNIT;
            }
            case Expr.CompoundAssign a -> {
                NodeId target = localOf(a.lhs());
                Object old = env.get(target);
                Object rhs = eval(a.rhs(), a.op() == Expr.BinOp.SHL || a.op() == Expr.BinOp.SHR ? null : intOf(old), env);
                env.put(target, apply(a.op(), old, rhs, a.span()));
                yield UNIT;
            }
            case Expr.Call c -> call(c, ty, env);
            default -> throw unsupported();
        };
    }

    private static final Object UNIT = new Object();

    private static IntTy intOf(Object v) { return v instanceof Int i ? i.ty() : null; }

    private NodeId localOf(Expr lhs) {
        if (lhs instanceof Expr.PathExpr p && res(p.id()) instanceof Res.Local l) return l.binding();
        throw unsupported();
    }

    private Object block(Stmt.Block b, IntTy hint, Map<NodeId, Object> env) {
        for (Stmt s : b.stmts()) {
            step();
            switch (s) {
                case Stmt.Let let -> {
                    if (!(let.pattern() instanceof Pattern.Binding bp) || bp.byRef() || bp.sub() != null
                            || let.init() == null || let.elseBlock() != null) throw unsupported();
                    env.put(bp.id(), eval(let.init(), intTy(bp.id()), env));
                }
                case Stmt.ExprStmt x -> eval(x.expr(), null, env);
                case Stmt.Empty x -> { }
                case Stmt.ItemStmt x -> throw unsupported();
            }
        }
        return b.tail() == null ? UNIT : eval(b.tail(), hint, env);
    }

    private Object path(Expr.PathExpr p, Map<NodeId, Object> env) {
        Res r = res(p.id());
        return switch (r) {
            case Res.Local l -> {
                Object v = env.get(l.binding());
                if (v == null) throw unsupported();
                yield v;
            }
            case Res.Const c -> constant(c.def());
            case Res.Fn f when cx.assocConstFns.contains(f.fn()) -> assocConst(f);
            case null, default -> throw unsupported();
        };
    }

    private Object constant(DefId def) {
        var c = cx.defs.constant(def);
        if (c == null || c.isStatic() || c.value() == null || !(c.ty() instanceof Ty.Int it)) throw unsupported();
        if (!ensureChecked.test(def)) throw unsupported();
        return nested(() -> eval(c.value(), it.kind(), new HashMap<>()));
    }

    /** `T::NAME` of a trait: the impl's value for a concrete type, or the trait's default. */
    private Object assocConst(Res.Fn f) {
        for (Ty a : f.args()) {
            if (TySubst.any(a, x -> x instanceof Ty.Param)) {
                if (depth == 0) throw new Stop(new Outcome.Generic());
                throw unsupported();
            }
        }
        FnDef fn = cx.defs.fn(f.fn());
        if (fn == null) throw unsupported();
        if (fn.parentTrait() != null && !f.args().isEmpty()) {
            Ty self = f.args().get(0);
            for (var impl : cx.defs.implsOf(fn.parentTrait())) {
                if (!impl.selfTy().equals(self) || !impl.methods().containsKey(fn.name())) continue;
                fn = cx.defs.fn(impl.methods().get(fn.name()));
                break;
            }
        }
        FnDef chosen = fn;
        if (chosen == null || chosen.decl() == null || chosen.decl().body() == null
                || !(chosen.sig().output() instanceof Ty.Int it)) throw unsupported();
        if (!ensureChecked.test(chosen.id())) throw unsupported();
        return nested(() -> block(chosen.decl().body(), it.kind(), new HashMap<>()));
    }

    private Object call(Expr.Call c, IntTy hint, Map<NodeId, Object> env) {
        if (!(c.callee() instanceof Expr.PathExpr p) || !(res(p.id()) instanceof Res.Fn f) || !f.args().isEmpty()) throw unsupported();
        FnDef fn = cx.defs.fn(f.fn());
        if (fn == null || fn.decl() == null || !fn.decl().isConst() || fn.decl().body() == null
                || fn.decl().selfParam() != null || fn.span() == null || fn.span().lo() >= (1 << 30)) throw unsupported();
        var params = fn.decl().params();
        if (params.size() != c.args().size()) throw unsupported();
        Map<NodeId, Object> callee = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            if (!(params.get(i).pattern() instanceof Pattern.Binding bp) || bp.byRef() || bp.sub() != null) throw unsupported();
            IntTy pt = fn.sig().inputs().get(i) instanceof Ty.Int it ? it.kind() : null;
            callee.put(bp.id(), eval(c.args().get(i), pt, env));
        }
        if (!ensureChecked.test(fn.id())) throw unsupported();
        IntTy out = fn.sig().output() instanceof Ty.Int it ? it.kind() : null;
        frames.push(new Frame(c.span(), fn.name()));
        Object v = nested(() -> {
            try {
                return block(fn.decl().body(), out, callee);
            } catch (Jump j) {
                if (!j.isReturn) throw unsupported();
                return j.value;
            }
        });
        frames.pop();
        return v;
    }

    private Object nested(java.util.function.Supplier<Object> body) {
        if (++depth > DEPTH_LIMIT) throw unsupported();
        try {
            return body.get();
        } finally {
            depth--;
        }
    }

    private Object unary(Expr.Unary u, IntTy ty, Map<NodeId, Object> env) {
        Object v = eval(u.operand(), ty, env);
        return switch (u.op()) {
            case NOT -> switch (v) {
                case Boolean b -> !b;
                case Int i -> new Int(wrap(i.v().not(), i.ty()), i.ty());
                default -> throw unsupported();
            };
            case NEG -> {
                if (!(v instanceof Int i) || !i.ty().signed()) throw unsupported();
                // `-128i8` is a literal's value, not an overflow
                if (u.operand() instanceof Expr.Lit && i.v().negate().equals(i.ty().min())) yield new Int(i.v().negate(), i.ty());
                if (i.v().equals(i.ty().min())) panic(u.span(), "attempt to negate `" + show(i) + "`, which would overflow");
                yield new Int(i.v().negate(), i.ty());
            }
            case DEREF -> throw unsupported();
        };
    }

    private Object binary(Expr.Binary b, IntTy ty, Map<NodeId, Object> env) {
        Expr.BinOp op = b.op();
        if (op == Expr.BinOp.AND || op == Expr.BinOp.OR) {
            if (!(eval(b.lhs(), null, env) instanceof Boolean l)) throw unsupported();
            if (op == Expr.BinOp.AND ? !l : l) return l;
            if (!(eval(b.rhs(), null, env) instanceof Boolean r)) throw unsupported();
            return r;
        }
        boolean compare = switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
        boolean shift = op == Expr.BinOp.SHL || op == Expr.BinOp.SHR;
        IntTy operands = compare ? null : ty;
        Object l = eval(b.lhs(), operands, env);
        Object r = eval(b.rhs(), shift ? null : intOf(l) != null ? intOf(l) : operands, env);
        return apply(op, l, r, b.span());
    }

    private Object apply(Expr.BinOp op, Object l, Object r, Span span) {
        if (l instanceof Boolean a && r instanceof Boolean c) {
            return switch (op) {
                case EQ -> a == c;
                case NE -> a != c;
                case BIT_AND -> a & c;
                case BIT_OR -> a | c;
                case BIT_XOR -> a ^ c;
                default -> throw unsupported();
            };
        }
        if (!(l instanceof Int a) || !(r instanceof Int c)) throw unsupported();
        IntTy t = a.ty();
        BigInteger x = a.v(), y = c.v();
        return switch (op) {
            case EQ -> x.equals(y);
            case NE -> !x.equals(y);
            case LT -> x.compareTo(y) < 0;
            case LE -> x.compareTo(y) <= 0;
            case GT -> x.compareTo(y) > 0;
            case GE -> x.compareTo(y) >= 0;
            case ADD -> checked(x.add(y), a, c, "+", span);
            case SUB -> checked(x.subtract(y), a, c, "-", span);
            case MUL -> checked(x.multiply(y), a, c, "*", span);
            case DIV, REM -> {
                boolean rem = op == Expr.BinOp.REM;
                if (y.signum() == 0) panic(span, rem ? "attempt to calculate the remainder of `" + show(a) + "` with a divisor of zero"
                        : "attempt to divide `" + show(a) + "` by zero");
                if (t.signed() && x.equals(t.min()) && y.equals(BigInteger.ONE.negate()))
                    panic(span, rem ? "attempt to compute the remainder of `" + show(a) + " % " + show(c) + "`, which would overflow"
                            : "attempt to compute `" + show(a) + " / " + show(c) + "`, which would overflow");
                // BigInteger's divide and remainder truncate toward zero, as Rust's
                yield new Int(rem ? x.remainder(y) : x.divide(y), t);
            }
            case BIT_AND -> new Int(x.and(y), t);
            case BIT_OR -> new Int(x.or(y), t);
            case BIT_XOR -> new Int(x.xor(y), t);
            case SHL, SHR -> {
                if (y.signum() < 0 || y.compareTo(BigInteger.valueOf(t.bits())) >= 0)
                    panic(span, "attempt to shift " + (op == Expr.BinOp.SHL ? "left" : "right") + " by `" + show(c) + "`, which would overflow");
                int n = y.intValue();
                yield new Int(op == Expr.BinOp.SHL ? wrap(x.shiftLeft(n), t) : x.shiftRight(n), t);
            }
            case AND, OR -> throw unsupported();
        };
    }

    private Int checked(BigInteger v, Int a, Int c, String symbol, Span span) {
        if (v.compareTo(a.ty().min()) < 0 || v.compareTo(a.ty().max()) > 0)
            panic(span, "attempt to compute `" + show(a) + " " + symbol + " " + show(c) + "`, which would overflow");
        return new Int(v, a.ty());
    }

    private void panic(Span span, String message) {
        throw new Stop(new Outcome.Panic(span, message, List.copyOf(frames)));
    }

    /** Two's-complement truncation to {@code t} (casts and shifts). */
    private static BigInteger wrap(BigInteger v, IntTy t) {
        BigInteger m = BigInteger.ONE.shiftLeft(t.bits());
        BigInteger r = v.mod(m);
        return t.signed() && r.compareTo(t.max()) > 0 ? r.subtract(m) : r;
    }

    private static String show(Int i) { return i.ty().show(i.v()); }
}
