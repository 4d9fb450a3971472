import dev.heaplab.core.Driver;
import dev.heaplab.core.borrowck.BorrowCheck;
import dev.heaplab.core.borrowck.LifetimeElision;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.exhaustive.MatchCheck;
import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.lower.Lowering;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.syntax.Parser;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.typeck.TypedProgram;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Warm-JVM figures of `heaplab check`, in CPU time of the checking thread (the bench machine is
 * shared: waiting for a core is not checking time). Per program: the whole compile-time pipeline
 * (`Driver.compile`, std stubs included) over N runs after W warm-up runs of every program, then
 * the same stages timed one by one (parse, type-check with resolve and lifetime elision, match
 * checks and lowering to MIR, borrow checker).
 * Usage: java -cp cli/target/heaplab.jar bench/CheckBench.java [-wall] [-w W] N FILE.rs...   (W defaults to N)
 * Prints one line per program: name lines, then median and p90 of the whole check, then the
 * medians of the stages (ms); a last line sums the medians over all the programs given.
 */
public final class CheckBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** With `-wall`: elapsed time instead of the checking thread's CPU time (the checker uses spare cores). */
    private static boolean wall;

    private static long now() { return wall ? System.nanoTime() : CPU.getCurrentThreadCpuTime(); }

    public static void main(String[] args) throws Exception {
        int a = 0, warm = -1;
        if (args[a].equals("-wall")) { wall = true; a++; }
        if (args[a].equals("-w")) { warm = Integer.parseInt(args[a + 1]); a += 2; }
        int n = Integer.parseInt(args[a++]);
        if (warm < 0) warm = n;
        List<SourceFile> files = new ArrayList<>();
        for (int i = a; i < args.length; i++) files.add(new SourceFile(args[i], Files.readString(Path.of(args[i]))));
        // Warm the JIT up on all the programs first, interleaved, as a long-lived checker would be.
        for (int k = 0; k < warm; k++) for (SourceFile f : files) stages(f);
        System.out.printf("%-22s %5s %9s %9s | %7s %7s %7s %7s  (ms, %s, %d runs after %d warm-up)%n",
                "program", "lines", "check", "check.p90", "parse", "typeck", "lower", "borrowck", wall ? "elapsed" : "thread CPU", n, warm);
        double total = 0, totalLines = 0;
        for (SourceFile f : files) {
            List<Double> check = new ArrayList<>();
            List<List<Double>> stage = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int k = 0; k < n; k++) {
                long t0 = now();
                Driver.Compiled c = Driver.compile(f);
                long t1 = now();
                if (!c.ok()) throw new IllegalStateException(f.displayPath() + " does not compile: " + c.diagnostics().get(0).message());
                check.add((t1 - t0) / 1e6);
                double[] s = stages(f);
                for (int j = 0; j < 4; j++) stage.get(j).add(s[j]);
            }
            int lines = f.text().split("\n").length;
            String name = Path.of(f.displayPath()).getFileName().toString().replace(".rs", "");
            System.out.printf("%-22s %5d %9.2f %9.2f | %7.2f %7.2f %7.2f %7.2f%n", name, lines,
                    quantile(check, 0.5), quantile(check, 0.9), quantile(stage.get(0), 0.5), quantile(stage.get(1), 0.5),
                    quantile(stage.get(2), 0.5), quantile(stage.get(3), 0.5));
            total += quantile(check, 0.5);
            totalLines += lines;
        }
        if (files.size() > 1) System.out.printf("%-22s %5d %9.2f   (%.2f ms per 200 lines)%n", "all", (int) totalLines, total, total * 200 / totalLines);
    }

    /** The stages of `Driver.compile`, timed one by one (ms): parse, typeck, lower, borrowck. */
    private static double[] stages(SourceFile f) {
        Diagnostics d = new Diagnostics();
        LoweredStd std = LoweredStd.shared();
        long t0 = now();
        Crate crate = Parser.parse(f, d);
        long t1 = now();
        LifetimeElision.check(crate, d);
        TypedProgram typed = TypeChecker.check(crate, d, std.typed());
        long t2 = now();
        MatchCheck.check(typed, d);
        MirProgram mir = Lowering.lower(typed, d, std);
        long t3 = now();
        BorrowCheck.check(mir, d);
        long t4 = now();
        if (d.hasErrors()) throw new IllegalStateException(f.displayPath() + ": " + d.all().get(0).message());
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6};
    }

    private static double quantile(List<Double> xs, double q) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) (q * s.size())));
    }
}
