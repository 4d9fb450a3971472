package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Rvalue.BinOp;
import dev.heaplab.core.mir.Rvalue.UnOp;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.interp.jit.Num;

/**
 * Integer and float arithmetic as in a Rust debug build.
 * <ul>
 * <li>integers are kept in a long, sign-extended (signed) or zero-extended (unsigned); i128/u128 values
 *     are computed exactly by {@link Wide};</li>
 * <li>a checked op returns the wrapped result and whether the exact result did not fit;</li>
 * <li>shifts mask the amount to the bit width and overflow when it is ≥ the width;</li>
 * <li>f32 results are rounded to float after each operation (exact for + − × ÷ through double).</li>
 * </ul>
 */
final class Arith {
    private Arith() {}

    /** Result of a checked operation. */
    record Checked(Value value, boolean overflow) {}

    static long wrap(long v, IntTy t) { return Num.wrap(v, t.bits(), t.signed()); }

    static Checked checked(BinOp op, Value l, Value r, Span span) {
        if (l instanceof Value.Int a && r instanceof Value.Int b) return checkedInt(op, a, b, span);
        return new Checked(binary(op, l, r, span), false);
    }

    private static Checked checkedInt(BinOp op, Value.Int a, Value.Int b, Span span) {
        IntTy t = a.ty();
        if (t.bits() > 64 || b.ty().bits() > 64) {
            if (!checkable(op)) return new Checked(binary(op, a, b, span), false);
            return Wide.checked(op, a, b.big(), span);
        }
        if (!checkable(op)) return new Checked(binary(op, a, b, span), false);
        long x = a.bits(), y = b.bits();
        if (divisionByZero(op, y)) throw new MachineStop.Panic(op == BinOp.DIV ? "attempt to divide by zero"
                : "attempt to calculate the remainder with a divisor of zero", span);
        return new Checked(new Value.Int(wrapping(op, x, y, t), t), overflows(op, x, y, t, b.ty().signed()));
    }

