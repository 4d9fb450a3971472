import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Before/after figures of `heaplab check` that a shared machine cannot blur: two builds (class paths
 * A and B, e.g. the jar of the commit before a change and the new one) are loaded side by side in one
 * JVM, each in its own class loader, warmed up alike, then timed in alternating short batches, so
 * that both see the same load. Thread CPU time of `Driver.compile`, per program: median and p90 of
 * A and B, and B / A.
 * Usage: java bench/CheckAB.java CLASSPATH_A CLASSPATH_B WARMUP RUNS FILE.rs...
 *        (RUNS per build and program, taken in batches of 5 alternating A and B)
 */
public final class CheckAB {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One build: its `Driver.compile(SourceFile)` and the programs as its own SourceFiles. */
    private record Build(Method compile, Method ok, List<Object> files) {
        static Build load(String classpath, List<Path> paths) throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String p : classpath.split(":")) urls.add(Path.of(p).toUri().toURL());
            ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> sf = cl.loadClass("dev.heaplab.core.source.SourceFile");
            Class<?> driver = cl.loadClass("dev.heaplab.core.Driver");
            Constructor<?> mk = sf.getConstructor(String.class, String.class);
            List<Object> files = new ArrayList<>();
            for (Path p : paths) files.add(mk.newInstance(p.toString(), Files.readString(p)));
            return new Build(driver.getMethod("compile", sf), cl.loadClass("dev.heaplab.core.Driver$Compiled").getMethod("ok"), files);
        }

        double run(int i) throws Exception {
            long t0 = CPU.getCurrentThreadCpuTime();
            Object c = compile.invoke(null, files.get(i));
            long t1 = CPU.getCurrentThreadCpuTime();
            if (!(Boolean) ok.invoke(c)) throw new IllegalStateException("does not compile: " + files.get(i));
            return (t1 - t0) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        int warm = Integer.parseInt(args[2]), runs = Integer.parseInt(args[3]);
        List<Path> paths = new ArrayList<>();
        for (int i = 4; i < args.length; i++) paths.add(Path.of(args[i]));
        Build[] builds = {Build.load(args[0], paths), Build.load(args[1], paths)};
        for (int k = 0; k < warm; k++) for (Build b : builds) for (int i = 0; i < paths.size(); i++) b.run(i);
        List<List<List<Double>>> times = List.of(new ArrayList<>(), new ArrayList<>());
        for (List<List<Double>> t : times) for (int i = 0; i < paths.size(); i++) t.add(new ArrayList<>());
        int batch = 5;
        for (int r = 0; r * batch < runs; r++) {
            for (int x = 0; x < 2; x++) {
                int which = (r + x) % 2; // alternate which build goes first
                for (int i = 0; i < paths.size(); i++) for (int k = 0; k < batch; k++) times.get(which).get(i).add(builds[which].run(i));
            }
        }
        System.out.printf("%-22s %8s %8s %8s %8s %7s   (ms, thread CPU, %d runs each after %d warm-up, load %s)%n",
                "program", "A med", "A p90", "B med", "B p90", "B/A", runs, warm, Files.readString(Path.of("/proc/loadavg")).trim());
        double sa = 0, sb = 0;
        for (int i = 0; i < paths.size(); i++) {
            double am = q(times.get(0).get(i), 0.5), bm = q(times.get(1).get(i), 0.5);
            sa += am;
            sb += bm;
            System.out.printf("%-22s %8.2f %8.2f %8.2f %8.2f %7.2f%n", paths.get(i).getFileName().toString().replace(".rs", ""),
                    am, q(times.get(0).get(i), 0.9), bm, q(times.get(1).get(i), 0.9), bm / am);
        }
        System.out.printf("%-22s %8.2f %8s %8.2f %8s %7.2f%n", "sum of medians", sa, "", sb, "", sb / sa);
    }

    private static double q(List<Double> xs, double q) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) (q * s.size())));
    }
}
