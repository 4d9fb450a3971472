package dev.heaplab.core.interp;

import dev.heaplab.core.types.IntTy;
import java.math.BigInteger;
import java.util.Map;

/** More integer methods: bit manipulation, checked/wrapping/saturating pow and neg, integer logs and roots. */
final class IntExtras {
    private IntExtras() {}

    static void register(Map<String, Builtins.Native> r) {
        for (IntTy t : IntTy.values()) if (t.bits() <= 64) ints(r, t.rustName(), t);
    }

    private static long v(Builtins.Call c, int k) {
        Value x = c.args()[k];
        if (x instanceof Value.Ptr) x = c.deref(k);
        return ((Value.Int) x).bits();
    }

    /** The value's bits as an unsigned number of the type's width. */
    private static long u(long v, IntTy t) { return t.bits() == 64 ? v : v & ((1L << t.bits()) - 1); }

    private static Value.Int of(long v, IntTy t) { return new Value.Int(Arith.wrap(v, t), t); }

    private static Value.Int u32(long v) { return new Value.Int(v, IntTy.U32); }

    /** The exact value as a BigInteger (unsigned types read their bits unsigned). */
    private static BigInteger big(long v, IntTy t) {
        return t.signed() ? BigInteger.valueOf(v) : new BigInteger(Long.toUnsignedString(u(v, t)));
    }

    private static boolean fits(BigInteger b, IntTy t) {
        return b.compareTo(big(Arith.minValue(t), t)) >= 0 && b.compareTo(big(Arith.maxValue(t), t)) <= 0;
    }

