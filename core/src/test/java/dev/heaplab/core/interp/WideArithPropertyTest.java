package dev.heaplab.core.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heaplab.core.mir.Rvalue.BinOp;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.IntTy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the machine's i128/u128 arithmetic ({@link Arith} over {@link Wide}), on seeded random
 * operands biased toward the edges (0, ±1, MIN, MAX, powers of two and their neighbours):
 * <ul>
 * <li>a checked op gives the exact result reduced to the low 128 bits (an oracle that truncates the
 *     two's complement bytes, not Wide's modulo) and overflows exactly when the result is out of range;</li>
 * <li>operands that fit 64 bits give the same results through i128 as through i64 (the long path);</li>
 * <li>a value's {@code bits} is always the low 64 bits of its exact value.</li>
 * </ul>
 */
class WideArithPropertyTest {
    private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);

    private static BigInteger edge(Random r, IntTy t) {
        BigInteger min = Wide.min(t), max = Wide.max(t);
        return switch (r.nextInt(8)) {
            case 0 -> min.add(BigInteger.valueOf(r.nextInt(3)));
            case 1 -> max.subtract(BigInteger.valueOf(r.nextInt(3)));
            case 2 -> BigInteger.valueOf(r.nextInt(5) - (t.signed() ? 2 : 0));
            case 3 -> {
                BigInteger p = BigInteger.ONE.shiftLeft(r.nextInt(t.signed() ? 127 : 128)).add(BigInteger.valueOf(r.nextInt(3) - 1));
                yield t.signed() && r.nextBoolean() ? p.negate() : p;
            }
            case 4 -> BigInteger.valueOf(r.nextLong()).abs().multiply(t.signed() && r.nextBoolean() ? BigInteger.ONE.negate() : BigInteger.ONE);
            default -> {
                BigInteger u = new BigInteger(128, r);
                yield t.signed() && u.testBit(127) ? u.subtract(TWO_128) : u;
            }
        };
    }

    /** The low 128 bits of {@code v}'s two's complement, read back in {@code t} (byte truncation). */
    private static BigInteger truncate(BigInteger v, IntTy t) {
        byte[] full = v.toByteArray(), low = new byte[16];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < 16; i++) low[15 - i] = i < full.length ? full[full.length - 1 - i] : fill;
        return t.signed() ? new BigInteger(low) : new BigInteger(1, low);
    }

    private static BigInteger exact(BinOp op, BigInteger x, BigInteger y) {
        return switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            case MUL -> x.multiply(y);
            case DIV -> x.divide(y);
            default -> x.remainder(y);
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void checkedOpsMatchTheTruncatingOracle(long seed) {
        Random r = new Random(seed);
        for (IntTy t : List.of(IntTy.I128, IntTy.U128)) {
            for (int k = 0; k < 2000; k++) {
                BigInteger x = edge(r, t), y = edge(r, t);
                BinOp op = List.of(BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.DIV, BinOp.REM).get(r.nextInt(5));
                if ((op == BinOp.DIV || op == BinOp.REM) && y.signum() == 0) continue;
                Arith.Checked c = Arith.checked(op, Value.Int.of(x, t), Value.Int.of(y, t), Span.DUMMY);
                BigInteger e = exact(op, x, y);
                Value.Int got = (Value.Int) c.value();
                assertThat(got.big()).as("%s %s %s in %s", x, op, y, t).isEqualTo(truncate(e, t));
                assertThat(c.overflow()).as("overflow of %s %s %s", x, op, y).isEqualTo(!e.equals(truncate(e, t)));
                assertThat(got.bits()).isEqualTo(got.big().longValue());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void sixtyFourBitOperandsAgreeWithTheLongPath(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 3000; k++) {
            long a = r.nextInt(4) == 0 ? r.nextLong() : r.nextInt(), b = r.nextInt(4) == 0 ? r.nextLong() : r.nextInt(1000) - 500;
            BinOp op = List.of(BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.DIV, BinOp.REM, BinOp.BIT_AND, BinOp.BIT_XOR).get(r.nextInt(7));
            if ((op == BinOp.DIV || op == BinOp.REM) && b == 0) continue;
            Arith.Checked narrow = Arith.checked(op, new Value.Int(a, IntTy.I64), new Value.Int(b, IntTy.I64), Span.DUMMY);
            Arith.Checked wide = Arith.checked(op, new Value.Int(a, IntTy.I128), new Value.Int(b, IntTy.I128), Span.DUMMY);
            if (narrow.overflow()) continue; // exact in i128, wrapped in i64
            assertThat(((Value.Int) wide.value()).big()).as("%d %s %d", a, op, b)
                    .isEqualTo(BigInteger.valueOf(((Value.Int) narrow.value()).bits()));
            assertThat(Arith.compare(new Value.Int(a, IntTy.I128), new Value.Int(b, IntTy.I128), Span.DUMMY))
                    .isEqualTo(Integer.signum(Long.compare(a, b)));
        }
    }

    @Test
    void shiftsMaskTheAmountAndReportOverflow() {
        Value.Int one = new Value.Int(1, IntTy.U128);
        Arith.Checked s127 = Arith.checked(BinOp.SHL, one, new Value.Int(127, IntTy.U32), Span.DUMMY);
        assertThat(((Value.Int) s127.value()).big()).isEqualTo(BigInteger.ONE.shiftLeft(127));
        assertThat(s127.overflow()).isFalse();
        Arith.Checked s130 = Arith.checked(BinOp.SHL, one, new Value.Int(130, IntTy.U32), Span.DUMMY);
        assertThat(((Value.Int) s130.value()).big()).isEqualTo(BigInteger.valueOf(4));
        assertThat(s130.overflow()).isTrue();
        Value.Int minusEight = Value.Int.of(BigInteger.valueOf(-8), IntTy.I128);
        Value.Int shr = (Value.Int) Arith.checked(BinOp.SHR, minusEight, new Value.Int(1, IntTy.U32), Span.DUMMY).value();
        assertThat(shr.big()).isEqualTo(BigInteger.valueOf(-4));
    }

    @Test
    void castsWrapAndFloatCastsSaturate() {
        Value.Int max = Value.Int.of(Wide.max(IntTy.U128), IntTy.U128);
        assertThat(((Value.Int) Arith.cast(max, new dev.heaplab.core.types.Ty.Int(IntTy.I128), Span.DUMMY)).big()).isEqualTo(BigInteger.ONE.negate());
        assertThat(((Value.Int) Arith.cast(max, new dev.heaplab.core.types.Ty.Int(IntTy.U8), Span.DUMMY)).bits()).isEqualTo(255);
        Value.Int m1 = new Value.Int(-1, IntTy.I64);
        assertThat(((Value.Int) Arith.cast(m1, new dev.heaplab.core.types.Ty.Int(IntTy.U128), Span.DUMMY)).big()).isEqualTo(Wide.max(IntTy.U128));
        List<double[]> cases = new ArrayList<>();
        cases.add(new double[] {1e40});
        cases.add(new double[] {-1e40});
        cases.add(new double[] {Double.NaN});
        for (double[] d : cases) {
            Value v = Arith.cast(new Value.Float(d[0], dev.heaplab.core.types.FloatTy.F64), new dev.heaplab.core.types.Ty.Int(IntTy.I128), Span.DUMMY);
            BigInteger expect = Double.isNaN(d[0]) ? BigInteger.ZERO : d[0] > 0 ? Wide.max(IntTy.I128) : Wide.min(IntTy.I128);
            assertThat(((Value.Int) v).big()).isEqualTo(expect);
        }
    }

    @Test
    void divisionByZeroPanics() {
        assertThatThrownBy(() -> Arith.checked(BinOp.DIV, new Value.Int(5, IntTy.U128), new Value.Int(0, IntTy.U128), Span.DUMMY))
                .isInstanceOf(MachineStop.Panic.class).hasMessageContaining("attempt to divide by zero");
        // 2^64 has zero low bits but is not zero
        Value.Int twoTo64 = Value.Int.of(BigInteger.ONE.shiftLeft(64), IntTy.U128);
        assertThat(((Value.Int) Arith.checked(BinOp.DIV, twoTo64, twoTo64, Span.DUMMY).value()).big()).isEqualTo(BigInteger.ONE);
    }
}
