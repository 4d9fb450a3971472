package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Rvalue.BinOp;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.IntTy;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Methods of the integer types (keys "i32::pow" ...), f32/f64 and char. */
final class NumBuiltins {
    private NumBuiltins() {}

    static void register(Map<String, Builtins.Native> r) {
        for (IntTy t : IntTy.values()) ints(r, t.rustName(), t);
        for (FloatTy t : FloatTy.values()) floats(r, t.rustName(), t);
        chars(r);
    }

    private static Value.Int i(Builtins.Call c, int k) {
        Value v = c.args()[k];
        if (v instanceof Value.Ptr) v = c.deref(k);
        return (Value.Int) v;
    }

    private static void ints(Map<String, Builtins.Native> r, String n, IntTy t) {
        r.put(n + "::pow", c -> {
            Value.Int base = i(c, 0);
            long e = i(c, 1).bits();
            Value acc = new Value.Int(1, t);
            for (long k = 0; k < e; k++) {
                Arith.Checked ch = Arith.checked(BinOp.MUL, acc, base, c.span());
                if (ch.overflow()) throw c.panic("attempt to multiply with overflow");
                acc = ch.value();
            }
            return acc;
        });
        r.put(n + "::abs", c -> {
            long v = i(c, 0).bits();
            if (t.signed() && v == Arith.minValue(t)) throw c.panic("attempt to negate with overflow");
            return new Value.Int(Math.abs(v), t);
        });
        r.put(n + "::min", c -> Arith.compare(i(c, 0), i(c, 1), c.span()) <= 0 ? i(c, 0) : i(c, 1));
        r.put(n + "::max", c -> Arith.compare(i(c, 0), i(c, 1), c.span()) > 0 ? i(c, 0) : i(c, 1));
        r.put(n + "::signum", c -> new Value.Int(Long.signum(i(c, 0).bits()), t));
        r.put(n + "::is_positive", c -> Arith.bool(i(c, 0).bits() > 0));
        r.put(n + "::is_negative", c -> Arith.bool(i(c, 0).bits() < 0));
        r.put(n + "::count_ones", c -> new Value.Int(Long.bitCount(Arith.wrap(i(c, 0).bits(), unsigned(t))), IntTy.U32));
        r.put(n + "::leading_zeros", c -> new Value.Int(
                Long.numberOfLeadingZeros(Arith.wrap(i(c, 0).bits(), unsigned(t))) - (64 - t.bits()), IntTy.U32));
        r.put(n + "::trailing_zeros", c -> new Value.Int(
                Math.min(Long.numberOfTrailingZeros(i(c, 0).bits()), t.bits()), IntTy.U32));
        r.put(n + "::wrapping_neg", c -> new Value.Int(Arith.wrap(-i(c, 0).bits(), t), t));
        r.put(n + "::wrapping_shl", c -> new Value.Int(Arith.wrap(i(c, 0).bits() << (i(c, 1).bits() & (t.bits() - 1)), t), t));
        r.put(n + "::wrapping_shr", c -> {
            int sh = (int) (i(c, 1).bits() & (t.bits() - 1));
            long v = i(c, 0).bits();
            return new Value.Int(Arith.wrap(t.signed() ? v >> sh : Arith.wrap(v, unsigned(t)) >>> sh, t), t);
        });
        r.put(n + "::rotate_left", c -> rotate(i(c, 0).bits(), (int) i(c, 1).bits(), t, true));
        r.put(n + "::rotate_right", c -> rotate(i(c, 0).bits(), (int) i(c, 1).bits(), t, false));
        r.put(n + "::is_power_of_two", c -> Arith.bool(i(c, 0).bits() != 0 && Long.bitCount(i(c, 0).bits()) == 1));
        r.put(n + "::unsigned_abs", c -> new Value.Int(Arith.wrap(Math.abs(i(c, 0).bits()), unsigned(t)), unsigned(t)));
        r.put(n + "::div_euclid", c -> {
            long a = i(c, 0).bits(), b = i(c, 1).bits();
            if (b == 0) throw c.panic("attempt to divide by zero");
            if (t.signed() && a == Arith.minValue(t) && b == -1) throw c.panic("attempt to divide with overflow");
            if (!t.signed()) return new Value.Int(t.bits() == 64 ? Long.divideUnsigned(a, b) : a / b, t);
            long q = a / b;
            if (a % b < 0) q = b > 0 ? q - 1 : q + 1;
            return new Value.Int(q, t);
        });
        r.put(n + "::rem_euclid", c -> {
            long a = i(c, 0).bits(), b = i(c, 1).bits();
            if (b == 0) throw c.panic("attempt to calculate the remainder with a divisor of zero");
            long m = a % b;
            return new Value.Int(m < 0 ? m + Math.abs(b) : m, t);
        });
        r.put(n + "::abs_diff", c -> {
            long a = i(c, 0).bits(), b = i(c, 1).bits();
            boolean lt = t.signed() ? a < b : Long.compareUnsigned(a, b) < 0;
            return new Value.Int(lt ? b - a : a - b, unsigned(t));
        });
        for (BinOp op : new BinOp[] {BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.DIV, BinOp.REM}) {
            String name = op.name().toLowerCase();
            r.put(n + "::checked_" + name, c -> {
                if ((op == BinOp.DIV || op == BinOp.REM) && i(c, 1).bits() == 0) return c.m().types.none();
                Arith.Checked ch = Arith.checked(op, i(c, 0), i(c, 1), c.span());
                return ch.overflow() ? c.m().types.none() : c.m().types.some(ch.value());
            });
            r.put(n + "::wrapping_" + name, c -> Arith.checked(op, i(c, 0), i(c, 1), c.span()).value());
            r.put(n + "::overflowing_" + name, c -> {
                Arith.Checked ch = Arith.checked(op, i(c, 0), i(c, 1), c.span());
                return Value.Agg.of(ch.value(), Arith.bool(ch.overflow()));
            });
            r.put(n + "::saturating_" + name, c -> {
                Arith.Checked ch = Arith.checked(op, i(c, 0), i(c, 1), c.span());
                if (!ch.overflow()) return ch.value();
                boolean negative = switch (op) {
                    case ADD -> t.signed() && i(c, 1).bits() < 0;
                    case SUB -> !t.signed() || i(c, 1).bits() > 0;
                    default -> t.signed() && (i(c, 0).bits() < 0) != (i(c, 1).bits() < 0);
                };
                return new Value.Int(negative ? Arith.minValue(t) : Arith.maxValue(t), t);
            });
        }
    }

