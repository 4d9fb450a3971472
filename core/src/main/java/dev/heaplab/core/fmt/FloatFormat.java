package dev.heaplab.core.fmt;

import java.math.BigDecimal;

/**
 * Display, Debug, LowerExp and UpperExp of {@code f64} and {@code f32} exactly as Rust's core::fmt:
 * <ul>
 *   <li>without precision, the shortest digits that round-trip, in positional notation for Display
 *   (never an exponent) and for Debug (at least one fractional digit), except that Debug switches to
 *   the exponent form when the magnitude is below 1e-4 or at least 1e16;</li>
 *   <li>with precision, the exact binary value rounded half-to-even at that digit;</li>
 *   <li>the sign is `-` for negatives including -0.0, `+` with the plus flag, never on NaN.</li>
 * </ul>
 * An f32 is passed as a {@code float} so that its own shortest digits are used.
 */
public final class FloatFormat {
    private FloatFormat() {}

    public static void display(RustFormatter f, double v) { decimal(f, Value.of(v), 0); }

    public static void display(RustFormatter f, float v) { decimal(f, Value.of(v), 0); }

    public static void debug(RustFormatter f, double v) { debug(f, Value.of(v), Math.abs(v) < 1e-4, Math.abs(v) >= 1e16); }

    public static void debug(RustFormatter f, float v) { debug(f, Value.of(v), Math.abs(v) < 1e-4f, Math.abs(v) >= 1e16f); }

    public static void lowerExp(RustFormatter f, double v) { exp(f, Value.of(v), false); }

    public static void lowerExp(RustFormatter f, float v) { exp(f, Value.of(v), false); }

    public static void upperExp(RustFormatter f, double v) { exp(f, Value.of(v), true); }

    public static void upperExp(RustFormatter f, float v) { exp(f, Value.of(v), true); }

    /** A float of either width, decoded once. */
    private record Value(boolean negative, boolean nan, boolean infinite, boolean zero, double asDouble, Float asFloat) {
        static Value of(double v) {
            return new Value(!Double.isNaN(v) && (Double.doubleToRawLongBits(v) < 0), Double.isNaN(v),
                    Double.isInfinite(v), v == 0, v, null);
        }

        static Value of(float v) {
            return new Value(!Float.isNaN(v) && (Float.floatToRawIntBits(v) < 0), Float.isNaN(v),
                    Float.isInfinite(v), v == 0, v, v);
        }

        DecimalDigits shortest() {
            return asFloat != null ? DecimalDigits.shortest(Math.abs(asFloat)) : DecimalDigits.shortest(Math.abs(asDouble));
        }

        BigDecimal exact() { return new BigDecimal(asDouble); }
    }

    private static String sign(RustFormatter f, Value v) {
        if (v.nan) return "";
        return v.negative ? "-" : f.signPlus() ? "+" : "";
    }

    private static void debug(RustFormatter f, Value v, boolean tiny, boolean huge) {
        if (f.precision() == RustFormatter.NONE && !v.zero && !v.nan && !v.infinite && (tiny || huge)) {
            exp(f, v, false);
        } else {
            decimal(f, v, 1);
        }
    }

    /** Positional notation; without precision at least {@code minFrac} fractional digits. */
    private static void decimal(RustFormatter f, Value v, int minFrac) {
        String special = special(v);
        if (special != null) { f.padFormatted(sign(f, v), special); return; }
        int prec = f.precision();
        String[] parts = prec != RustFormatter.NONE
                ? positional(v.zero ? null : DecimalDigits.fixed(v.exact(), prec), prec)
                : positional(v.zero ? null : v.shortest(), minFrac);
        f.padFormatted(sign(f, v), parts);
    }

    /** Scientific notation: `d.ddde-N`; with precision exactly that many fractional digits. */
    private static void exp(RustFormatter f, Value v, boolean upper) {
        String special = special(v);
        if (special != null) { f.padFormatted(sign(f, v), special); return; }
        int prec = f.precision();
        DecimalDigits d;
        if (v.zero) d = null;
        else if (prec != RustFormatter.NONE) d = DecimalDigits.significant(v.exact(), prec + 1);
        else d = v.shortest();
        f.padFormatted(sign(f, v), scientific(d, prec == RustFormatter.NONE ? 0 : prec, upper));
    }

    private static String special(Value v) {
        if (v.nan) return "NaN";
        if (v.infinite) return "inf";
        return null;
    }

    /**
     * 0.digits×10^exp written positionally with at least {@code frac} digits after the point; null is
     * zero. The result is split into the parts core::num::flt2dec makes (`0.`, zeros, digits, `.`...):
     * each is one `write_str`, which decides how a String being formatted into grows.
     */
    static String[] positional(DecimalDigits d, int frac) {
        Parts p = new Parts();
        if (d == null) {
            if (frac > 0) p.copy("0.").zeros(frac); else p.copy("0");
            return p.done();
        }
        String digits = d.digits();
        int exp = d.exp();
        if (exp <= 0) {
            p.copy("0.").zeros(-exp).copy(digits);
            int written = -exp + digits.length();
            if (frac > written) p.zeros(frac - written);
        } else if (exp < digits.length()) {
            p.copy(digits.substring(0, exp)).copy(".").copy(digits.substring(exp));
            int written = digits.length() - exp;
            if (frac > written) p.zeros(frac - written);
        } else {
            p.copy(digits).zeros(exp - digits.length());
            if (frac > 0) p.copy(".").zeros(frac);
        }
        return p.done();
    }

    /** 0.digits×10^exp as `d.ddd` with at least {@code frac} fractional digits, then `e` and the exponent. */
    static String[] scientific(DecimalDigits d, int frac, boolean upper) {
        String digits = d == null ? "0" : d.digits();
        int exp = d == null ? 0 : d.exp() - 1;
        Parts p = new Parts().copy(digits.substring(0, 1));
        if (digits.length() > 1 || frac > 0) {
            p.copy(".").copy(digits.substring(1));
            int written = digits.length() - 1;
            if (frac > written) p.zeros(frac - written);
        }
        String e = upper ? "E" : "e";
        return p.copy(exp < 0 ? e + "-" : e).copy(Integer.toString(Math.abs(exp))).done();
    }

    /** flt2dec's parts: copied text, and runs of zeros written 64 at a time. */
    private static final class Parts {
        private final java.util.List<String> parts = new java.util.ArrayList<>();

        Parts copy(String s) { parts.add(s); return this; }

        Parts zeros(int n) {
            while (n > 64) { parts.add("0".repeat(64)); n -= 64; }
            parts.add("0".repeat(n));
            return this;
        }

        String[] done() { return parts.toArray(String[]::new); }
    }
}
