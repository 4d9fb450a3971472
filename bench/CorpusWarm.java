import dev.heaplab.core.Driver;
import dev.heaplab.core.borrowck.BorrowCheck;
import dev.heaplab.core.borrowck.LifetimeElision;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.exhaustive.MatchCheck;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.Machine;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.lower.Lowering;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.syntax.Parser;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.typeck.TypedProgram;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Warm-JVM time per program over the conformance corpus, as `heaplab run` spends it: in one JVM,
 * every accepted run program of tests/ui (a `.stdout` golden, no `//@ compile-fail`) and every
 * program of bench/programs goes through the whole pipeline (parse, type check, match check, MIR,
 * borrow check, machine with default limits, output captured in a buffer) W rounds to warm up, then
 * N measured rounds; a program's figure is its median over the N rounds, per stage. The first round
 * runs each program through {@code Driver.run} exactly as UiRunner does and compares stdout, stderr
 * and exit code with the goldens (with UiTest's normalisations); every measured round compares
 * stdout and exit code again, so the figures are those of correct runs. Programs that differ from
 * their goldens (the ratchet's known failures) are listed and left out of the figures.
 * Usage: java -cp cli/target/heaplab.jar bench/CorpusWarm.java [WARM [ROUNDS [TOP]]] (defaults 5 11 10),
 * from the project's root. Reports wall time (System.nanoTime) per stage, and the compile stages'
 * CPU time (the machine runs on a thread of its own, whose CPU time is not read).
 */
public final class CorpusWarm {
    /** The compile stages' CPU time: the harness thread's (process CPU time only ticks every 10 ms here). */
    private static final java.lang.management.ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    /** bench/programs run with bench/run.sh's limits (arith_loop needs more than the default 50M steps). */
    private static final Limits UNBOUNDED = new Limits(100_000_000_000L, 4_000_000_000L, 10_000, 16L << 20, 3_600_000L);
    private static final String[] STAGES = {"parse", "typeck", "match", "lower", "borrowck", "machine"};
    private static final int MACHINE = 5, COMPILE = 6, TOTAL = 7, SLOTS = 8;
    private static final Pattern PATHS = Pattern.compile("(?<=[\\s`'(])(?:[^\\s`'():]*/)+([^/\\s`'():]+\\.rs)");
    private static final Pattern ADDRESSES = Pattern.compile("0x[0-9a-f]{6,16}");
    private static final Pattern THREAD_IDS = Pattern.compile("ThreadId\\(\\d+\\)");

    /** One program: its source as `heaplab run NAME.rs` sees it, its goldens (null: none), its times. */
    record Program(String id, SourceFile file, String stdout, String stderr, int exit,
            List<double[]> wall, List<double[]> cpu) {}

    /** What one run printed and how it ended. */
    record Outcome(String stdout, String stderr, int exit) {}

    public static void main(String[] args) throws Exception {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        // deep recursion in user programs and in the stages, as UiTest's 512 MB threads
        Thread t = new Thread(null, () -> {
            try {
                measure(warm, rounds, top);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "corpus-warm", 512L << 20);
        t.start();
        t.join();
    }

    private static void measure(int warm, int rounds, int top) throws Exception {
        List<Program> corpus = corpus(Path.of("tests", "ui"), true);
        List<Program> bench = corpus(Path.of("bench", "programs"), false);
        String loadBefore = load();
        long start = System.nanoTime();
        List<String> wrong = new ArrayList<>();
        List<Program> good = new ArrayList<>();
        for (Program p : concat(corpus, bench)) { // round 1 of the warm-up: exactly as UiRunner
            String d = difference(p, viaDriver(p.file(), p.stdout() == null ? UNBOUNDED : Limits.DEFAULT), true);
            if (d == null) good.add(p); else wrong.add(p.id() + ": " + d);
        }
        for (int w = 1; w < warm; w++) for (Program p : good) staged(p, null);
        for (int r = 0; r < rounds; r++) for (Program p : good) staged(p, p);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CorpusWarm: %d warm-up rounds, median of %d measured rounds per program, %.0f s in all;"
                        + " load before %s, after %s; %d cores, java %s%n",
                warm, rounds, seconds, loadBefore, load(), Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf("left out (differ from their goldens): %d%n", wrong.size());
        for (String w : wrong) System.out.println("  " + w);
        report("tests/ui accepted run programs", good.stream().filter(p -> p.stdout() != null).toList(), top);
        report("bench/programs", good.stream().filter(p -> p.stdout() == null).toList(), 100);
    }

    private static void report(String title, List<Program> ps, int top) {
        int n = ps.size();
        double[][] wall = new double[n][], cpu = new double[n][];
        for (int i = 0; i < n; i++) {
            wall[i] = medians(ps.get(i).wall());
            cpu[i] = medians(ps.get(i).cpu());
        }
        System.out.printf("%n== %s: %d programs (ms per program, each the median of its rounds; a stage's median of medians)%n", title, n);
        System.out.printf("%-22s %8s %8s %8s %8s %10s%n", "", "median", "p90", "max", "mean", "sum");
        row("wall total", wall, TOTAL);
        row("wall compile", wall, COMPILE);
        row("wall machine", wall, MACHINE);
        row("cpu compile", cpu, COMPILE);
        for (int s = 0; s < MACHINE; s++) row("wall " + STAGES[s], wall, s);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> -wall[i][TOTAL]));
        System.out.printf("slowest (wall ms):%n%-46s %7s", "program", "total");
        for (String s : STAGES) System.out.printf(" %8s", s);
        System.out.println();
        for (int k = 0; k < Math.min(top, n); k++) {
            int i = order[k];
            System.out.printf("%-46s %7.2f", ps.get(i).id(), wall[i][TOTAL]);
            for (int s = 0; s < STAGES.length; s++) System.out.printf(" %8.2f", wall[i][s]);
            System.out.println();
        }
    }

    private static void row(String name, double[][] per, int slot) {
        double[] xs = new double[per.length];
        for (int i = 0; i < per.length; i++) xs[i] = per[i][slot];
        Arrays.sort(xs);
        double total = 0;
        for (double x : xs) total += x;
        System.out.printf("%-22s %8.2f %8.2f %8.2f %8.2f %10.1f%n", name, q(xs, 0.5), q(xs, 0.9), xs.length == 0 ? 0 : xs[xs.length - 1],
                xs.length == 0 ? 0 : total / xs.length, total);
    }

    /** The pipeline of `Driver.compile` stage by stage, then the machine; {@code record} non-null keeps the times. */
    private static void staged(Program p, Program record) {
        double[] wall = new double[SLOTS], cpu = new double[SLOTS];
        long[] at = {System.nanoTime(), THREAD.getCurrentThreadCpuTime()};
        Diagnostics diags = new Diagnostics();
        LoweredStd std = LoweredStd.shared();
        Crate crate = Parser.parse(p.file(), diags);
        LifetimeElision.check(crate, diags);
        lap(at, wall, cpu, 0);
        TypedProgram typed = TypeChecker.check(crate, diags, std.typed());
        lap(at, wall, cpu, 1);
        MatchCheck.check(typed, diags);
        lap(at, wall, cpu, 2);
        MirProgram mir = Lowering.lower(typed, diags, std);
        lap(at, wall, cpu, 3);
        BorrowCheck.check(mir, diags);
        lap(at, wall, cpu, 4);
        if (diags.hasErrors() || mir == null) throw new IllegalStateException(p.id() + " no longer compiles");
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        ExecutionResult r = new Machine(mir, p.stdout() == null ? UNBOUNDED : Limits.DEFAULT, capture(out, err), List.of()).run();
        RunReport.Outcome end = RunReport.executed(p.file(), r);
        lap(at, wall, cpu, MACHINE);
        if (record == null) return;
        for (double[] xs : List.of(wall, cpu)) {
            xs[COMPILE] = sum(xs, 0, MACHINE);
            xs[TOTAL] = xs[COMPILE] + xs[MACHINE];
        }
        String d = difference(p, new Outcome(out.toString(), "", end.exitCode()), false);
        if (d != null) throw new IllegalStateException(p.id() + " changed between rounds: " + d);
        record.wall().add(wall);
        record.cpu().add(cpu);
    }

    private static void lap(long[] at, double[] wall, double[] cpu, int stage) {
        long w = System.nanoTime(), c = THREAD.getCurrentThreadCpuTime();
        wall[stage] = (w - at[0]) / 1e6;
        cpu[stage] = (c - at[1]) / 1e6;
        at[0] = w;
        at[1] = c;
    }

    /** As UiRunner: `Driver.run` with default limits, then the report `heaplab run` prints on stderr. */
    private static Outcome viaDriver(SourceFile file, Limits limits) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        Driver.Run run = Driver.run(file, limits, capture(out, err), List.of());
        RunReport.Outcome end = run.execution() == null
                ? RunReport.compiled(file, run.compiled(), false)
                : RunReport.executed(file, run.execution());
        err.append(end.stderr());
        return new Outcome(out.toString(), err.toString(), end.exitCode());
    }

    /** The first difference with the goldens (bench programs: exit 0), null when none. */
    private static String difference(Program p, Outcome o, boolean withStderr) {
        if (p.stdout() == null) {
            if (o.exit() != 0) return "exit " + o.exit() + " " + o.stderr().lines().findFirst().orElse("");
            return null;
        }
        if (o.exit() != p.exit()) return "exit " + o.exit() + ", expected " + p.exit() + " " + o.stderr().lines().findFirst().orElse("");
        if (!norm(o.stdout(), false).equals(norm(p.stdout(), false))) return "stdout differs";
        if (withStderr && !norm(o.stderr(), true).equals(norm(p.stderr(), true))) return "stderr differs";
        return null;
    }

    /** UiTest's normalisations (core/src/test/.../Normalization.java). */
    private static String norm(String s, boolean stderr) {
        s = s.replace("\r\n", "\n");
        if (stderr) s = PATHS.matcher(s).replaceAll("$1");
        s = ADDRESSES.matcher(s).replaceAll("0xADDR");
        return THREAD_IDS.matcher(s).replaceAll("ThreadId(N)");
    }

    private static ProgramOutput capture(StringBuilder out, StringBuilder err) {
        return new ProgramOutput() {
            @Override public void stdout(String s) { out.append(s); }

            @Override public void stderr(String s) { err.append(s); }
        };
    }

    /** The programs under {@code root}: with goldens, the accepted run programs only. */
    private static List<Program> corpus(Path root, boolean goldens) throws Exception {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        List<Program> out = new ArrayList<>();
        for (Path p : sources) {
            String text = Files.readString(p);
            String name = p.getFileName().toString(), base = name.substring(0, name.length() - 3);
            String id = root.relativize(p).toString();
            if (!goldens) {
                out.add(new Program("bench/" + id, new SourceFile(name, text), null, null, 0, new ArrayList<>(), new ArrayList<>()));
                continue;
            }
            Path stdout = p.resolveSibling(base + ".stdout");
            if (!Files.exists(stdout) || text.contains("//@ compile-fail")) continue;
            Path exit = p.resolveSibling(base + ".exit"), stderr = p.resolveSibling(base + ".stderr");
            out.add(new Program(id, new SourceFile(name, text), Files.readString(stdout),
                    Files.exists(stderr) ? Files.readString(stderr) : "",
                    Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : 0, new ArrayList<>(), new ArrayList<>()));
        }
        return out;
    }

    private static double[] medians(List<double[]> runs) {
        double[] m = new double[SLOTS];
        for (int s = 0; s < SLOTS; s++) {
            double[] xs = new double[runs.size()];
            for (int i = 0; i < xs.length; i++) xs[i] = runs.get(i)[s];
            Arrays.sort(xs);
            m[s] = q(xs, 0.5);
        }
        return m;
    }

    private static double q(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }

    private static double sum(double[] xs, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += xs[i];
        return s;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll(" \\S+ \\S+$", "");
    }
}
