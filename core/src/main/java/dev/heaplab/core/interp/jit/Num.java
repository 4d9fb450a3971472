package dev.heaplab.core.interp.jit;

import dev.heaplab.core.mir.Rvalue.BinOp;
import java.math.BigDecimal;

/**
 * Integer and float arithmetic of a Rust debug build on the machine's representation (integers of at
 * most 64 bits in a long, sign-extended when signed, zero-extended when not). The machine's
 * {@code Arith} and the generated code both call these, so the two ways compute the same bits; the
 * small ones are what generated code calls on its hot paths (the JIT inlines them).
 */
public final class Num {
    private Num() {}

    public static long wrap(long v, int bits, boolean signed) {
        if (bits >= 64) return v;
        return signed ? (v << (64 - bits)) >> (64 - bits) : v & ((1L << bits) - 1);
    }

    public static long minValue(int bits, boolean signed) { return signed ? -(1L << (bits - 1)) : 0; }

    public static long maxValue(int bits, boolean signed) {
        if (bits >= 64) return signed ? Long.MAX_VALUE : -1L;
        return signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
    }

    /**
     * {@code x op y} wrapped to the type for arithmetic, shifts (amount masked to the width) and bit
     * operations; a division by zero must be excluded first.
     */
    public static long wrapping(BinOp op, long x, long y, int bits, boolean signed) {
        long res = switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case SHL -> x << (int) (y & (bits - 1));
            case SHR -> signed ? x >> (int) (y & (bits - 1)) : x >>> (int) (y & (bits - 1));
            case DIV -> div(x, y, bits, signed);
            case REM -> rem(x, y, bits, signed);
            case BIT_AND -> x & y;
            case BIT_OR -> x | y;
            case BIT_XOR -> x ^ y;
            default -> throw new IllegalArgumentException("integer operator " + op);
        };
        return wrap(res, bits, signed);
    }

    /** Division, MIN / -1 wrapping to MIN; {@code y} is not zero. */
    public static long div(long x, long y, int bits, boolean signed) {
        if (signed && y == -1 && x == minValue(bits, true)) return x;
        if (signed || bits < 64) return x / y;
        return Long.divideUnsigned(x, y);
    }

    /** Remainder, MIN % -1 being 0; {@code y} is not zero. */
    public static long rem(long x, long y, int bits, boolean signed) {
        if (signed && y == -1 && x == minValue(bits, true)) return 0;
        if (signed || bits < 64) return x % y;
        return Long.remainderUnsigned(x, y);
    }

    /** Whether the exact result of an arithmetic operator or shift does not fit the type; {@code ySigned}: the shift amount's type. */
    public static boolean overflows(BinOp op, long x, long y, int bits, boolean signed, boolean ySigned) {
        return switch (op) {
            case ADD -> bits < 64 ? wrap(x + y, bits, signed) != x + y : add64(x, y, signed);
            case SUB -> bits < 64 ? wrap(x - y, bits, signed) != x - y : sub64(x, y, signed);
            case MUL -> mul(x, y, bits, signed);
            case SHL, SHR -> shift(y, bits, ySigned);
            case DIV, REM -> signed && y == -1 && x == minValue(bits, true);
            default -> false;
        };
    }

    public static boolean add64(long x, long y, boolean signed) {
        long res = x + y;
        return signed ? ((x ^ res) & (y ^ res)) < 0 : Long.compareUnsigned(res, x) < 0;
    }

    public static boolean sub64(long x, long y, boolean signed) {
        return signed ? ((x ^ y) & (x ^ (x - y))) < 0 : Long.compareUnsigned(x, y) < 0;
    }

    public static boolean mul(long x, long y, int bits, boolean signed) {
        long res = x * y;
        if (bits < 32 || (bits == 32 && signed)) return wrap(res, bits, signed) != res;
        if (bits == 32) return Long.compareUnsigned(res, 0xFFFF_FFFFL) > 0;
        return signed ? Math.multiplyHigh(x, y) != (res >> 63) : Math.unsignedMultiplyHigh(x, y) != 0;
    }

    public static boolean shift(long y, int bits, boolean ySigned) {
        return (ySigned && y < 0) || Long.compareUnsigned(y, bits) >= 0;
    }

    /** An unsigned 64-bit integer as the nearest double. */
    public static double u64ToDouble(long bits) {
        return bits >= 0 ? (double) bits : new BigDecimal(Long.toUnsignedString(bits)).doubleValue();
    }

    /** Saturating float → int as Rust `as` (NaN is 0). */
    public static long floatToInt(double d, int bits, boolean signed) {
        if (Double.isNaN(d)) return 0;
        if (!signed && bits == 64) {
            if (d <= 0) return 0;
            if (d >= 18446744073709551615.0) return -1L;
            return new BigDecimal(d).toBigInteger().longValue();
        }
        double tr = d < 0 ? Math.ceil(d) : Math.floor(d);
        if (tr <= minValue(bits, signed)) return minValue(bits, signed);
        if (tr >= maxValue(bits, signed)) return maxValue(bits, signed);
        return (long) tr;
    }

    /** A result rounded to f32 when the type is f32 (the machine keeps floats in doubles). */
    public static double f32(double v) { return (double) (float) v; }
}
