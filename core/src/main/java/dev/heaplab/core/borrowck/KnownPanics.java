package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rustc's deny-by-default lints `arithmetic_overflow` and `unconditional_panic`: an overflow check,
 * a division by zero or an index out of bounds whose operands are known at compile time is an error
 * ("this arithmetic operation will overflow", "this operation will panic at runtime"). Values are
 * known conservatively: a local assigned exactly once, never borrowed, from a constant or from
 * operations on known values (a parameter, a call's result or a borrowed local is unknown), so this
 * reports a subset of what rustc's constant propagation finds, never more.
 */
final class KnownPanics {
    private record Int(BigInteger v, IntTy ty) {}

    /** A CheckedBinaryOp's result: the wrapped value and whether it overflowed. */
    private record Checked(Int value, boolean overflow, Rvalue.CheckedBinaryOp op) {}

    private final Body body;
    private final List<Diagnostic> out;
    private final Map<Local, Object> known = new HashMap<>();
    private final Map<Local, Integer> writes = new HashMap<>();
    private final Map<Local, Rvalue> single = new HashMap<>();

    KnownPanics(Body body, List<Diagnostic> out) {
        this.body = body;
        this.out = out;
    }

    void run() {
        // only asserts are reported: a body without one needs no evaluation
        boolean asserts = false;
        for (Body.BasicBlock b : body.blocks()) asserts |= !b.cleanup() && b.terminator() instanceof Terminator.Assert;
        if (!asserts) return;
        for (Body.BasicBlock b : body.blocks()) {
            for (Statement s : b.statements()) {
                if (!(s instanceof Statement.Assign a)) continue;
                Local l = a.place().local();
                writes.merge(l, 1, Integer::sum);
                if (a.place().isLocal()) single.put(l, a.rvalue());
                else unknowable(l); // a partial write: not a single known value
                if (a.rvalue() instanceof Rvalue.Ref r) unknowable(r.place().local());
                if (a.rvalue() instanceof Rvalue.RawPtr r) unknowable(r.place().local());
            }
            if (b.terminator() instanceof Terminator.Call c) unknowable(c.destination().local());
        }
        for (int round = 0; round < 16; round++) {
            boolean changed = false;
            for (var e : single.entrySet()) {
                if (writes.getOrDefault(e.getKey(), 0) != 1 || known.containsKey(e.getKey())) continue;
                Object v = eval(e.getKey(), e.getValue());
                if (v != null) {
                    known.put(e.getKey(), v);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        for (Body.BasicBlock b : body.blocks()) {
            if (b.cleanup() || !(b.terminator() instanceof Terminator.Assert a)) continue;
            if (!(operand(a.cond()) instanceof Boolean cond) || cond == a.expected()) continue;
            report(a);
        }
    }

    private void report(Terminator.Assert a) {
        String label;
        boolean overflow = false;
        switch (a.message()) {
            case Terminator.AssertMessage.BoundsCheck bc -> {
                Object len = operand(bc.len()), idx = operand(bc.index());
                if (!(len instanceof Int l) || !(idx instanceof Int i)) return;
                label = "index out of bounds: the length is " + l.v() + " but the index is " + i.v();
            }
            case Terminator.AssertMessage.Overflow o -> {
                overflow = true;
                Checked c = checkedOf(a.cond());
                if (c == null) return;
                Object l = operand(c.op().lhs()), r = operand(c.op().rhs());
                boolean shift = c.op().op() == Rvalue.BinOp.SHL || c.op().op() == Rvalue.BinOp.SHR;
                if (shift && r instanceof Int ri) {
                    label = "attempt to shift " + (c.op().op() == Rvalue.BinOp.SHL ? "left" : "right") + " by `" + show(ri) + "`, which would overflow";
                    break;
                }
                if (!(l instanceof Int li) || !(r instanceof Int ri)) return;
                label = "attempt to compute `" + show(li) + " " + symbol(c.op().op()) + " " + show(ri) + "`, which would overflow";
            }
            case Terminator.AssertMessage.DivisionByZero z -> {
                Int dividend = dividendAfter(a, z.remainder());
                if (dividend == null) return; // not known: left to the machine (a panic at run time)
                label = z.remainder() ? "attempt to calculate the remainder of `" + show(dividend) + "` with a divisor of zero"
                        : "attempt to divide `" + show(dividend) + "` by zero";
            }
            default -> { return; }
        }
        out.add(Diagnostic.error(null, overflow ? "this arithmetic operation will overflow" : "this operation will panic at runtime")
                .primary(a.span(), label).note(overflow ? "`#[deny(arithmetic_overflow)]` on by default"
                        : "`#[deny(unconditional_panic)]` on by default").build());
    }

    /** The known dividend of the division this zero check guards (in the blocks it leads to). */
    private Int dividendAfter(Terminator.Assert a, boolean remainder) {
        dev.heaplab.core.mir.BlockId next = a.target();
        for (int hop = 0; hop < 4 && next != null; hop++) {
            Body.BasicBlock b = body.blocks().get(next.index());
            for (Statement s : b.statements()) {
                if (s instanceof Statement.Assign as && as.rvalue() instanceof Rvalue.BinaryOp op
                        && op.op() == (remainder ? Rvalue.BinOp.REM : Rvalue.BinOp.DIV))
                    return operand(op.lhs()) instanceof Int i ? i : null;
            }
            next = switch (b.terminator()) {
                case Terminator.Assert x -> x.target();
                case Terminator.Goto g -> g.target();
                default -> null;
            };
        }
        return null;
    }

    /** A local borrowed, written in part or by a call: its value is never taken as known. */
    private void unknowable(Local l) { writes.merge(l, 2, Integer::sum); }

    private Checked checkedOf(Operand cond) {
        Place p = switch (cond) {
            case Operand.Copy c -> c.place();
            case Operand.Move m -> m.place();
            case Operand.Constant k -> null;
        };
        if (p == null || writes.getOrDefault(p.local(), 0) != 1) return null;
        return known.get(p.local()) instanceof Checked c ? c : null;
    }

    private Object operand(Operand op) {
        return switch (op) {
            case Operand.Constant k -> constant(k);
            case Operand.Copy c -> place(c.place());
            case Operand.Move m -> place(m.place());
        };
    }

    private static Object constant(Operand.Constant k) {
        if (k.value() instanceof ConstValue.Int i && k.ty() instanceof Ty.Int t) return new Int(i.value(), t.kind());
        if (k.value() instanceof ConstValue.Bool b) return b.value();
        return null;
    }

    private Object place(Place p) {
        if (writes.getOrDefault(p.local(), 0) != 1) return null;
        Object v = known.get(p.local());
        if (p.isLocal()) return v instanceof Checked ? null : v;
        if (v instanceof Checked c && p.projections().size() == 1 && p.projections().get(0) instanceof Place.Projection.Field f)
            return f.index() == 0 ? (c.overflow() ? null : c.value()) : (Boolean) c.overflow();
        return null;
    }

    private Object eval(Local dest, Rvalue rv) {
        return switch (rv) {
            case Rvalue.Use u -> operand(u.operand());
            case Rvalue.Len l -> body.locals().get(l.place().local().index()).ty() instanceof Ty.Array arr && l.place().isLocal()
                    ? new Int(BigInteger.valueOf(arr.len()), IntTy.USIZE) : null;
            case Rvalue.CheckedBinaryOp c when c.op() == Rvalue.BinOp.SHL || c.op() == Rvalue.BinOp.SHR -> {
                // a shift overflows by its amount alone (at least the bit width, or negative), whatever the value shifted
                if (!(operand(c.rhs()) instanceof Int r)
                        || !(body.locals().get(dest.index()).ty() instanceof Ty.Tuple t && t.elems().get(0) instanceof Ty.Int lt)) yield null;
                boolean overflow = r.v().signum() < 0 || r.v().compareTo(BigInteger.valueOf(lt.kind().bits())) >= 0;
                yield overflow ? new Checked(null, true, c) : null;
            }
            case Rvalue.CheckedBinaryOp c -> {
                if (!(operand(c.lhs()) instanceof Int l) || !(operand(c.rhs()) instanceof Int r)) yield null;
                BigInteger exact = arith(c.op(), l.v(), r.v());
                if (exact == null) yield null;
                boolean overflow = exact.compareTo(l.ty().min()) < 0 || exact.compareTo(l.ty().max()) > 0;
                yield new Checked(new Int(overflow ? l.v() : exact, l.ty()), overflow, c);
            }
            case Rvalue.BinaryOp b -> {
                Object lo = operand(b.lhs()), ro = operand(b.rhs());
                if (!(lo instanceof Int l) || !(ro instanceof Int r)) yield null;
                int cmp = l.v().compareTo(r.v());
                yield switch (b.op()) {
                    case LT -> cmp < 0;
                    case LE -> cmp <= 0;
                    case GT -> cmp > 0;
                    case GE -> cmp >= 0;
                    case EQ -> cmp == 0;
                    case NE -> cmp != 0;
                    default -> null;
                };
            }
            case Rvalue.UnaryOp u -> operand(u.operand()) instanceof Boolean bv && u.op() == Rvalue.UnOp.NOT ? (Object) !bv : null;
            default -> null;
        };
    }

    private static BigInteger arith(Rvalue.BinOp op, BigInteger a, BigInteger b) {
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MUL -> a.multiply(b);
            default -> null;
        };
    }

    private static String symbol(Rvalue.BinOp op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            default -> op.name();
        };
    }

    private static String show(Int i) { return i.ty().show(i.v()); }
}
