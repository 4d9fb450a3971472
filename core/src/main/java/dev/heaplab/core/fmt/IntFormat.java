package dev.heaplab.core.fmt;

import dev.heaplab.core.fmt.FormatTemplate.Trait;
import dev.heaplab.core.types.IntTy;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Integer formatting for every Rust integer type and trait:
 * <ul>
 *   <li>Display: decimal with `-`, or `+` under the plus flag; Debug is Display unless `{:x?}`/`{:X?}`;</li>
 *   <li>hex, octal, binary print the two's complement of the type's width (`{:x}` of -1i8 is `ff`),
 *   with `0x`/`0o`/`0b` under `#` (upper hex keeps the `0x` prefix);</li>
 *   <li>`{:e}` strips trailing zeros into the exponent; a precision rounds half-to-even.</li>
 * </ul>
 * Values up to 64 bits come as a {@code long}: sign-extended for signed types, the raw bits for
 * unsigned ones (so u64::MAX is -1L). 128-bit values come as a {@link BigInteger} (either form).
 */
public final class IntFormat {
    private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);

    private IntFormat() {}

    /** Formats with the given trait; {@link Trait#POINTER} is not an integer trait and prints as `{:#x}`. */
    public static void format(RustFormatter f, Trait trait, long value, IntTy ty) {
        if (ty.bits() == 128) { format(f, trait, signedBig(value, ty), ty); return; }
        switch (trait) {
            case DISPLAY -> display(f, value, ty);
            case DEBUG -> {
                if (f.debugLowerHex()) radix(f, value, ty, 16, false);
                else if (f.debugUpperHex()) radix(f, value, ty, 16, true);
                else display(f, value, ty);
            }
            case LOWER_HEX, POINTER -> radix(f, value, ty, 16, false);
            case UPPER_HEX -> radix(f, value, ty, 16, true);
            case OCTAL -> radix(f, value, ty, 8, false);
            case BINARY -> radix(f, value, ty, 2, false);
            case LOWER_EXP -> exp(f, signedBig(value, ty), false);
            case UPPER_EXP -> exp(f, signedBig(value, ty), true);
        }
    }

    /** Formats a value of any width, 128-bit ones included. */
    public static void format(RustFormatter f, Trait trait, BigInteger value, IntTy ty) {
        BigInteger v = normalize(value, ty);
        switch (trait) {
            case DISPLAY -> f.padIntegral(v.signum() >= 0, "", v.abs().toString());
            case DEBUG -> {
                if (f.debugLowerHex()) radixBig(f, v, ty, 16, false);
                else if (f.debugUpperHex()) radixBig(f, v, ty, 16, true);
                else f.padIntegral(v.signum() >= 0, "", v.abs().toString());
            }
            case LOWER_HEX, POINTER -> radixBig(f, v, ty, 16, false);
            case UPPER_HEX -> radixBig(f, v, ty, 16, true);
            case OCTAL -> radixBig(f, v, ty, 8, false);
            case BINARY -> radixBig(f, v, ty, 2, false);
            case LOWER_EXP -> exp(f, v, false);
            case UPPER_EXP -> exp(f, v, true);
        }
    }

    /**
     * Rust's {@code {:p}}: the address in hex with `0x`; under `#` zero-padded to 18 characters
     * unless a width is given.
     */
    public static void pointer(RustFormatter f, long address) {
        RustFormatter p = f.forPointer();
        radix(p, address, IntTy.USIZE, 16, false);
    }

    private static void display(RustFormatter f, long value, IntTy ty) {
        if (ty.signed()) {
            f.padIntegral(value >= 0, "", Long.toUnsignedString(value >= 0 ? value : -value));
        } else {
            f.padIntegral(true, "", Long.toUnsignedString(truncate(value, ty.bits())));
        }
    }

    private static void radix(RustFormatter f, long value, IntTy ty, int radix, boolean upper) {
        String digits = Long.toUnsignedString(truncate(value, ty.bits()), radix);
        f.padIntegral(true, prefix(radix), upper ? digits.toUpperCase() : digits);
    }

    private static void radixBig(RustFormatter f, BigInteger v, IntTy ty, int radix, boolean upper) {
        BigInteger bits = v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(ty.bits())) : v;
        String digits = bits.toString(radix);
        f.padIntegral(true, prefix(radix), upper ? digits.toUpperCase() : digits);
    }

    private static void exp(RustFormatter f, BigInteger v, boolean upper) {
        int prec = f.precision();
        BigDecimal exact = new BigDecimal(v);
        DecimalDigits d = prec == RustFormatter.NONE
                ? DecimalDigits.fromBigDecimal(exact)
                : DecimalDigits.significant(exact, prec + 1);
        if (v.signum() == 0) d = null;
        String sign = v.signum() < 0 ? "-" : f.signPlus() ? "+" : "";
        f.padFormatted(sign, FloatFormat.scientific(d, prec == RustFormatter.NONE ? 0 : prec, upper));
    }

    private static String prefix(int radix) {
        return switch (radix) { case 16 -> "0x"; case 8 -> "0o"; default -> "0b"; };
    }

    private static long truncate(long value, int bits) {
        return bits >= 64 ? value : value & ((1L << bits) - 1);
    }

    private static BigInteger signedBig(long value, IntTy ty) {
        if (ty.signed() || value >= 0) return BigInteger.valueOf(value);
        return BigInteger.valueOf(value).add(BigInteger.ONE.shiftLeft(64));
    }

    /** Reads {@code value} as the type's mathematical value (raw unsigned bits become non-negative). */
    private static BigInteger normalize(BigInteger value, IntTy ty) {
        if (!ty.signed() && value.signum() < 0) return value.add(ty.bits() == 128 ? TWO_128 : BigInteger.ONE.shiftLeft(ty.bits()));
        return value;
    }
}