    private static void ints(Map<String, Builtins.Native> r, String n, IntTy t) {
        int bits = t.bits();
        r.put(n + "::checked_neg", c -> {
            long x = v(c, 0);
            if (t.signed() ? x == Arith.minValue(t) : x != 0) return c.m().types.none();
            return c.m().types.some(of(-x, t));
        });
        r.put(n + "::checked_abs", c -> {
            long x = v(c, 0);
            return x == Arith.minValue(t) ? c.m().types.none() : c.m().types.some(of(Math.abs(x), t));
        });
        r.put(n + "::wrapping_abs", c -> of(Math.abs(v(c, 0)), t));
        r.put(n + "::count_zeros", c -> u32(bits - Long.bitCount(u(v(c, 0), t))));
        r.put(n + "::leading_ones", c -> u32(Long.numberOfLeadingZeros(u(~v(c, 0), t)) - (64 - bits)));
        r.put(n + "::trailing_ones", c -> u32(Math.min(Long.numberOfTrailingZeros(~v(c, 0)), bits)));
        r.put(n + "::swap_bytes", c -> of(Long.reverseBytes(u(v(c, 0), t)) >>> (64 - bits), t));
        r.put(n + "::reverse_bits", c -> of(Long.reverse(u(v(c, 0), t)) >>> (64 - bits), t));
        r.put(n + "::to_be", c -> of(Long.reverseBytes(u(v(c, 0), t)) >>> (64 - bits), t));
        r.put(n + "::to_le", c -> of(v(c, 0), t));
        r.put(n + "::checked_pow", c -> {
            BigInteger p = big(v(c, 0), t).pow((int) v(c, 1));
            return fits(p, t) ? c.m().types.some(of(p.longValue(), t)) : c.m().types.none();
        });
        r.put(n + "::wrapping_pow", c -> of(big(v(c, 0), t).pow((int) v(c, 1)).longValue(), t));
        r.put(n + "::overflowing_pow", c -> {
            BigInteger p = big(v(c, 0), t).pow((int) v(c, 1));
            return Value.Agg.of(of(p.longValue(), t), Arith.bool(!fits(p, t)));
        });
        r.put(n + "::saturating_pow", c -> {
            BigInteger p = big(v(c, 0), t).pow((int) v(c, 1));
            if (fits(p, t)) return of(p.longValue(), t);
            return new Value.Int(p.signum() < 0 ? Arith.minValue(t) : Arith.maxValue(t), t);
        });
        r.put(n + "::checked_shl", c -> v(c, 1) < 0 || v(c, 1) >= bits ? c.m().types.none()
                : c.m().types.some(of(v(c, 0) << v(c, 1), t)));
        r.put(n + "::checked_shr", c -> {
            long sh = v(c, 1);
            if (sh < 0 || sh >= bits) return c.m().types.none();
            long x = v(c, 0);
            return c.m().types.some(of(t.signed() ? x >> sh : u(x, t) >>> sh, t));
        });
        r.put(n + "::isqrt", c -> {
            long x = v(c, 0);
            if (t.signed() && x < 0) throw c.panic("argument of integer square root cannot be negative");
            return of(big(x, t).sqrt().longValue(), t);
        });
        r.put(n + "::ilog2", c -> ilog(c, t, BigInteger.TWO));
        r.put(n + "::ilog10", c -> ilog(c, t, BigInteger.TEN));
        r.put(n + "::ilog", c -> ilog(c, t, big(v(c, 1), t)));
        r.put(n + "::checked_ilog2", c -> checkedLog(c, t, BigInteger.TWO));
        r.put(n + "::checked_ilog10", c -> checkedLog(c, t, BigInteger.TEN));
        r.put(n + "::is_multiple_of", c -> {
            long a = v(c, 0), b = v(c, 1);
            return Arith.bool(b == 0 ? a == 0 : Long.remainderUnsigned(a, b) == 0);
        });
        r.put(n + "::next_power_of_two", c -> {
            BigInteger x = big(v(c, 0), t), p = BigInteger.ONE;
            while (p.compareTo(x) < 0) p = p.shiftLeft(1);
            if (!fits(p, t)) throw c.panic("attempt to add with overflow");
            return of(p.longValue(), t);
        });
        r.put(n + "::checked_next_power_of_two", c -> {
            BigInteger x = big(v(c, 0), t), p = BigInteger.ONE;
            while (p.compareTo(x) < 0) p = p.shiftLeft(1);
            return fits(p, t) ? c.m().types.some(of(p.longValue(), t)) : c.m().types.none();
        });
        r.put(n + "::midpoint", c -> of(big(v(c, 0), t).add(big(v(c, 1), t)).shiftRight(1).longValue(), t));
        if (!t.signed()) {
            // Stable on unsigned types only (the signed ones are unstable, so not declared).
            r.put(n + "::div_ceil", c -> {
                BigInteger a = big(v(c, 0), t), b = big(v(c, 1), t);
                if (b.signum() == 0) throw c.panic("attempt to divide by zero");
                BigInteger[] qr = a.divideAndRemainder(b);
                return of((qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE)).longValue(), t);
            });
            r.put(n + "::next_multiple_of", c -> {
                BigInteger a = big(v(c, 0), t), b = big(v(c, 1), t);
                if (b.signum() == 0) throw c.panic("attempt to calculate the remainder with a divisor of zero");
                BigInteger m = a.mod(b), res = m.signum() == 0 ? a : a.add(b).subtract(m);
                if (!fits(res, t)) throw c.panic("attempt to add with overflow");
                return of(res.longValue(), t);
            });
        }
        r.put(n + "::checked_next_multiple_of", c -> {
            BigInteger a = big(v(c, 0), t), b = big(v(c, 1), t);
            if (b.signum() == 0) return c.m().types.none();
            BigInteger m = a.mod(b.abs());
            BigInteger res = m.signum() == 0 ? a : a.add(b.abs()).subtract(m);
            return fits(res, t) ? c.m().types.some(of(res.longValue(), t)) : c.m().types.none();
        });
    }

    private static Value ilog(Builtins.Call c, IntTy t, BigInteger base) {
        Value o = checkedLog(c, t, base);
        Value.Agg g = (Value.Agg) o;
        if (g.variant != c.m().types.optionVariant(true))
            throw c.panic(base.compareTo(BigInteger.TWO) < 0 ? "base of integer logarithm must be at least 2"
                    : "argument of integer logarithm must be positive");
        return g.fields[0];
    }

    private static Value checkedLog(Builtins.Call c, IntTy t, BigInteger base) {
        BigInteger x = big(v(c, 0), t);
        if (x.signum() <= 0 || base.compareTo(BigInteger.TWO) < 0) return c.m().types.none();
        long n = 0;
        for (BigInteger p = base; p.compareTo(x) <= 0; p = p.multiply(base)) n++;
        return c.m().types.some(u32(n));
    }
}
