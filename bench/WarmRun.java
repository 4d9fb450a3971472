import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.Machine;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Warm-JVM figures for bench/run.sh: per program, the median over N runs (after N warm-up runs) of
 * the compile-time stages and of the machine alone, in one JVM.
 * Usage: java -cp cli/target/heaplab.jar bench/WarmRun.java N FILE.rs...
 * Prints one line per program: name compile_ms run_ms
 */
public final class WarmRun {
    private static final Limits UNBOUNDED = new Limits(Long.MAX_VALUE, 1L << 32, 100_000, 1L << 30, 600_000);

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        ProgramOutput sink = new ProgramOutput() {
            @Override public void stdout(String s) {}

            @Override public void stderr(String s) {}
        };
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
            SourceFile file = new SourceFile(p.toString(), Files.readString(p));
            List<Double> compile = new ArrayList<>(), run = new ArrayList<>();
            for (int k = 0; k < 2 * n; k++) {
                long t0 = System.nanoTime();
                Driver.Compiled c = Driver.compile(file);
                long t1 = System.nanoTime();
                if (!c.ok()) throw new IllegalStateException(p + " does not compile: " + c.diagnostics().get(0).message());
                ExecutionResult r = new Machine(c.mir(), UNBOUNDED, sink, List.of()).run();
                long t2 = System.nanoTime();
                if (r.exitCode() != 0) throw new IllegalStateException(p + " ended with " + r.outcome() + ": " + r.message());
                if (k >= n) { // the first n runs warm the JIT up
                    compile.add((t1 - t0) / 1e6);
                    run.add((t2 - t1) / 1e6);
                }
            }
            System.out.printf("%s %.1f %.1f%n", p.getFileName().toString().replace(".rs", ""), median(compile), median(run));
        }
    }

    private static double median(List<Double> xs) {
        Collections.sort(xs);
        return xs.get(xs.size() / 2);
    }
}
