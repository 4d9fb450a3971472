package dev.heaplab.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.jit.Jit;
import dev.heaplab.core.interp.jit.Num;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Rvalue.BinOp;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.typeck.CheckedStd;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bytecode tier ({@link Jit}, {@link JitLink}): which bodies it compiles, and that a run with it
 * forced on (threshold 0) is the generic run: same output, panics, limit stops (steps, depth).
 * CompiledPathTest compares every conformance program the same way; the ones here aim at the edges.
 */
class JitTest {
    private static final String COLLATZ = """
            fn collatz_len(mut n: u64) -> u32 {
                let mut steps = 0;
                while n != 1 {
                    n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
                    steps += 1;
                }
                steps
            }

            fn main() {
                let mut best = 0;
                let mut n = 1;
                while n < 300 {
                    let len = collatz_len(n);
                    if len > best {
                        best = len;
                    }
                    n += 1;
                }
                println!("{}", best);
            }
            """;

    private static final String DEEP = """
            fn down(n: u64) -> u64 {
                if n == 0 { 0 } else { 1 + down(n - 1) }
            }

            fn main() {
                println!("{}", down(100));
                println!("{}", down(5000));
            }
            """;

    /** A loop in a function called twice, and one in `main` itself: both continue as bytecode mid-frame. */
    private static final String LOOPS = """
            fn sum_mod(n: u64) -> u64 {
                let mut total = 0;
                let mut i = 0;
                while i < n {
                    total += i * i % 7;
                    i += 1;
                }
                total
            }

            fn main() {
                println!("{}", sum_mod(30000));
                println!("{}", sum_mod(3));
            }
            """;

