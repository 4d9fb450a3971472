import dev.heaplab.core.Driver;
import dev.heaplab.core.borrowck.BorrowCheck;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Warm-JVM figures of `heaplab check`: per program, the median over N runs (after N warm-up runs)
 * of the whole compile-time pipeline (`Driver.compile`, std stubs included) and of the borrow
 * checker alone on the program's MIR, in CPU time of the checking thread.
 * Usage: java -cp cli/target/heaplab.jar bench/CheckBench.java N FILE.rs...
 * Prints one line per program: name lines check_ms borrowck_ms
 */
public final class CheckBench {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        // CPU time of this thread, not wall time: the bench machine is shared, and waiting for a core is not checking time.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
            String text = Files.readString(p);
            SourceFile file = new SourceFile(p.toString(), text);
            List<Double> check = new ArrayList<>(), borrowck = new ArrayList<>();
            for (int k = 0; k < 2 * n; k++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Driver.Compiled c = Driver.compile(file);
                long t1 = cpu.getCurrentThreadCpuTime();
                if (!c.ok()) throw new IllegalStateException(p + " does not compile: " + c.diagnostics().get(0).message());
                Diagnostics d = new Diagnostics();
                long t2 = cpu.getCurrentThreadCpuTime();
                BorrowCheck.check(c.mir(), d);
                long t3 = cpu.getCurrentThreadCpuTime();
                if (k >= n) { // the first n runs warm the JIT up
                    check.add((t1 - t0) / 1e6);
                    borrowck.add((t3 - t2) / 1e6);
                }
            }
            System.out.printf("%s %d %.2f %.2f%n", p.getFileName().toString().replace(".rs", ""),
                    text.split("\n").length, median(check), median(borrowck));
        }
    }

    private static double median(List<Double> xs) {
        Collections.sort(xs);
        return xs.get(xs.size() / 2);
    }
}