    private static Value rotate(long v, int n, IntTy t, boolean left) {
        int bits = t.bits();
        long u = Arith.wrap(v, unsigned(t));
        n = ((n % bits) + bits) % bits;
        if (!left) n = (bits - n) % bits;
        long r = bits == 64 ? Long.rotateLeft(u, n) : ((u << n) | (u >>> (bits - n))) & ((1L << bits) - 1);
        return new Value.Int(Arith.wrap(r, t), t);
    }

    private static IntTy unsigned(IntTy t) {
        return switch (t.bits()) {
            case 8 -> IntTy.U8;
            case 16 -> IntTy.U16;
            case 32 -> IntTy.U32;
            default -> t == IntTy.ISIZE || t == IntTy.USIZE ? IntTy.USIZE : IntTy.U64;
        };
    }

    private static double f(Builtins.Call c, int k) {
        Value v = c.args()[k];
        if (v instanceof Value.Ptr) v = c.deref(k);
        return ((Value.Float) v).v();
    }

    private static void unary(Map<String, Builtins.Native> r, String n, FloatTy t, String name, DoubleUnaryOperator op) {
        r.put(n + "::" + name, c -> Arith.flt(op.applyAsDouble(f(c, 0)), t));
    }

    private static void floats(Map<String, Builtins.Native> r, String n, FloatTy t) {
        unary(r, n, t, "sqrt", Math::sqrt);
        unary(r, n, t, "abs", Math::abs);
        unary(r, n, t, "floor", Math::floor);
        unary(r, n, t, "ceil", Math::ceil);
        unary(r, n, t, "round", x -> x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5));
        unary(r, n, t, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        unary(r, n, t, "fract", x -> x - (x < 0 ? Math.ceil(x) : Math.floor(x)));
        unary(r, n, t, "sin", Math::sin);
        unary(r, n, t, "cos", Math::cos);
        unary(r, n, t, "tan", Math::tan);
        unary(r, n, t, "exp", Math::exp);
        unary(r, n, t, "ln", Math::log);
        unary(r, n, t, "log10", Math::log10);
        unary(r, n, t, "log2", x -> Math.log(x) / Math.log(2));
        unary(r, n, t, "to_degrees", Math::toDegrees);
        unary(r, n, t, "to_radians", Math::toRadians);
        unary(r, n, t, "signum", x -> Double.isNaN(x) ? x : Math.copySign(1.0, x));
        r.put(n + "::powi", c -> Arith.flt(Math.pow(f(c, 0), i(c, 1).bits()), t));
        r.put(n + "::powf", c -> Arith.flt(Math.pow(f(c, 0), f(c, 1)), t));
        // operands that compare equal (0.0 and -0.0) give self, as rustc's build on x86-64 (measured)
        r.put(n + "::min", c -> Arith.flt(Double.isNaN(f(c, 0)) ? f(c, 1) : Double.isNaN(f(c, 1)) ? f(c, 0)
                : f(c, 1) < f(c, 0) ? f(c, 1) : f(c, 0), t));
        r.put(n + "::max", c -> Arith.flt(Double.isNaN(f(c, 0)) ? f(c, 1) : Double.isNaN(f(c, 1)) ? f(c, 0)
                : f(c, 1) > f(c, 0) ? f(c, 1) : f(c, 0), t));
        r.put(n + "::is_nan", c -> Arith.bool(Double.isNaN(f(c, 0))));
        r.put(n + "::is_finite", c -> Arith.bool(Double.isFinite(f(c, 0))));
        r.put(n + "::is_infinite", c -> Arith.bool(Double.isInfinite(f(c, 0))));
        r.put(n + "::is_sign_negative", c -> Arith.bool(Math.copySign(1.0, f(c, 0)) < 0));
        r.put(n + "::mul_add", c -> Arith.flt(Math.fma(f(c, 0), f(c, 1), f(c, 2)), t));
        r.put(n + "::hypot", c -> Arith.flt(Math.hypot(f(c, 0), f(c, 1)), t));
        r.put(n + "::atan2", c -> Arith.flt(Math.atan2(f(c, 0), f(c, 1)), t));
        unary(r, n, t, "cbrt", Math::cbrt);
        unary(r, n, t, "asin", Math::asin);
        unary(r, n, t, "acos", Math::acos);
        unary(r, n, t, "atan", Math::atan);
        unary(r, n, t, "exp2", x -> Math.pow(2, x));
        unary(r, n, t, "recip", x -> 1 / x);
        r.put(n + "::is_sign_positive", c -> Arith.bool(Math.copySign(1.0, f(c, 0)) > 0));
        r.put(n + "::copysign", c -> Arith.flt(Math.copySign(f(c, 0), f(c, 1)), t));
        r.put(n + "::log", c -> Arith.flt(Math.log(f(c, 0)) / Math.log(f(c, 1)), t));
        // The IEEE bits, as rustc's to_bits/from_bits (f32 values are held as doubles). A NaN reads as
        // the positive quiet NaN of `f64::NAN`/`f32::NAN` (the machine does not keep NaN signs).
        if (t == FloatTy.F64) {
            r.put(n + "::to_bits", c -> new Value.Int(Double.doubleToLongBits(f(c, 0)), IntTy.U64));
            r.put(n + "::from_bits", c -> Arith.flt(Double.longBitsToDouble(i(c, 0).bits()), t));
        } else {
            r.put(n + "::to_bits", c -> new Value.Int(Float.floatToIntBits((float) f(c, 0)) & 0xffffffffL, IntTy.U32));
            r.put(n + "::from_bits", c -> Arith.flt(Float.intBitsToFloat((int) i(c, 0).bits()), t));
        }
    }

