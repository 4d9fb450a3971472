import dev.heaplab.core.Driver;
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
 * The machine alone, without observers (a plain `heaplab run`): median process CPU time of N runs
 * after N warm-up runs, at most MAX_STEPS steps each. Run it with two jars to compare builds, e.g.
 * the cost of the write hooks that tracing uses (they must cost nothing when no trace is recorded).
 * Usage: java -XX:+UseSerialGC -cp cli/target/heaplab.jar bench/PlainRun.java N MAX_STEPS FILE.rs...
 */
public final class PlainRun {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Limits limits = new Limits(Long.parseLong(args[1]), 1L << 32, 100_000, 1L << 30, 3_600_000);
        ProgramOutput sink = new ProgramOutput() {
            @Override public void stdout(String s) {}

            @Override public void stderr(String s) {}
        };
        for (int i = 2; i < args.length; i++) {
            Path p = Path.of(args[i]);
            Driver.Compiled c = Driver.compile(new SourceFile(p.toString(), Files.readString(p)));
            if (!c.ok()) throw new IllegalStateException(p + " does not compile");
            List<Double> ms = new ArrayList<>();
            for (int k = 0; k < 2 * n; k++) {
                long t0 = cpu();
                new Machine(c.mir(), limits, sink, List.of()).run();
                if (k >= n) ms.add((cpu() - t0) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf("%s %.0f%n", p.getFileName().toString().replace(".rs", ""), ms.get(ms.size() / 2));
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
