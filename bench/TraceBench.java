import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.Machine;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.memview.Trace;
import dev.heaplab.core.memview.TraceRecorder;
import dev.heaplab.core.memview.TraceText;
import dev.heaplab.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trace figures for bench/trace.sh, in one JVM after warm-up: per program, the median over N runs of
 * the machine alone and of the machine recording a trace, the memory the trace retains (heap used
 * after a full GC, with and without the trace alive), and the median time to rebuild and draw one
 * step chosen at random. Times are process CPU time (10 ms resolution), which a shared machine's
 * load does not inflate as it does wall time.
 * Usage: java -Xmx6g -cp cli/target/heaplab.jar bench/TraceBench.java N MAX_STEPS FILE.rs...
 * Prints one line per program: name steps run_ms trace_ms bytes_per_step render_ms
 */
public final class TraceBench {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        long maxSteps = Long.parseLong(args[1]);
        Limits limits = new Limits(maxSteps, 1L << 32, 100_000, 1L << 30, 3_600_000);
        ProgramOutput sink = new ProgramOutput() {
            @Override public void stdout(String s) {}

            @Override public void stderr(String s) {}
        };
        for (int i = 2; i < args.length; i++) {
            Path p = Path.of(args[i]);
            SourceFile file = new SourceFile(p.toString(), Files.readString(p));
            Driver.Compiled c = Driver.compile(file);
            if (!c.ok()) throw new IllegalStateException(p + " does not compile");
            List<Double> plain = new ArrayList<>(), traced = new ArrayList<>(), render = new ArrayList<>();
            Trace kept = null;
            for (int k = 0; k < 2 * n; k++) {
                long t0 = cpu();
                new Machine(c.mir(), limits, sink, List.of()).run();
                long t1 = cpu();
                TraceRecorder rec = new TraceRecorder(file);
                ExecutionResult r = new Machine(c.mir(), limits, sink, List.of(rec)).run();
                long t2 = cpu();
                if (k >= n) {
                    plain.add((t1 - t0) / 1e6);
                    traced.add((t2 - t1) / 1e6);
                }
                kept = null;
                kept = rec.finish(r);
            }
            long withTrace = usedAfterGc();
            long steps = kept.size();
            Random random = new Random(42);
            for (int k = 0; k < 50; k++) {
                int index = random.nextInt(kept.size());
                long t0 = System.nanoTime();
                String text = TraceText.render(kept.snapshot(index), false, false);
                long t1 = System.nanoTime();
                if (text.isEmpty()) throw new IllegalStateException();
                if (k >= 10) render.add((t1 - t0) / 1e6);
            }
            kept = null;
            long without = usedAfterGc();
            System.out.printf("%s %d %.1f %.1f %d %.2f%n", p.getFileName().toString().replace(".rs", ""), steps, median(plain),
                    median(traced), (withTrace - without) / Math.max(1, steps), median(render));
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double median(List<Double> xs) {
        Collections.sort(xs);
        return xs.get(xs.size() / 2);
    }
}
