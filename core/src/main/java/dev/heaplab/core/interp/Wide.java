package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Rvalue.BinOp;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.IntTy;
import java.math.BigInteger;

/**
 * Integer arithmetic on exact values (used for i128/u128, whose values do not fit a long):
 * <ul>
 * <li>the exact result is computed, then wrapped to the type (two's complement modulo 2^bits);</li>
 * <li>it overflows when the exact result is outside the type's range;</li>
 * <li>division truncates toward zero (Rust's `/` and `%`), shifts take the amount modulo the width
 *     and overflow when it is ≥ the width.</li>
 * </ul>
 */
final class Wide {
    private Wide() {}

    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    static BigInteger min(IntTy t) { return t.min(); }

    static BigInteger max(IntTy t) { return t.max(); }

    static boolean fits(BigInteger v, IntTy t) { return v.compareTo(min(t)) >= 0 && v.compareTo(max(t)) <= 0; }

    /** {@code v} modulo 2^bits, in the type's range. */
    static BigInteger wrap(BigInteger v, IntTy t) {
        if (fits(v, t)) return v;
        BigInteger m = v.mod(BigInteger.ONE.shiftLeft(t.bits()));
        return t.signed() && m.compareTo(max(t)) > 0 ? m.subtract(BigInteger.ONE.shiftLeft(t.bits())) : m;
    }

    static long wrapLong(long v, IntTy t) { return Arith.wrap(v, t); }

    /** The value a long stands for in a 128-bit type: sign-extended for i128, zero-extended for u128. */
    static BigInteger fromBits(long bits, IntTy t) {
        BigInteger b = BigInteger.valueOf(bits);
        return t.signed() || bits >= 0 ? b : b.add(TWO_64);
    }

    /** The exact result of an arithmetic or bit operator; a division by zero must be excluded first. */
    static BigInteger exact(BinOp op, BigInteger x, BigInteger y, IntTy t) {
        return switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            case MUL -> x.multiply(y);
            case DIV -> x.divide(y);
            case REM -> x.remainder(y);
            case BIT_AND -> bitsOf(x, t).and(bitsOf(y, t));
            case BIT_OR -> bitsOf(x, t).or(bitsOf(y, t));
            case BIT_XOR -> bitsOf(x, t).xor(bitsOf(y, t));
            case SHL -> x.shiftLeft(y.intValue() & (t.bits() - 1));
            case SHR -> (t.signed() ? x : bitsOf(x, t)).shiftRight(y.intValue() & (t.bits() - 1));
            default -> throw new MachineStop.Internal("integer operator " + op, null);
        };
    }

    /** The unsigned bit pattern of {@code v} in {@code t}'s width. */
    static BigInteger bitsOf(BigInteger v, IntTy t) { return v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(t.bits())) : v; }

    /** {@code a op y} for an arithmetic or shift operator ({@code y} a shift amount of any integer type). */
    static Arith.Checked checked(BinOp op, Value.Int a, BigInteger y, Span span) {
        IntTy t = a.ty();
        BigInteger x = a.big();
        boolean shift = op == BinOp.SHL || op == BinOp.SHR;
        if ((op == BinOp.DIV || op == BinOp.REM) && y.signum() == 0) throw new MachineStop.Panic(op == BinOp.DIV
                ? "attempt to divide by zero" : "attempt to calculate the remainder with a divisor of zero", span);
        if (shift) {
            boolean over = y.signum() < 0 || y.compareTo(BigInteger.valueOf(t.bits())) >= 0;
            return new Arith.Checked(Value.Int.of(exact(op, x, y.and(BigInteger.valueOf(t.bits() - 1)), t), t), over);
        }
        BigInteger r = exact(op, x, y, t);
        return new Arith.Checked(Value.Int.of(r, t), !fits(r, t));
    }

    static Value.Int unary(boolean not, Value.Int v) {
        IntTy t = v.ty();
        return Value.Int.of(not ? bitsOf(v.big(), t).not() : v.big().negate(), t);
    }

    /** Saturating float → integer as Rust's `as` (NaN is 0). */
    static BigInteger fromDouble(double d, IntTy t) {
        if (Double.isNaN(d)) return BigInteger.ZERO;
        if (Double.isInfinite(d)) return d > 0 ? max(t) : min(t);
        BigInteger v = new java.math.BigDecimal(d).toBigInteger();
        return v.compareTo(min(t)) < 0 ? min(t) : v.compareTo(max(t)) > 0 ? max(t) : v;
    }
}
