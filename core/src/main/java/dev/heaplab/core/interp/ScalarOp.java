package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Rvalue.BinOp;
import dev.heaplab.core.mir.Rvalue.UnOp;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;

/**
 * Fast-path arithmetic on scalar operands: operators, checked operators, unary operators and numeric
 * casts. Each op computes its result from the operands it peeked, then moves them out (if they are
 * moves) and writes, so giving up never leaves a trace.
 * <ul>
 * <li>integers of at most 64 bits take a direct way through {@link Arith#wrapping} and
 *     {@link Arith#overflows}, the functions the generic way uses too; a division by zero gives up;</li>
 * <li>other scalars go through {@link Arith} itself, which has no side effect: a fault there
 *     (128-bit integers, mismatched operands) gives up, and the generic way reports it with the
 *     right span and step;</li>
 * <li>operands that are not scalars (references read through, aggregates compared structurally)
 *     are left to the generic way.</li>
 * </ul>
 */
abstract sealed class ScalarOp extends Op {
    final int dest;

    ScalarOp(int dest) {
        super(1);
        this.dest = dest;
    }

    /** Moves the operand out if it is a move (its value was peeked and used). */
    static void consume(Frame f, Src s, Value v) {
        if (s.move) s.take(f, v);
    }

    /** `_d = l op r`: wrapping arithmetic, bit operations, comparisons. */
    static final class Binary extends ScalarOp {
        private final BinOp op;
        private final Src lhs, rhs;
        private final boolean comparison;

        Binary(int dest, BinOp op, Src lhs, Src rhs) {
            super(dest);
            this.op = op;
            this.lhs = lhs;
            this.rhs = rhs;
            this.comparison = switch (op) {
                case EQ, NE, LT, LE, GT, GE -> true;
                default -> false;
            };
        }

        @Override boolean run(Frame f) {
            Value l = lhs.scalar(f), r = rhs.scalar(f);
            if (l == null || r == null) return false;
            Value res;
            if (l instanceof Value.Int a && r instanceof Value.Int b) {
                if (comparison) res = Arith.bool(Arith.compareInts(op, a, b));
                else if (a.ty().bits() > 64 || b.ty().bits() > 64 || Arith.divisionByZero(op, b.bits())) return false;
                else res = new Value.Int(Arith.wrapping(op, a.bits(), b.bits(), a.ty()), a.ty());
            } else {
                try {
                    res = Arith.binary(op, l, r, null);
                } catch (RuntimeException e) { // a fault: the generic way reports it
                    return false;
                }
            }
            consume(f, lhs, l);
            consume(f, rhs, r);
            put(f, dest, res);
            return true;
        }
    }

    /** `_d = CheckedOp(l, r)`: the wrapped result and whether it overflowed, as a pair. */
    static final class Checked extends ScalarOp {
        private final BinOp op;
        private final Src lhs, rhs;

        Checked(int dest, BinOp op, Src lhs, Src rhs) {
            super(dest);
            this.op = op;
            this.lhs = lhs;
            this.rhs = rhs;
        }

        @Override boolean run(Frame f) {
            Value l = lhs.scalar(f), r = rhs.scalar(f);
            if (l == null || r == null) return false;
            Value value;
            boolean overflow;
            if (l instanceof Value.Int a && r instanceof Value.Int b) {
                IntTy t = a.ty();
                long x = a.bits(), y = b.bits();
                if (t.bits() > 64 || b.ty().bits() > 64 || !Arith.checkable(op) || Arith.divisionByZero(op, y)) return false;
                value = new Value.Int(Arith.wrapping(op, x, y, t), t);
                overflow = Arith.overflows(op, x, y, t, b.ty().signed());
            } else {
                try {
                    Arith.Checked c = Arith.checked(op, l, r, null);
                    value = c.value();
                    overflow = c.overflow();
                } catch (RuntimeException e) { // a fault: the generic way reports it
                    return false;
                }
            }
            consume(f, lhs, l);
            consume(f, rhs, r);
            put(f, dest, Value.Agg.of(value, Arith.bool(overflow)));
            return true;
        }
    }

    /** `_d = !v`, `_d = -v`, or `_d = v as T` between numeric types, bool and char (T without parameters). */
    static final class Unary extends ScalarOp {
        private final UnOp op;
        private final Ty castTo;
        private final Src operand;

        /** With {@code op} null, a cast to {@code castTo}. */
        Unary(int dest, UnOp op, Ty castTo, Src operand) {
            super(dest);
            this.op = op;
            this.castTo = castTo;
            this.operand = operand;
        }

        @Override boolean run(Frame f) {
            Value v = operand.scalar(f);
            if (v == null) return false;
            Value res;
            try {
                res = op != null ? Arith.unary(op, v, null) : Arith.cast(v, castTo, null);
            } catch (RuntimeException e) { // a fault: the generic way reports it
                return false;
            }
            consume(f, operand, v);
            put(f, dest, res);
            return true;
        }
    }
}