    /** The operators {@link #overflows} knows: arithmetic and shifts. */
    static boolean checkable(BinOp op) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM, SHL, SHR -> true;
            default -> false;
        };
    }

    static boolean divisionByZero(BinOp op, long y) { return y == 0 && (op == BinOp.DIV || op == BinOp.REM); }

    /**
     * {@code x op y} wrapped to {@code t} (at most 64 bits) for arithmetic, shifts (amount masked to
     * the width) and bit operations; a division by zero must be excluded first.
     */
    static long wrapping(BinOp op, long x, long y, IntTy t) {
        return switch (op) {
            case ADD, SUB, MUL, SHL, SHR, DIV, REM, BIT_AND, BIT_OR, BIT_XOR -> Num.wrapping(op, x, y, t.bits(), t.signed());
            default -> throw new MachineStop.Internal("integer operator " + op, null);
        };
    }

    /** Whether the exact result of a {@link #checkable} operator does not fit {@code t}; {@code ySigned}: the shift amount's type. */
    static boolean overflows(BinOp op, long x, long y, IntTy t, boolean ySigned) {
        return Num.overflows(op, x, y, t.bits(), t.signed(), ySigned);
    }

    /** A comparison operator on two integers of the same type. */
    static boolean compareInts(BinOp op, Value.Int a, Value.Int b) {
        if (a.wide() != null) {
            int c = a.big().compareTo(b.big());
            return switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }
        long x = a.bits(), y = b.bits();
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            default -> {
                int c = a.ty().signed() ? Long.compare(x, y) : Long.compareUnsigned(x, y);
                yield switch (op) {
                    case LT -> c < 0;
                    case LE -> c <= 0;
                    case GT -> c > 0;
                    default -> c >= 0;
                };
            }
        };
    }

    static long minValue(IntTy t) { return Num.minValue(t.bits(), t.signed()); }

    static long maxValue(IntTy t) { return Num.maxValue(t.bits(), t.signed()); }

    /** Unchecked arithmetic (wrapping), bit operations and comparisons. */
    static Value binary(BinOp op, Value l, Value r, Span span) {
        switch (op) {
            case EQ -> { return bool(equal(l, r)); }
            case NE -> { return bool(!equal(l, r)); }
            case LT, LE, GT, GE -> {
                if (l instanceof Value.Float a && r instanceof Value.Float b) {
                    double x = a.v(), y = b.v();
                    return bool(switch (op) { case LT -> x < y; case LE -> x <= y; case GT -> x > y; default -> x >= y; });
                }
                int c = compare(l, r, span);
                return bool(switch (op) { case LT -> c < 0; case LE -> c <= 0; case GT -> c > 0; default -> c >= 0; });
            }
            default -> { }
        }
        if (l instanceof Value.Float a && r instanceof Value.Float b) return floatOp(op, a, b, span);
        if (l instanceof Value.Bool a && r instanceof Value.Bool b) {
            return bool(switch (op) {
                case BIT_AND -> a.v() & b.v();
                case BIT_OR -> a.v() | b.v();
                case BIT_XOR -> a.v() ^ b.v();
                default -> throw new MachineStop.Internal("bool operator " + op, span);
            });
        }
        if (l instanceof Value.Int a && r instanceof Value.Int b) {
            IntTy t = a.ty();
            if (a.wide() != null) {
                return switch (op) {
                    case BIT_AND, BIT_OR, BIT_XOR -> Value.Int.of(Wide.exact(op, a.big(), b.big(), t), t);
                    default -> checkedInt(op, a, b, span).value();
                };
            }
            long x = a.bits(), y = b.bits();
            long res = switch (op) {
                case BIT_AND -> x & y;
                case BIT_OR -> x | y;
                case BIT_XOR -> x ^ y;
                default -> ((Value.Int) checkedInt(op, a, b, span).value()).bits();
            };
            return new Value.Int(wrap(res, t), t);
        }
        throw new MachineStop.Internal("operator " + op + " on " + l + " and " + r, span);
    }

    private static Value floatOp(BinOp op, Value.Float a, Value.Float b, Span span) {
        double x = a.v(), y = b.v();
        double res = switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case REM -> x % y;
            default -> throw new MachineStop.Internal("float operator " + op, span);
        };
        return flt(res, a.ty());
    }

    static Value.Float flt(double v, FloatTy t) { return new Value.Float(t == FloatTy.F32 ? (double) (float) v : v, t); }

    static Value bool(boolean b) { return b ? Value.TRUE : Value.FALSE; }

    static boolean equal(Value l, Value r) {
        return switch (l) {
            case Value.Int a when r instanceof Value.Int b -> a.bits() == b.bits() && java.util.Objects.equals(a.wide(), b.wide());
            case Value.Float a when r instanceof Value.Float b -> a.v() == b.v();
            case Value.Bool a when r instanceof Value.Bool b -> a.v() == b.v();
            case Value.Char a when r instanceof Value.Char b -> a.cp() == b.cp();
            case Value.Ptr a when r instanceof Value.Ptr b -> a.equals(b);
            case Value.Agg a when r instanceof Value.Agg b -> {
                if (a.variant != b.variant || a.fields.length != b.fields.length) yield false;
                for (int i = 0; i < a.fields.length; i++) if (!equal(a.fields[i], b.fields[i])) yield false;
                yield true;
            }
            default -> l.equals(r);
        };
    }

    static int compare(Value l, Value r, Span span) {
        return switch (l) {
            case Value.Int a when r instanceof Value.Int b && a.wide() != null -> a.big().compareTo(b.big());
            case Value.Int a when r instanceof Value.Int b ->
                    a.ty().signed() ? Long.compare(a.bits(), b.bits()) : Long.compareUnsigned(a.bits(), b.bits());
            case Value.Bool a when r instanceof Value.Bool b -> Boolean.compare(a.v(), b.v());
            case Value.Char a when r instanceof Value.Char b -> Integer.compare(a.cp(), b.cp());
            case Value.Float a when r instanceof Value.Float b -> Double.compare(a.v(), b.v());
            default -> throw new MachineStop.Internal("comparison of " + l + " and " + r, span);
        };
    }

    static Value unary(UnOp op, Value v, Span span) {
        return switch (v) {
            case Value.Bool b when op == UnOp.NOT -> bool(!b.v());
            case Value.Int i when i.wide() != null -> Wide.unary(op == UnOp.NOT, i);
            case Value.Int i -> new Value.Int(wrap(op == UnOp.NOT ? ~i.bits() : -i.bits(), i.ty()), i.ty());
            case Value.Float f when op == UnOp.NEG -> new Value.Float(-f.v(), f.ty());
            default -> throw new MachineStop.Internal("unary " + op + " on " + v, span);
        };
    }

    /** `as` between numeric types, bool and char. */
    static Value cast(Value v, dev.heaplab.core.types.Ty target, Span span) {
        if (target instanceof dev.heaplab.core.types.Ty.Int ti) {
            IntTy t = ti.kind();
            if (t.bits() > 64 || v instanceof Value.Int w && w.wide() != null) {
                return switch (v) {
                    case Value.Int i -> Value.Int.of(i.big(), t);
                    case Value.Float f -> Value.Int.of(Wide.fromDouble(f.v(), t), t);
                    case Value.Bool b -> new Value.Int(b.v() ? 1 : 0, t);
                    case Value.Char c -> new Value.Int(c.cp(), t);
                    default -> throw new MachineStop.Internal("cast of " + v + " to " + t.rustName(), span);
                };
            }
            return switch (v) {
                case Value.Int i -> new Value.Int(wrap(i.bits(), t), t);
                case Value.Bool b -> new Value.Int(b.v() ? 1 : 0, t);
                case Value.Char c -> new Value.Int(wrap(c.cp(), t), t);
                case Value.Float f -> new Value.Int(floatToInt(f.v(), t), t);
                default -> throw new MachineStop.Internal("cast of " + v + " to " + t.rustName(), span);
            };
        }
        if (target instanceof dev.heaplab.core.types.Ty.Float tf) {
            return switch (v) {
                case Value.Int i when i.wide() != null -> flt(wideToDouble(i.big(), tf.kind()), tf.kind());
                case Value.Int i -> flt(i.ty().signed() || i.bits() >= 0 ? (double) i.bits() : Num.u64ToDouble(i.bits()),
                        tf.kind());
                case Value.Float f -> flt(f.v(), tf.kind());
                default -> throw new MachineStop.Internal("cast of " + v + " to float", span);
            };
        }
        if (target instanceof dev.heaplab.core.types.Ty.Char && v instanceof Value.Int i) return new Value.Char((int) i.bits());
        if (target instanceof dev.heaplab.core.types.Ty.Bool && v instanceof Value.Int i) return bool(i.bits() != 0);
        return v;
    }

    /** Round-to-nearest-even conversion of an exact integer (BigDecimal rounds correctly; f32 rounds once). */
    private static double wideToDouble(java.math.BigInteger v, FloatTy t) {
        java.math.BigDecimal d = new java.math.BigDecimal(v);
        return t == FloatTy.F32 ? (double) d.floatValue() : d.doubleValue();
    }

    /** Saturating float → int as Rust `as` (NaN is 0). */
    static long floatToInt(double d, IntTy t) { return Num.floatToInt(d, t.bits(), t.signed()); }
}
