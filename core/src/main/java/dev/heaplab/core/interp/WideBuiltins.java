package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Rvalue.BinOp;
import dev.heaplab.core.types.IntTy;
import java.math.BigInteger;
import java.util.Map;

/**
 * The i128/u128 methods whose 64-bit versions ({@link NumBuiltins}, {@link IntExtras}) compute on a
 * long: the same keys, computed on exact values. Registered after them, so these replace theirs.
 */
final class WideBuiltins {
    private WideBuiltins() {}

    static void register(Map<String, Builtins.Native> r) {
        ints(r, IntTy.I128);
        ints(r, IntTy.U128);
    }

    private static BigInteger v(Builtins.Call c, int k) {
        Value x = c.args()[k];
        if (x instanceof Value.Ptr) x = c.deref(k);
        return ((Value.Int) x).big();
    }

    private static Value.Int of(BigInteger x, IntTy t) { return Value.Int.of(x, t); }

    private static Value.Int u32(long x) { return new Value.Int(x, IntTy.U32); }

    private static IntTy unsigned(IntTy t) { return t.signed() ? IntTy.U128 : t; }

    private static Value sat(BigInteger x, IntTy t) {
        return of(x.compareTo(Wide.min(t)) < 0 ? Wide.min(t) : x.compareTo(Wide.max(t)) > 0 ? Wide.max(t) : x, t);
    }

    private static Value opt(Builtins.Call c, BigInteger x, IntTy t) {
        return x != null && Wide.fits(x, t) ? c.m().types.some(of(x, t)) : c.m().types.none();
    }

