import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.Machine;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.profile.Profile;
import dev.heaplab.core.profile.Profiling;
import dev.heaplab.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cost of `run --stats` for docs/performance.md: per program, the median over N runs (after N warm-up
 * runs, in one JVM) of the machine alone, plainly and with the profiler (hint candidates from the
 * MIR, the detailed observer, building the profile and judging the hints).
 * Usage: java -cp cli/target/heaplab.jar bench/ProfileOverhead.java N FILE.rs...
 * Prints one line per program: name steps, then plain_ms profiled_ms ratio from the process's CPU time
 * (less disturbed than wall time when other jobs share the cores; JIT and GC threads included; 10 ms
 * resolution here) and the same from wall time (for the short programs).
 */
public final class ProfileOverhead {
    private static final Limits UNBOUNDED = new Limits(Long.MAX_VALUE, 1L << 32, 100_000, 1L << 30, 600_000);

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        ProgramOutput sink = new ProgramOutput() {
            @Override public void stdout(String s) {}

            @Override public void stderr(String s) {}
        };
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
            Driver.Compiled c = Driver.compile(new SourceFile(p.toString(), Files.readString(p)));
            if (!c.ok()) throw new IllegalStateException(p + " does not compile");
            List<Double> plain = new ArrayList<>(), profiled = new ArrayList<>();
            List<Double> plainWall = new ArrayList<>(), profiledWall = new ArrayList<>();
            long steps = 0;
            for (int k = 0; k < 2 * n; k++) {
                long w0 = System.nanoTime(), t0 = cpu();
                ExecutionResult r = new Machine(c.mir(), UNBOUNDED, sink, List.of()).run();
                long w1 = System.nanoTime(), t1 = cpu();
                Profiling prof = Profiling.of(c.mir());
                ExecutionResult r2 = new Machine(c.mir(), UNBOUNDED, sink, List.of(prof.profiler())).run();
                Profile profile = prof.profile(true);
                long w2 = System.nanoTime(), t2 = cpu();
                if (r.exitCode() != 0 || r2.exitCode() != 0) throw new IllegalStateException(p + " did not complete");
                steps = profile.steps();
                if (k >= n) { // the first n runs warm the JIT up
                    plain.add((t1 - t0) / 1e6);
                    profiled.add((t2 - t1) / 1e6);
                    plainWall.add((w1 - w0) / 1e6);
                    profiledWall.add((w2 - w1) / 1e6);
                }
            }
            double a = median(plain), b = median(profiled), wa = median(plainWall), wb = median(profiledWall);
            System.out.printf("%s %d %.0f %.0f %.2f %.1f %.1f %.2f%n", p.getFileName().toString().replace(".rs", ""), steps,
                    a, b, b / a, wa, wb, wb / wa);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> xs) {
        Collections.sort(xs);
        return xs.get(xs.size() / 2);
    }
}
