import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
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
 * <p>
 * With two jars (A/B), both builds are loaded side by side, each in its own class loader, and each
 * program runs on A and on B one after the other (which goes first alternates), so that both see
 * the same load; the report then puts their figures side by side with B / A.
 * Usage, from the project's root:
 * java -XX:+UseSerialGC bench/CorpusWarm.java JAR_A [JAR_B] [WARM [ROUNDS [TOP [FILTER]]]] (defaults 5 11 10;
 * FILTER a regex a program's id must contain). Wall time (System.nanoTime) per stage, and the compile
 * stages' CPU time (the machine runs on a thread of its own, whose CPU time is not read).
 */
public final class CorpusWarm {
    /** The compile stages' CPU time: the harness thread's (process CPU time only ticks every 10 ms here). */
    private static final java.lang.management.ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final String[] STAGES = {"parse", "typeck", "match", "lower", "borrowck", "machine"};
    private static final int MACHINE = 5, COMPILE = 6, TOTAL = 7, SLOTS = 8;
    private static final Pattern PATHS = Pattern.compile("(?<=[\\s`'(])(?:[^\\s`'():]*/)+([^/\\s`'():]+\\.rs)");
    private static final Pattern ADDRESSES = Pattern.compile("0x[0-9a-f]{6,16}");
    private static final Pattern THREAD_IDS = Pattern.compile("ThreadId\\(\\d+\\)");

    /** One program: its text, its goldens (stdout null: none, a bench program), its times per build. */
    record Program(String id, String name, String text, String stdout, String stderr, int exit,
            List<List<double[]>> wall, List<List<double[]>> cpu) {}

    /** What one run printed and how it ended. */
    record Outcome(String stdout, String stderr, int exit) {}

    public static void main(String[] args) throws Exception {
        List<String> jars = new ArrayList<>();
        int i = 0;
        while (i < args.length && args[i].endsWith(".jar")) jars.add(args[i++]);
        int warm = args.length > i ? Integer.parseInt(args[i]) : 5;
        int rounds = args.length > i + 1 ? Integer.parseInt(args[i + 1]) : 11;
        int top = args.length > i + 2 ? Integer.parseInt(args[i + 2]) : 10;
        Pattern filter = args.length > i + 3 ? Pattern.compile(args[i + 3]) : null;
        List<Build> builds = new ArrayList<>();
        for (String jar : jars) builds.add(new Build(jar));
        // deep recursion in user programs and in the stages, as UiTest's 512 MB threads
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                measure(builds, warm, rounds, top, filter);
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "corpus-warm", 512L << 20);
        t.start();
        t.join();
        if (failed[0] != null) throw new IllegalStateException(failed[0]);
    }

    private static void measure(List<Build> builds, int warm, int rounds, int top, Pattern filter) throws Exception {
        List<Program> all = corpus(Path.of("tests", "ui"), true, builds.size());
        all.addAll(corpus(Path.of("bench", "programs"), false, builds.size()));
        if (filter != null) all.removeIf(p -> !filter.matcher(p.id()).find());
        String loadBefore = load();
        long start = System.nanoTime();
        List<String> wrong = new ArrayList<>();
        List<Program> good = new ArrayList<>();
        for (Program p : all) { // round 1 of the warm-up: exactly as UiRunner
            String d = null;
            for (Build b : builds) if (d == null) d = difference(p, b.viaDriver(p), true);
            if (d == null) good.add(p); else wrong.add(p.id() + ": " + d);
        }
        for (int r = 0; r < warm - 1 + rounds; r++) {
            for (Program p : good) {
                for (int k = 0; k < builds.size(); k++) {
                    int b = (r + k) % builds.size(); // which build goes first alternates
                    builds.get(b).staged(p, r >= warm - 1 ? b : -1);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CorpusWarm: %d warm-up rounds, median of %d measured rounds per program, %.0f s in all;"
                        + " load before %s, after %s; %d cores, java %s%n",
                warm, rounds, seconds, loadBefore, load(), Runtime.getRuntime().availableProcessors(), Runtime.version());
        for (int b = 0; b < builds.size(); b++) System.out.printf("build %s: %s%n", (char) ('A' + b), builds.get(b).jar);
        System.out.printf("left out (differ from their goldens): %d%n", wrong.size());
        for (String w : wrong) System.out.println("  " + w);
        report("tests/ui accepted run programs", good.stream().filter(p -> p.stdout() != null).toList(), top, builds.size());
        report("bench/programs", good.stream().filter(p -> p.stdout() == null).toList(), 100, builds.size());
    }

    private static void report(String title, List<Program> ps, int top, int nb) {
        int n = ps.size();
        if (n == 0) return;
        double[][][] wall = new double[nb][n][], cpu = new double[nb][n][];
        for (int b = 0; b < nb; b++) {
            for (int i = 0; i < n; i++) {
                wall[b][i] = medians(ps.get(i).wall().get(b));
                cpu[b][i] = medians(ps.get(i).cpu().get(b));
            }
        }
        System.out.printf("%n== %s: %d programs (ms per program, each the median of its rounds)%n", title, n);
        System.out.printf("%-16s", "");
        for (int b = 0; b < nb; b++) {
            String x = nb == 1 ? "" : (char) ('A' + b) + " ";
            System.out.printf(" %9s %8s %8s %8s", x + "median", x + "p90", x + "max", x + "sum");
        }
        System.out.println(nb == 2 ? "   B/A: median  p90   sum" : "");
        row("wall total", wall, TOTAL);
        row("wall compile", wall, COMPILE);
        row("wall machine", wall, MACHINE);
        row("cpu compile", cpu, COMPILE);
        for (int s = 0; s < MACHINE; s++) row("wall " + STAGES[s], wall, s);
        for (int b = 0; b < nb; b++) {
            double[][] w = wall[b];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingDouble(i -> -w[i][TOTAL]));
            System.out.printf("slowest%s (wall ms):%n%-46s %7s", nb == 1 ? "" : " on " + (char) ('A' + b), "program", "total");
            for (String s : STAGES) System.out.printf(" %8s", s);
            System.out.println();
            for (int k = 0; k < Math.min(top, n); k++) {
                int i = order[k];
                System.out.printf("%-46s %7.2f", ps.get(i).id(), w[i][TOTAL]);
                for (int s = 0; s < STAGES.length; s++) System.out.printf(" %8.2f", w[i][s]);
                System.out.println();
            }
        }
    }

    /** One line: median, p90, max and sum over the programs of each build's per-program figure in {@code slot}. */
    private static void row(String name, double[][][] per, int slot) {
        System.out.printf("%-16s", name);
        double[][] stats = new double[per.length][];
        for (int b = 0; b < per.length; b++) {
            double[] xs = new double[per[b].length];
            for (int i = 0; i < xs.length; i++) xs[i] = per[b][i][slot];
            Arrays.sort(xs);
            double total = 0;
            for (double x : xs) total += x;
            stats[b] = new double[] {q(xs, 0.5), q(xs, 0.9), xs[xs.length - 1], total};
            System.out.printf(" %9.2f %8.2f %8.2f %8.1f", stats[b][0], stats[b][1], stats[b][2], stats[b][3]);
        }
        if (per.length == 2) {
            System.out.printf("   %8.2f %5.2f %5.2f", stats[1][0] / stats[0][0], stats[1][1] / stats[0][1], stats[1][3] / stats[0][3]);
        }
        System.out.println();
    }

    /**
     * One build of heaplab in a class loader of its own, called by reflection (a call costs some
     * microseconds, the stages milliseconds): `Driver.compile`'s stages one by one, then the machine.
     */
    static final class Build {
        final String jar;
        private final Constructor<?> sourceFile, diagnostics, machine;
        private final Method hasErrors, shared, typedStd, parse, elision, typeck, matchCheck, lower, borrowck, run,
                executed, outcomeExit, outcomeStderr, driverRun, runExecution, runCompiled, reportCompiled;
        private final Object defaults, unbounded;
        private final Class<?> output;

        Build(String jar) throws Exception {
            this.jar = jar;
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> sf = cl.loadClass("dev.heaplab.core.source.SourceFile");
            Class<?> diags = cl.loadClass("dev.heaplab.core.diag.Diagnostics");
            Class<?> crate = cl.loadClass("dev.heaplab.core.syntax.Crate");
            Class<?> loweredStd = cl.loadClass("dev.heaplab.core.lower.LoweredStd");
            Class<?> checkedStd = cl.loadClass("dev.heaplab.core.typeck.CheckedStd");
            Class<?> typed = cl.loadClass("dev.heaplab.core.typeck.TypedProgram");
            Class<?> mir = cl.loadClass("dev.heaplab.core.mir.MirProgram");
            Class<?> limits = cl.loadClass("dev.heaplab.core.interp.Limits");
            Class<?> result = cl.loadClass("dev.heaplab.core.interp.ExecutionResult");
            Class<?> report = cl.loadClass("dev.heaplab.core.render.RunReport");
            Class<?> outcome = cl.loadClass("dev.heaplab.core.render.RunReport$Outcome");
            Class<?> driver = cl.loadClass("dev.heaplab.core.Driver");
            Class<?> driverRunC = cl.loadClass("dev.heaplab.core.Driver$Run");
            Class<?> compiled = cl.loadClass("dev.heaplab.core.Driver$Compiled");
            output = cl.loadClass("dev.heaplab.core.interp.ProgramOutput");
            sourceFile = sf.getConstructor(String.class, String.class);
            diagnostics = diags.getConstructor();
            machine = cl.loadClass("dev.heaplab.core.interp.Machine").getConstructor(mir, limits, output, List.class);
            hasErrors = diags.getMethod("hasErrors");
            shared = loweredStd.getMethod("shared");
            typedStd = loweredStd.getMethod("typed");
            parse = cl.loadClass("dev.heaplab.core.syntax.Parser").getMethod("parse", sf, diags);
            elision = cl.loadClass("dev.heaplab.core.borrowck.LifetimeElision").getMethod("check", crate, diags);
            typeck = cl.loadClass("dev.heaplab.core.typeck.TypeChecker").getMethod("check", crate, diags, checkedStd);
            matchCheck = cl.loadClass("dev.heaplab.core.exhaustive.MatchCheck").getMethod("check", typed, diags);
            lower = cl.loadClass("dev.heaplab.core.lower.Lowering").getMethod("lower", typed, diags, loweredStd);
            borrowck = cl.loadClass("dev.heaplab.core.borrowck.BorrowCheck").getMethod("check", mir, diags);
            run = cl.loadClass("dev.heaplab.core.interp.Machine").getMethod("run");
            executed = report.getMethod("executed", sf, result);
            reportCompiled = report.getMethod("compiled", sf, compiled, boolean.class);
            outcomeExit = outcome.getMethod("exitCode");
            outcomeStderr = outcome.getMethod("stderr");
            driverRun = driver.getMethod("run", sf, limits, output, List.class);
            runExecution = driverRunC.getMethod("execution");
            runCompiled = driverRunC.getMethod("compiled");
            defaults = limits.getField("DEFAULT").get(null);
            // bench/programs run with bench/run.sh's limits (arith_loop needs more than the default 50M steps)
            unbounded = limits.getConstructors()[0].newInstance(100_000_000_000L, 4_000_000_000L, 10_000, 16L << 20, 3_600_000L);
        }

        private Object limits(Program p) { return p.stdout() == null ? unbounded : defaults; }

        private Object capture(StringBuilder out, StringBuilder err) {
            return Proxy.newProxyInstance(output.getClassLoader(), new Class<?>[] {output}, (proxy, m, a) -> {
                return switch (m.getName()) {
                    case "stdout" -> {
                        out.append((String) a[0]);
                        yield null;
                    }
                    case "stderr" -> {
                        err.append((String) a[0]);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == a[0];
                    case "toString" -> "captured output";
                    default -> m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, m, a) : null;
                };
            });
        }

        /** As UiRunner: `Driver.run` with default limits, then the report `heaplab run` prints on stderr. */
        Outcome viaDriver(Program p) throws Exception {
            StringBuilder out = new StringBuilder(), err = new StringBuilder();
            Object file = sourceFile.newInstance(p.name(), p.text());
            Object r = call(driverRun, null, file, limits(p), capture(out, err), List.of());
            Object execution = call(runExecution, r);
            Object end = execution == null ? call(reportCompiled, null, file, call(runCompiled, r), false) : call(executed, null, file, execution);
            err.append((String) call(outcomeStderr, end));
            return new Outcome(out.toString(), err.toString(), (int) call(outcomeExit, end));
        }

        /** The stages of `Driver.compile` one by one, then the machine; {@code slot} ≥ 0 keeps the times there. */
        void staged(Program p, int slot) throws Exception {
            double[] wall = new double[SLOTS], cpu = new double[SLOTS];
            Object file = sourceFile.newInstance(p.name(), p.text());
            Object diags = diagnostics.newInstance();
            Object std = call(shared, null);
            long[] at = {System.nanoTime(), THREAD.getCurrentThreadCpuTime()};
            Object crate = call(parse, null, file, diags);
            call(elision, null, crate, diags);
            lap(at, wall, cpu, 0);
            Object typed = call(typeck, null, crate, diags, call(typedStd, std));
            lap(at, wall, cpu, 1);
            call(matchCheck, null, typed, diags);
            lap(at, wall, cpu, 2);
            Object mir = call(lower, null, typed, diags, std);
            lap(at, wall, cpu, 3);
            call(borrowck, null, mir, diags);
            lap(at, wall, cpu, 4);
            if ((boolean) call(hasErrors, diags) || mir == null) throw new IllegalStateException(p.id() + " no longer compiles on " + jar);
            StringBuilder out = new StringBuilder(), err = new StringBuilder();
            Object result = call(run, machine.newInstance(mir, limits(p), capture(out, err), List.of()));
            Object end = call(executed, null, file, result);
            lap(at, wall, cpu, MACHINE);
            if (slot < 0) return;
            String d = difference(p, new Outcome(out.toString(), "", (int) call(outcomeExit, end)), false);
            if (d != null) throw new IllegalStateException(p.id() + " changed between rounds on " + jar + ": " + d);
            for (double[] xs : List.of(wall, cpu)) {
                xs[COMPILE] = sum(xs, 0, MACHINE);
                xs[TOTAL] = xs[COMPILE] + xs[MACHINE];
            }
            p.wall().get(slot).add(wall);
            p.cpu().get(slot).add(cpu);
        }

        private static Object call(Method m, Object target, Object... args) throws Exception {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
            }
        }
    }

    private static void lap(long[] at, double[] wall, double[] cpu, int stage) {
        long w = System.nanoTime(), c = THREAD.getCurrentThreadCpuTime();
        wall[stage] = (w - at[0]) / 1e6;
        cpu[stage] = (c - at[1]) / 1e6;
        at[0] = w;
        at[1] = c;
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

    /** The programs under {@code root}: with goldens, the accepted run programs only. */
    private static List<Program> corpus(Path root, boolean goldens, int builds) throws Exception {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        List<Program> out = new ArrayList<>();
        for (Path p : sources) {
            String text = Files.readString(p);
            String name = p.getFileName().toString(), base = name.substring(0, name.length() - 3);
            String id = goldens ? root.relativize(p).toString() : "bench/" + root.relativize(p);
            List<List<double[]>> wall = new ArrayList<>(), cpu = new ArrayList<>();
            for (int b = 0; b < builds; b++) {
                wall.add(new ArrayList<>());
                cpu.add(new ArrayList<>());
            }
            if (!goldens) {
                out.add(new Program(id, name, text, null, null, 0, wall, cpu));
                continue;
            }
            Path stdout = p.resolveSibling(base + ".stdout");
            if (!Files.exists(stdout) || text.contains("//@ compile-fail")) continue;
            Path exit = p.resolveSibling(base + ".exit"), stderr = p.resolveSibling(base + ".stderr");
            out.add(new Program(id, name, text, Files.readString(stdout), Files.exists(stderr) ? Files.readString(stderr) : "",
                    Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : 0, wall, cpu));
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

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll(" \\S+ \\S+$", "");
    }
}