    /** Exact quotient or remainder rounded as Rust's `div_euclid`/`rem_euclid` (remainder never negative). */
    private static BigInteger euclid(BigInteger a, BigInteger b, boolean div) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() < 0) {
            qr[1] = qr[1].add(b.abs());
            qr[0] = b.signum() > 0 ? qr[0].subtract(BigInteger.ONE) : qr[0].add(BigInteger.ONE);
        }
        return div ? qr[0] : qr[1];
    }

    private static int leadingZeros(BigInteger bits, int width) { return width - bits.bitLength(); }

    private static void ints(Map<String, Builtins.Native> r, IntTy t) {
        String n = t.rustName();
        int w = t.bits();
        BigInteger width = BigInteger.valueOf(w);
        r.put(n + "::abs", c -> {
            BigInteger x = v(c, 0);
            if (x.equals(Wide.min(t)) && t.signed()) throw c.panic("attempt to negate with overflow");
            return of(x.abs(), t);
        });
        r.put(n + "::signum", c -> of(BigInteger.valueOf(v(c, 0).signum()), t));
        r.put(n + "::is_positive", c -> Arith.bool(v(c, 0).signum() > 0));
        r.put(n + "::is_negative", c -> Arith.bool(v(c, 0).signum() < 0));
        r.put(n + "::count_ones", c -> u32(Wide.bitsOf(v(c, 0), t).bitCount()));
        r.put(n + "::count_zeros", c -> u32(w - Wide.bitsOf(v(c, 0), t).bitCount()));
        r.put(n + "::leading_zeros", c -> u32(leadingZeros(Wide.bitsOf(v(c, 0), t), w)));
        r.put(n + "::leading_ones", c -> u32(leadingZeros(Wide.bitsOf(v(c, 0), t).not().add(BigInteger.ONE.shiftLeft(w)), w)));
        r.put(n + "::trailing_zeros", c -> {
            BigInteger x = v(c, 0);
            return u32(x.signum() == 0 ? w : x.getLowestSetBit());
        });
        r.put(n + "::trailing_ones", c -> {
            BigInteger x = Wide.bitsOf(v(c, 0), t).not();
            return u32(Math.min(w, x.getLowestSetBit()));
        });
        r.put(n + "::wrapping_neg", c -> of(v(c, 0).negate(), t));
        r.put(n + "::checked_neg", c -> opt(c, v(c, 0).negate(), t));
        r.put(n + "::checked_abs", c -> opt(c, v(c, 0).abs(), t));
        r.put(n + "::wrapping_abs", c -> of(v(c, 0).abs(), t));
        r.put(n + "::unsigned_abs", c -> of(v(c, 0).abs(), unsigned(t)));
        r.put(n + "::abs_diff", c -> of(v(c, 0).subtract(v(c, 1)).abs(), unsigned(t)));
        r.put(n + "::wrapping_shl", c -> of(Wide.exact(BinOp.SHL, v(c, 0), v(c, 1), t), t));
        r.put(n + "::wrapping_shr", c -> of(Wide.exact(BinOp.SHR, v(c, 0), v(c, 1), t), t));
        r.put(n + "::checked_shl", c -> v(c, 1).compareTo(width) >= 0 ? c.m().types.none()
                : c.m().types.some(of(Wide.exact(BinOp.SHL, v(c, 0), v(c, 1), t), t)));
        r.put(n + "::checked_shr", c -> v(c, 1).compareTo(width) >= 0 ? c.m().types.none()
                : c.m().types.some(of(Wide.exact(BinOp.SHR, v(c, 0), v(c, 1), t), t)));
        r.put(n + "::rotate_left", c -> rotate(v(c, 0), v(c, 1).intValue(), t));
        r.put(n + "::rotate_right", c -> rotate(v(c, 0), w - Math.floorMod(v(c, 1).intValue(), w), t));
        r.put(n + "::swap_bytes", c -> {
            byte[] be = toBytes(Wide.bitsOf(v(c, 0), t), w / 8);
            for (int i = 0; i < be.length / 2; i++) { byte b = be[i]; be[i] = be[be.length - 1 - i]; be[be.length - 1 - i] = b; }
            return of(new BigInteger(1, be), t);
        });
        r.put(n + "::reverse_bits", c -> {
            BigInteger x = Wide.bitsOf(v(c, 0), t), out = BigInteger.ZERO;
            for (int i = 0; i < w; i++) if (x.testBit(i)) out = out.setBit(w - 1 - i);
            return of(out, t);
        });
        r.put(n + "::to_be", c -> r.get(n + "::swap_bytes").call(c));
        r.put(n + "::to_le", c -> of(v(c, 0), t));
        r.put(n + "::is_power_of_two", c -> Arith.bool(v(c, 0).signum() > 0 && v(c, 0).bitCount() == 1));
        r.put(n + "::next_power_of_two", c -> {
            BigInteger x = v(c, 0);
            BigInteger p = x.compareTo(BigInteger.ONE) <= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(x.subtract(BigInteger.ONE).bitLength());
            if (!Wide.fits(p, t)) throw c.panic("attempt to add with overflow");
            return of(p, t);
        });
        r.put(n + "::checked_next_power_of_two", c -> {
            BigInteger x = v(c, 0);
            BigInteger p = x.compareTo(BigInteger.ONE) <= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(x.subtract(BigInteger.ONE).bitLength());
            return opt(c, p, t);
        });
        r.put(n + "::div_euclid", c -> {
            BigInteger a = v(c, 0), b = v(c, 1);
            if (b.signum() == 0) throw c.panic("attempt to divide by zero");
            BigInteger q = euclid(a, b, true);
            if (!Wide.fits(q, t)) throw c.panic("attempt to divide with overflow");
            return of(q, t);
        });
        r.put(n + "::rem_euclid", c -> {
            BigInteger a = v(c, 0), b = v(c, 1);
            if (b.signum() == 0) throw c.panic("attempt to calculate the remainder with a divisor of zero");
            if (t.signed() && a.equals(Wide.min(t)) && b.equals(BigInteger.ONE.negate()))
                throw c.panic("attempt to calculate the remainder with overflow");
            return of(euclid(a, b, false), t);
        });
        r.put(n + "::is_multiple_of", c -> {
            BigInteger a = v(c, 0), b = v(c, 1);
            return Arith.bool(b.signum() == 0 ? a.signum() == 0 : a.mod(b).signum() == 0);
        });
        r.put(n + "::midpoint", c -> {
            BigInteger s = v(c, 0).add(v(c, 1));
            // std rounds toward negative infinity for unsigned, toward zero for signed
            return of(t.signed() ? new java.math.BigDecimal(s).divide(java.math.BigDecimal.valueOf(2), java.math.RoundingMode.DOWN).toBigInteger()
                    : s.shiftRight(1), t);
        });
        r.put(n + "::isqrt", c -> {
            BigInteger x = v(c, 0);
            if (x.signum() < 0) throw c.panic("argument of integer square root cannot be negative");
            return of(x.sqrt(), t);
        });
        r.put(n + "::ilog2", c -> {
            BigInteger x = v(c, 0);
            if (x.signum() <= 0) throw c.panic("argument of integer logarithm must be positive");
            return u32(x.bitLength() - 1);
        });
        r.put(n + "::checked_ilog2", c -> v(c, 0).signum() <= 0 ? c.m().types.none() : c.m().types.some(u32(v(c, 0).bitLength() - 1)));
        r.put(n + "::ilog10", c -> {
            BigInteger x = v(c, 0);
            if (x.signum() <= 0) throw c.panic("argument of integer logarithm must be positive");
            return u32(x.toString().length() - 1);
        });
        r.put(n + "::checked_ilog10", c -> v(c, 0).signum() <= 0 ? c.m().types.none() : c.m().types.some(u32(v(c, 0).toString().length() - 1)));
        r.put(n + "::ilog", c -> {
            BigInteger x = v(c, 0), b = v(c, 1);
            if (x.signum() <= 0 || b.compareTo(BigInteger.TWO) < 0) throw c.panic("argument of integer logarithm must be positive");
            long k = 0;
            for (BigInteger p = b; p.compareTo(x) <= 0; p = p.multiply(b)) k++;
            return u32(k);
        });
        r.put(n + "::checked_pow", c -> opt(c, v(c, 0).pow(v(c, 1).intValue()), t));
        r.put(n + "::wrapping_pow", c -> of(v(c, 0).pow(v(c, 1).intValue()), t));
        r.put(n + "::saturating_pow", c -> sat(v(c, 0).pow(v(c, 1).intValue()), t));
        r.put(n + "::overflowing_pow", c -> {
            BigInteger p = v(c, 0).pow(v(c, 1).intValue());
            return Value.Agg.of(of(p, t), Arith.bool(!Wide.fits(p, t)));
        });
        r.put(n + "::pow", c -> {
            BigInteger p = v(c, 0).pow(v(c, 1).intValue());
            if (!Wide.fits(p, t)) throw c.panic("attempt to multiply with overflow");
            return of(p, t);
        });
        if (!t.signed()) {
            r.put(n + "::div_ceil", c -> {
                BigInteger a = v(c, 0), b = v(c, 1);
                if (b.signum() == 0) throw c.panic("attempt to divide by zero");
                BigInteger[] qr = a.divideAndRemainder(b);
                return of(qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE), t);
            });
            r.put(n + "::next_multiple_of", c -> {
                BigInteger a = v(c, 0), b = v(c, 1);
                if (b.signum() == 0) throw c.panic("attempt to calculate the remainder with a divisor of zero");
                BigInteger rem = a.mod(b), res = rem.signum() == 0 ? a : a.add(b.subtract(rem));
                if (!Wide.fits(res, t)) throw c.panic("attempt to add with overflow");
                return of(res, t);
            });
        }
        r.put(n + "::checked_next_multiple_of", c -> {
            BigInteger a = v(c, 0), b = v(c, 1);
            if (b.signum() == 0) return c.m().types.none();
            BigInteger rem = a.mod(b);
            return opt(c, rem.signum() == 0 ? a : a.add(b.subtract(rem)), t);
        });
        for (BinOp op : new BinOp[] {BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.DIV, BinOp.REM}) {
            String name = op.name().toLowerCase();
            r.put(n + "::checked_" + name, c -> {
                if ((op == BinOp.DIV || op == BinOp.REM) && v(c, 1).signum() == 0) return c.m().types.none();
                return opt(c, Wide.exact(op, v(c, 0), v(c, 1), t), t);
            });
            r.put(n + "::saturating_" + name, c -> {
                if ((op == BinOp.DIV || op == BinOp.REM) && v(c, 1).signum() == 0)
                    throw c.panic(op == BinOp.DIV ? "attempt to divide by zero" : "attempt to calculate the remainder with a divisor of zero");
                return sat(Wide.exact(op, v(c, 0), v(c, 1), t), t);
            });
        }
    }

    private static Value rotate(BigInteger x, int k, IntTy t) {
        int w = t.bits();
        k = Math.floorMod(k, w);
        BigInteger u = Wide.bitsOf(x, t), mask = BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE);
        return of(u.shiftLeft(k).or(u.shiftRight(w - k)).and(mask), t);
    }

    private static byte[] toBytes(BigInteger u, int n) {
        byte[] raw = u.toByteArray(), out = new byte[n];
        for (int i = 0; i < n && i < raw.length; i++) out[n - 1 - i] = raw[raw.length - 1 - i];
        return out;
    }
}
