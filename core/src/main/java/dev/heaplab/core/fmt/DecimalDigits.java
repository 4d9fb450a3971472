package dev.heaplab.core.fmt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A finite non-zero magnitude as decimal digits: value = 0.{@code digits} × 10^{@code exp}, with
 * no leading zero digit (Rust's flt2dec convention).
 */
record DecimalDigits(String digits, int exp) {

    /**
     * The shortest digits that read back as the same binary float, as Rust's flt2dec (Grisu with
     * Dragon fallback, which agree) computes them. Rules:
     * <ul>
     *   <li>the value is mant·2^e; its rounding interval reaches half-way to each neighbour, and the
     *   lower half-gap is halved at a power of two (except at the smallest exponent);</li>
     *   <li>the interval's ends belong to it when the mantissa is even (round-half-even parsing);</li>
     *   <li>digits are generated until the remainder falls inside the interval (Steele-White /
     *   Burger-Dybvig); when both the rounded-down and rounded-up digit fit, round up unless the
     *   remainder is below one half.</li>
     * </ul>
     *
     * @param mantissa the significand including the hidden bit (positive)
     * @param exp2 the binary exponent of its last bit
     * @param minNormalMantissa 2^(precision-1), the significand of a power of two
     * @param minExp2 the exponent of subnormals (where the lower gap is not halved)
     */
    static DecimalDigits shortest(long mantissa, int exp2, long minNormalMantissa, int minExp2) {
        long mant, minus, plus;
        int e;
        if (mantissa == minNormalMantissa && exp2 > minExp2) {
            mant = mantissa << 2; minus = 1; plus = 2; e = exp2 - 2;
        } else {
            mant = mantissa << 1; minus = 1; plus = 1; e = exp2 - 1;
        }
        boolean inclusive = (mantissa & 1) == 0;
        BigInteger r = BigInteger.valueOf(mant), mMinus = BigInteger.valueOf(minus), mPlus = BigInteger.valueOf(plus);
        BigInteger s = BigInteger.ONE;
        if (e >= 0) {
            r = r.shiftLeft(e); mMinus = mMinus.shiftLeft(e); mPlus = mPlus.shiftLeft(e);
        } else {
            s = s.shiftLeft(-e);
        }
        // k: the smallest exponent with high = r + mPlus below s·10^k (or not above, when exclusive).
        int k = (int) Math.ceil(Math.log10(mant) + e * Math.log10(2)) - 1;
        BigInteger high = r.add(mPlus);
        while (!below(high, s, k, inclusive)) k++;
        while (below(high, s, k - 1, inclusive)) k--;
        if (k >= 0) {
            s = s.multiply(BigInteger.TEN.pow(k));
        } else {
            BigInteger p = BigInteger.TEN.pow(-k);
            r = r.multiply(p); mMinus = mMinus.multiply(p); mPlus = mPlus.multiply(p);
        }
        StringBuilder out = new StringBuilder(20);
        while (true) {
            r = r.multiply(BigInteger.TEN); mMinus = mMinus.multiply(BigInteger.TEN); mPlus = mPlus.multiply(BigInteger.TEN);
            BigInteger[] qr = r.divideAndRemainder(s);
            int d = qr[0].intValue();
            r = qr[1];
            boolean down = inclusive ? r.compareTo(mMinus) <= 0 : r.compareTo(mMinus) < 0;
            boolean up = inclusive ? r.add(mPlus).compareTo(s) >= 0 : r.add(mPlus).compareTo(s) > 0;
            if (!down && !up) { out.append((char) ('0' + d)); continue; }
            if (up && (!down || r.shiftLeft(1).compareTo(s) >= 0)) {
                out.append((char) ('0' + d));
                return roundUp(out, k);
            }
            out.append((char) ('0' + d));
            return new DecimalDigits(out.toString(), k);
        }
    }

    /** high < s·10^k when the interval is inclusive, else high <= s·10^k. */
    private static boolean below(BigInteger high, BigInteger s, int k, boolean inclusive) {
        BigInteger lhs = k < 0 ? high.multiply(BigInteger.TEN.pow(-k)) : high;
        BigInteger rhs = k > 0 ? s.multiply(BigInteger.TEN.pow(k)) : s;
        int c = lhs.compareTo(rhs);
        return inclusive ? c < 0 : c <= 0;
    }

    /** Adds one unit in the last place of {@code buf}; a carry out of the first digit bumps the exponent. */
    private static DecimalDigits roundUp(StringBuilder buf, int k) {
        int i = buf.length() - 1;
        while (i >= 0 && buf.charAt(i) == '9') i--;
        if (i < 0) {
            return new DecimalDigits("1", k + 1);
        }
        buf.setCharAt(i, (char) (buf.charAt(i) + 1));
        buf.setLength(i + 1);
        return new DecimalDigits(buf.toString(), k);
    }

    /** Shortest digits of a finite non-zero f64 magnitude. */
    static DecimalDigits shortest(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int be = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & ((1L << 52) - 1);
        if (be == 0) return shortest(frac, -1074, 1L << 52, -1074);
        return shortest(frac | (1L << 52), be - 1075, 1L << 52, -1074);
    }

    /** Shortest digits of a finite non-zero f32 magnitude. */
    static DecimalDigits shortest(float v) {
        int bits = Float.floatToRawIntBits(v);
        int be = (bits >>> 23) & 0xff;
        long frac = bits & ((1 << 23) - 1);
        if (be == 0) return shortest(frac, -149, 1L << 23, -149);
        return shortest(frac | (1L << 23), be - 150, 1L << 23, -149);
    }

    /**
     * The exact value rounded half-to-even to {@code fracDigits} digits after the point; null when
     * it rounds to zero. May be longer than {@code fracDigits} requires (integer part).
     */
    static DecimalDigits fixed(BigDecimal exact, int fracDigits) {
        BigDecimal rounded = exact.abs().setScale(fracDigits, RoundingMode.HALF_EVEN);
        return fromBigDecimal(rounded);
    }

    /** The exact value rounded half-to-even to {@code significant} digits (at least 1). */
    static DecimalDigits significant(BigDecimal exact, int significant) {
        BigDecimal rounded = exact.abs().round(new MathContext(significant, RoundingMode.HALF_EVEN));
        return fromBigDecimal(rounded);
    }

    /** All digits of an exact magnitude, trailing zeros stripped; null for zero. */
    static DecimalDigits fromBigDecimal(BigDecimal value) {
        if (value.signum() == 0) return null;
        BigDecimal stripped = value.abs().stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new DecimalDigits(digits, digits.length() - stripped.scale());
    }
}