    private static int ch(Builtins.Call c) {
        Value v = c.args()[0];
        if (v instanceof Value.Ptr) v = c.deref(0);
        return ((Value.Char) v).cp();
    }

    private static int byteArg(Builtins.Call c) {
        Value v = c.args()[0];
        if (v instanceof Value.Ptr) v = c.deref(0);
        return (int) (((Value.Int) v).bits() & 0xff);
    }

    private static int asciiLower(int cp) { return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp; }

    private static boolean asciiClass(int cp, String cls) {
        boolean digit = cp >= '0' && cp <= '9', alpha = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        return switch (cls) {
            case "digit" -> digit;
            case "alpha" -> alpha;
            case "alnum" -> digit || alpha;
            case "space" -> cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r';
            case "hex" -> digit || (cp >= 'a' && cp <= 'f') || (cp >= 'A' && cp <= 'F');
            default -> throw new IllegalArgumentException(cls);
        };
    }

    /** The full case mapping of a char (Java's String mapping is Unicode's, as Rust's). */
    private static String caseMap(Builtins.Call c) {
        String s = Character.toString(((Value.Char) c.args()[0]).cp());
        return ((Value.Bool) c.args()[1]).v() ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT);
    }

    private static void chars(Map<String, Builtins.Native> r) {
        // Rust's is_alphabetic is Unicode's derived Alphabetic property (letters, letter numbers, Other_Alphabetic)
        r.put("char::is_alphabetic", c -> Arith.bool(Character.isAlphabetic(ch(c))));
        r.put("char::is_numeric", c -> Arith.bool(Character.isDigit(ch(c)) || Character.getType(ch(c)) == Character.LETTER_NUMBER
                || Character.getType(ch(c)) == Character.OTHER_NUMBER));
        // std: alphabetic or numeric (Nd, Nl, No)
        r.put("char::is_alphanumeric", c -> Arith.bool(Character.isAlphabetic(ch(c)) || Character.isDigit(ch(c))
                || Character.getType(ch(c)) == Character.LETTER_NUMBER || Character.getType(ch(c)) == Character.OTHER_NUMBER));
        r.put("char::is_whitespace", c -> Arith.bool(StringBuiltins.isRustWhitespace(ch(c))));
        r.put("char::is_uppercase", c -> Arith.bool(Character.isUpperCase(ch(c))));
        r.put("char::is_lowercase", c -> Arith.bool(Character.isLowerCase(ch(c))));
        r.put("char::is_ascii", c -> Arith.bool(ch(c) < 128));
        r.put("char::is_ascii_digit", c -> Arith.bool(ch(c) >= '0' && ch(c) <= '9'));
        r.put("char::is_ascii_alphabetic", c -> Arith.bool((ch(c) | 32) >= 'a' && (ch(c) | 32) <= 'z'));
        r.put("char::is_ascii_uppercase", c -> Arith.bool(ch(c) >= 'A' && ch(c) <= 'Z'));
        r.put("char::is_ascii_lowercase", c -> Arith.bool(ch(c) >= 'a' && ch(c) <= 'z'));
        r.put("char::is_ascii_punctuation", c -> Arith.bool(ch(c) < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(ch(c)) >= 0));
        r.put("char::to_ascii_uppercase", c -> new Value.Char(ch(c) >= 'a' && ch(c) <= 'z' ? ch(c) - 32 : ch(c)));
        r.put("char::to_ascii_lowercase", c -> new Value.Char(ch(c) >= 'A' && ch(c) <= 'Z' ? ch(c) + 32 : ch(c)));
        r.put("char::is_ascii_alphanumeric", c -> Arith.bool(asciiClass(ch(c), "alnum")));
        r.put("char::is_ascii_whitespace", c -> Arith.bool(asciiClass(ch(c), "space")));
        r.put("char::is_ascii_hexdigit", c -> Arith.bool(asciiClass(ch(c), "hex")));
        r.put("char::is_ascii_graphic", c -> Arith.bool(ch(c) > 32 && ch(c) < 127));
        r.put("char::is_control", c -> Arith.bool(Character.getType(ch(c)) == Character.CONTROL));
        r.put("char::is_digit", c -> {
            long radix = ((Value.Int) c.args()[1]).bits();
            if (radix < 2 || radix > 36) throw new MachineStop.Panic("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive", c.span());
            return Arith.bool(ch(c) < 128 && Character.digit(ch(c), (int) radix) >= 0);
        });
        r.put("char::eq_ignore_ascii_case", c -> Arith.bool(asciiLower(ch(c)) == asciiLower(((Value.Char) c.deref(1)).cp())));
        r.put("char::case_len", c -> Value.usize(caseMap(c).codePointCount(0, caseMap(c).length())));
        r.put("char::case_at", c -> {
            String m = caseMap(c);
            return new Value.Char(m.codePointAt(m.offsetByCodePoints(0, (int) ((Value.Int) c.args()[2]).bits())));
        });
        // u8's ASCII helpers take `&self`: the byte is behind a reference.
        r.put("u8::is_ascii", c -> Arith.bool(byteArg(c) < 128));
        r.put("u8::is_ascii_digit", c -> Arith.bool(asciiClass(byteArg(c), "digit")));
        r.put("u8::is_ascii_alphabetic", c -> Arith.bool(asciiClass(byteArg(c), "alpha")));
        r.put("u8::is_ascii_alphanumeric", c -> Arith.bool(asciiClass(byteArg(c), "alnum")));
        r.put("u8::is_ascii_uppercase", c -> Arith.bool(byteArg(c) >= 'A' && byteArg(c) <= 'Z'));
        r.put("u8::is_ascii_lowercase", c -> Arith.bool(byteArg(c) >= 'a' && byteArg(c) <= 'z'));
        r.put("u8::is_ascii_whitespace", c -> Arith.bool(asciiClass(byteArg(c), "space")));
        r.put("u8::is_ascii_punctuation", c -> Arith.bool(byteArg(c) < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(byteArg(c)) >= 0));
        r.put("u8::is_ascii_hexdigit", c -> Arith.bool(asciiClass(byteArg(c), "hex")));
        r.put("u8::is_ascii_graphic", c -> Arith.bool(byteArg(c) > 32 && byteArg(c) < 127));
        r.put("u8::is_ascii_control", c -> Arith.bool(byteArg(c) < 32 || byteArg(c) == 127));
        r.put("u8::to_ascii_uppercase", c -> new Value.Int(byteArg(c) >= 'a' && byteArg(c) <= 'z' ? byteArg(c) - 32 : byteArg(c), IntTy.U8));
        r.put("u8::to_ascii_lowercase", c -> new Value.Int(asciiLower(byteArg(c)), IntTy.U8));
        r.put("u8::eq_ignore_ascii_case", c -> Arith.bool(asciiLower(byteArg(c)) == asciiLower((int) ((Value.Int) c.deref(1)).bits())));
        r.put("char::len_utf8", c -> Value.usize(ch(c) < 0x80 ? 1 : ch(c) < 0x800 ? 2 : ch(c) < 0x10000 ? 3 : 4));
        r.put("char::to_digit", c -> {
            long radix = ((Value.Int) c.args()[1]).bits();
            if (radix < 2 || radix > 36) throw c.panic("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
            int d = Character.digit(ch(c), (int) radix);
            if (ch(c) > 127) d = -1;
            return d < 0 ? c.m().types.none() : c.m().types.some(new Value.Int(d, IntTy.U32));
        });
        r.put("char::from_digit", c -> {
            long d = ((Value.Int) c.args()[0]).bits(), radix = ((Value.Int) c.args()[1]).bits();
            if (radix > 36) throw c.panic("from_digit: radix is too high (maximum 36)");
            if (d < 0 || d >= radix) return c.m().types.none();
            return c.m().types.some(new Value.Char(Character.forDigit((int) d, (int) radix)));
        });
        r.put("char::from_u32", c -> {
            long v = ((Value.Int) c.args()[0]).bits();
            if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return c.m().types.none();
            return c.m().types.some(new Value.Char((int) v));
        });
    }
}