    private static final String MAIN_LOOP = """
            fn main() {
                let mut i = 0u32;
                let mut v: u8 = 0;
                while i < 40000 {
                    i += 1;
                    if i == 39999 {
                        v = 255;
                    }
                }
                v += 1;
            }
            """;

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 200})
    void loopsContinueAsBytecodeMidFrame(int threshold) {
        for (String src : List.of(LOOPS, MAIN_LOOP)) {
            Driver.Compiled c = compile(src);
            long[] limits = {Limits.DEFAULT.maxSteps(), 100, 40_000, 65_530, 65_537, 120_001, 300_000};
            for (long steps : limits) {
                Limits l = new Limits(steps, Limits.DEFAULT.maxHeapBytes(), 100, Limits.DEFAULT.maxOutputBytes(), 3_600_000);
                CompiledPathTest.Outcome jit = assertSame(c, l, threshold, "threshold " + threshold + ", max steps " + steps);
                if (src == MAIN_LOOP && steps == Limits.DEFAULT.maxSteps()) assertThat(jit.exit()).isEqualTo(101);
            }
        }
    }

    @Test
    void scalarBodiesCompileAndOthersDoNot() throws IOException {
        Driver.Compiled c = compile(Files.readString(CompiledPathTest.uiRoot().resolve("basics/hot_scalar_functions.rs")));
        int compiled = 0;
        for (Body b : c.mir().bodies().values()) {
            if (CheckedStd.isStd(b.span()) || b.name().equals("{closure}")) continue;
            String why = Jit.refusal(b, c.mir());
            if (b.name().equals("main")) assertThat(why).as("main calls println").isNotNull();
            else {
                assertThat(why).as(b.name()).isNull();
                compiled++;
            }
        }
        assertThat(compiled).isEqualTo(11);
    }

    @Test
    void hotBodiesRunAsBytecodeByDefault() {
        Driver.Compiled c = compile(COLLATZ);
        Machine fast = new Machine(c.mir(), Limits.DEFAULT, new CompiledPathTest.Capture(), List.of());
        fast.run();
        assertThat(fast.jitCompiled).as("collatz_len, called 299 times").isEqualTo(1);
        Machine never = new Machine(c.mir(), Limits.DEFAULT, new CompiledPathTest.Capture(), List.of()).jitThreshold(-1);
        never.run();
        assertThat(never.jitCompiled).isZero();
    }

    /** Step limits anywhere, including around the 2^16-step wall-clock checks, stop at the same step and span. */
    @Test
    void stepLimitsStopAtTheSameStepAndSpan() {
        Random rnd = new Random(7);
        long[] limits = new long[40];
        for (int i = 0; i < limits.length; i++) {
            limits[i] = switch (i % 4) {
                case 0 -> 1 + rnd.nextInt(2_000);
                case 1 -> (1L << 16) * (1 + rnd.nextInt(2)) + rnd.nextInt(40) - 20;
                default -> 1 + rnd.nextInt(200_000);
            };
        }
        Driver.Compiled c = compile(COLLATZ);
        for (long steps : limits) {
            Limits l = new Limits(steps, Limits.DEFAULT.maxHeapBytes(), 100, Limits.DEFAULT.maxOutputBytes(), 3_600_000);
            assertSame(c, l, "max steps " + steps);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 50, 101, 102, 300, 4999, 5001})
    void depthLimitStopsAtTheSameCall(int depth) {
        Driver.Compiled c = compile(DEEP);
        Limits l = new Limits(Limits.DEFAULT.maxSteps(), Limits.DEFAULT.maxHeapBytes(), depth, Limits.DEFAULT.maxOutputBytes(), 3_600_000);
        CompiledPathTest.Outcome jit = assertSame(c, l, "max depth " + depth);
        if (depth <= 5001) assertThat(jit.message()).contains("deeper than " + depth + " frames");
    }

    /** With a depth limit of millions of frames, compiled code makes no calls: deep recursion stays on the machine's frames. */
    @Test
    void deepLimitsKeepRecursionOnTheMachine() {
        Driver.Compiled c = compile(DEEP.replace("down(5000)", "down(150000)"));
        Limits l = new Limits(Limits.DEFAULT.maxSteps(), Limits.DEFAULT.maxHeapBytes(), 200_000, Limits.DEFAULT.maxOutputBytes(), 3_600_000);
        CompiledPathTest.Capture a = new CompiledPathTest.Capture(), b = new CompiledPathTest.Capture();
        Machine jitMachine = new Machine(c.mir(), l, a, List.of()).jitThreshold(0);
        CompiledPathTest.Outcome jit = CompiledPathTest.run(c.mir().source(), jitMachine, a);
        CompiledPathTest.Outcome generic = CompiledPathTest.run(c.mir().source(), new Machine(c.mir(), l, b, List.of()).genericOnly(), b);
        assertThat(jit).isEqualTo(generic);
        assertThat(jit.stdout()).isEqualTo("100\n150000\n");
        assertThat(jitMachine.jitCompiled).as("down calls itself").isZero();
    }

    static Stream<String> hotPrograms() {
        return Stream.of("basics/hot_scalar_functions.rs", "panics/hot_div_min_by_minus_one.rs", "panics/hot_rem_by_zero.rs",
                "panics/hot_shift_overflow.rs", "panics/hot_nested_sub_overflow.rs", "panics/hot_neg_and_mul_overflow.rs",
                "panics/hot_neg_overflow.rs");
    }

    /** The conformance programs written for this tier do run compiled code, at once and with the default threshold. */
    @ParameterizedTest
    @MethodSource("hotPrograms")
    void edgeProgramsRunCompiledCode(String name) throws IOException {
        Path p = CompiledPathTest.uiRoot().resolve(name);
        SourceFile file = new SourceFile(p.getFileName().toString(), Files.readString(p));
        Driver.Compiled c = Driver.compile(file);
        assertThat(c.ok()).isTrue();
        CompiledPathTest.Capture g = new CompiledPathTest.Capture();
        CompiledPathTest.Outcome generic = CompiledPathTest.run(file, new Machine(c.mir(), Limits.DEFAULT, g, List.of()).genericOnly(), g);
        for (int threshold : new int[] {0, JitLink.DEFAULT_THRESHOLD}) {
            CompiledPathTest.Capture j = new CompiledPathTest.Capture();
            Machine m = new Machine(c.mir(), Limits.DEFAULT, j, List.of()).jitThreshold(threshold);
            assertThat(CompiledPathTest.run(file, m, j)).as("threshold " + threshold).isEqualTo(generic);
            assertThat(m.jitCompiled).as("threshold " + threshold).isPositive();
        }
    }

    /** Property: Num's overflow answers are those of exact arithmetic, for every width and signedness. */
    @Test
    void overflowIsExactArithmeticOutOfRange() {
        Random rnd = new Random(11);
        int[] widths = {8, 16, 32, 64};
        for (int k = 0; k < 200_000; k++) {
            int bits = widths[rnd.nextInt(4)];
            boolean signed = rnd.nextBoolean();
            long x = value(rnd, bits, signed), y = value(rnd, bits, signed);
            BigInteger bx = big(x, bits, signed), by = big(y, bits, signed);
            BigInteger min = big(Num.minValue(bits, signed), bits, signed), max = big(Num.maxValue(bits, signed), bits, signed);
            for (BinOp op : new BinOp[] {BinOp.ADD, BinOp.SUB, BinOp.MUL}) {
                BigInteger exact = op == BinOp.ADD ? bx.add(by) : op == BinOp.SUB ? bx.subtract(by) : bx.multiply(by);
                boolean out = exact.compareTo(min) < 0 || exact.compareTo(max) > 0;
                assertThat(Num.overflows(op, x, y, bits, signed, signed)).as(op + " " + bx + " " + by + " " + bits + signed).isEqualTo(out);
                long wrapped = Num.wrapping(op, x, y, bits, signed);
                assertThat(big(wrapped, bits, signed)).isEqualTo(exact.subtract(min).mod(BigInteger.TWO.pow(bits)).add(min));
            }
            if (y != 0) {
                BigInteger q = bx.divide(by);
                boolean out = q.compareTo(max) > 0;
                assertThat(Num.overflows(BinOp.DIV, x, y, bits, signed, signed)).isEqualTo(out);
                if (!out) {
                    assertThat(big(Num.div(x, y, bits, signed), bits, signed)).isEqualTo(q);
                    assertThat(big(Num.rem(x, y, bits, signed), bits, signed)).isEqualTo(bx.subtract(q.multiply(by)));
                }
            }
        }
    }

    /** Saturating float → int casts and u64 → f64, against exact decimal arithmetic. */
    @Test
    void floatCastsSaturate() {
        assertThat(Num.floatToInt(Double.NaN, 32, true)).isZero();
        assertThat(Num.floatToInt(Double.POSITIVE_INFINITY, 8, false)).isEqualTo(255);
        assertThat(Num.floatToInt(-1.5, 8, false)).isZero();
        assertThat(Num.floatToInt(-1.5, 8, true)).isEqualTo(-1);
        assertThat(Num.floatToInt(1e20, 64, true)).isEqualTo(Long.MAX_VALUE);
        assertThat(Num.floatToInt(1.8e19, 64, false)).isEqualTo(Long.parseUnsignedLong("18000000000000000000"));
        assertThat(Num.floatToInt(2e19, 64, false)).isEqualTo(-1L);
        assertThat(Num.u64ToDouble(-1L)).isEqualTo(1.8446744073709552e19);
        assertThat(Num.u64ToDouble(Long.MIN_VALUE + 1)).isEqualTo(9.223372036854775808e18);
    }

    private static long value(Random rnd, int bits, boolean signed) {
        long v = switch (rnd.nextInt(4)) {
            case 0 -> Num.minValue(bits, signed) + rnd.nextInt(3);
            case 1 -> Num.maxValue(bits, signed) - rnd.nextInt(3);
            case 2 -> rnd.nextInt(7) - 3;
            default -> rnd.nextLong();
        };
        return Num.wrap(v, bits, signed);
    }

    private static BigInteger big(long v, int bits, boolean signed) {
        return signed || v >= 0 ? BigInteger.valueOf(v) : new BigInteger(Long.toUnsignedString(v));
    }

    /** Property: random scalar functions give the same output, panic or result with the bytecode forced on. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomScalarExpressionsAgree(int seed) {
        Random rnd = new Random(seed);
        int compiledPrograms = 0;
        for (int k = 0; k < 40; k++) {
            String src = new ExprGen(rnd).program();
            SourceFile file = new SourceFile("gen.rs", src);
            Driver.Compiled c = Driver.compile(file);
            if (!c.ok()) continue; // e.g. an overflow rustc's lints see in constants
            Body f = c.mir().bodies().values().stream().filter(b -> b.name().equals("f")).findFirst().orElseThrow();
            assertThat(Jit.refusal(f, c.mir())).as(src).isNull();
            compiledPrograms++;
            CompiledPathTest.Capture g = new CompiledPathTest.Capture(), j = new CompiledPathTest.Capture();
            CompiledPathTest.Outcome generic = CompiledPathTest.run(file, new Machine(c.mir(), Limits.DEFAULT, g, List.of()).genericOnly(), g);
            CompiledPathTest.Outcome jit = CompiledPathTest.run(file, new Machine(c.mir(), Limits.DEFAULT, j, List.of()).jitThreshold(0), j);
            assertThat(jit).as(src).isEqualTo(generic);
        }
        assertThat(compiledPrograms).isGreaterThan(20);
    }

    /** Random well-typed scalar Rust: a function of three parameters and a main calling it. */
    static final class ExprGen {
        private static final String[] INTS = {"i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "isize", "usize"};
        private static final String[] NUMS = {"i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "isize", "usize", "f32", "f64"};
        private static final String[] ALL = {"i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "isize", "usize", "f32", "f64", "bool"};
        private final Random rnd;
        private final String[] params = new String[3];

        ExprGen(Random rnd) {
            this.rnd = rnd;
            for (int i = 0; i < 3; i++) params[i] = pick(ALL);
        }

        String program() {
            String ret = pick(ALL);
            StringBuilder sb = new StringBuilder("fn f(p0: " + params[0] + ", p1: " + params[1] + ", p2: " + params[2] + ") -> "
                    + ret + " {\n    " + expr(ret, 4) + "\n}\n\nfn main() {\n");
            for (int i = 0; i < 6; i++) sb.append("    println!(\"{:?}\", f(").append(literal(params[0])).append(", ")
                    .append(literal(params[1])).append(", ").append(literal(params[2])).append("));\n");
            return sb.append("}\n").toString();
        }

        private String pick(String[] a) { return a[rnd.nextInt(a.length)]; }

        private String expr(String ty, int depth) {
            if (depth == 0 || rnd.nextInt(5) == 0) {
                for (int i = 0; i < 3; i++) if (params[i].equals(ty) && rnd.nextInt(4) != 0) return "p" + i;
                return literal(ty);
            }
            int d = depth - 1;
            if (ty.equals("bool")) {
                return switch (rnd.nextInt(4)) {
                    case 0 -> {
                        String t = pick(ALL);
                        yield "(" + expr(t, d) + " " + pick(new String[] {"==", "!=", "<", "<=", ">", ">="}) + " " + expr(t, d) + ")";
                    }
                    case 1 -> "(!" + expr("bool", d) + ")";
                    case 2 -> "(" + expr("bool", d) + " " + pick(new String[] {"&", "|", "^"}) + " " + expr("bool", d) + ")";
                    default -> "(if " + expr("bool", d) + " { " + expr("bool", d) + " } else { " + expr("bool", d) + " })";
                };
            }
            boolean flt = ty.startsWith("f");
            return switch (rnd.nextInt(6)) {
                case 0, 1 -> {
                    String[] ops = flt ? new String[] {"+", "-", "*", "/", "%"} : new String[] {"+", "-", "*", "/", "%", "&", "|", "^"};
                    yield "(" + expr(ty, d) + " " + pick(ops) + " " + expr(ty, d) + ")";
                }
                case 2 -> flt ? "(-" + expr(ty, d) + ")"
                        : "(" + expr(ty, d) + " " + pick(new String[] {"<<", ">>"}) + " (" + expr("u32", d) + " % " + (rnd.nextInt(70) + 1) + "))";
                case 3 -> flt || ty.startsWith("i") ? "(-" + expr(ty, d) + ")" : "(!" + expr(ty, d) + ")";
                case 4 -> {
                    String from = flt ? pick(NUMS) : pick(ALL);
                    yield "(" + expr(from, d) + " as " + ty + ")";
                }
                default -> "(if " + expr("bool", d) + " { " + expr(ty, d) + " } else { " + expr(ty, d) + " })";
            };
        }

        private String literal(String ty) {
            if (ty.equals("bool")) return String.valueOf(rnd.nextBoolean());
            if (ty.startsWith("f")) {
                String[] fs = {"0.0", "-0.0", "1.5", "-2.25", "1e10", "3.0e38", "-7.0", "0.1", "1e300", "255.5", "-129.0"};
                String v = pick(fs);
                if (ty.equals("f32") && v.equals("1e300")) v = "1e30";
                return "(" + v + ty + ")";
            }
            int bits = switch (ty) {
                case "i8", "u8" -> 8;
                case "i16", "u16" -> 16;
                case "i32", "u32" -> 32;
                default -> 64;
            };
            boolean signed = ty.startsWith("i");
            long v = switch (rnd.nextInt(4)) {
                case 0 -> Num.maxValue(bits, signed) - rnd.nextInt(3);
                case 1 -> signed ? Num.minValue(bits, true) + 1 + rnd.nextInt(3) : rnd.nextInt(3);
                default -> signed ? rnd.nextInt(41) - 20 : rnd.nextInt(41);
            };
            String digits = signed ? Long.toString(v) : Long.toUnsignedString(v);
            return "(" + digits + ty + ")";
        }
    }

    private static Driver.Compiled compile(String src) {
        Driver.Compiled c = Driver.compile(new SourceFile("t.rs", src));
        assertThat(c.ok()).isTrue();
        return c;
    }

    /** Runs with the bytecode forced on and the generic way; they must agree. Returns the first. */
    private static CompiledPathTest.Outcome assertSame(Driver.Compiled c, Limits l, String what) {
        return assertSame(c, l, 0, what);
    }

    private static CompiledPathTest.Outcome assertSame(Driver.Compiled c, Limits l, int threshold, String what) {
        SourceFile file = c.mir().source();
        CompiledPathTest.Capture a = new CompiledPathTest.Capture(), b = new CompiledPathTest.Capture();
        Machine jitMachine = new Machine(c.mir(), l, a, List.of()).jitThreshold(threshold);
        CompiledPathTest.Outcome jit = CompiledPathTest.run(file, jitMachine, a);
        CompiledPathTest.Outcome generic = CompiledPathTest.run(file, new Machine(c.mir(), l, b, List.of()).genericOnly(), b);
        assertThat(jit).as(what).isEqualTo(generic);
        if (l.maxSteps() > 100_000 || (threshold == 0 && l.maxSteps() > 1_000)) assertThat(jitMachine.jitCompiled).as(what).isPositive(); // (fewer stop before the first call)
        return jit;
    }
}
