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
 * CheckAB for N builds (see CheckAB.java). Before/after figures of `heaplab check` that a shared machine cannot blur: builds (class paths
 * A and B, e.g. the jar of the commit before a change and the new one) are loaded side by side in one
 * JVM, each in its own class loader, warmed up alike, then timed in alternating short batches, so
 * that both see the same load. Thread CPU time of `Driver.compile`, per program: median and p90 of
 * A and B, and B / A.
 * Usage: java bench/CheckABN.java CLASSPATH_0 CLASSPATH_1 [CLASSPATH_2...] WARMUP RUNS FILE.rs...
 *        (RUNS per build and program, taken in batches of 5, rotating which build goes first). The build
 *        loaded first is favoured by a few per cent (an A/A run gave 3.6 %): give each build twice, in
 *        both positions (A B B A), and compare the means; ratios are against build 0.
 */
public final class CheckABN {
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
        int nb = 0;
        while (!args[nb].matches("\\d+")) nb++;
        int warm = Integer.parseInt(args[nb]), runs = Integer.parseInt(args[nb + 1]);
        List<Path> paths = new ArrayList<>();
        for (int i = nb + 2; i < args.length; i++) paths.add(Path.of(args[i]));
        Build[] builds = new Build[nb];
        for (int b = 0; b < nb; b++) builds[b] = Build.load(args[b], paths);
        for (int k = 0; k < warm; k++) for (Build b : builds) for (int i = 0; i < paths.size(); i++) b.run(i);
        List<List<List<Double>>> times = new ArrayList<>();
        for (int b = 0; b < nb; b++) { times.add(new ArrayList<>()); for (int i = 0; i < paths.size(); i++) times.get(b).add(new ArrayList<>()); }
        int batch = 5;
        for (int r = 0; r * batch < runs; r++) {
            for (int x = 0; x < nb; x++) {
                int which = (r + x) % nb; // rotate which build goes first
                for (int i = 0; i < paths.size(); i++) for (int k = 0; k < batch; k++) times.get(which).get(i).add(builds[which].run(i));
            }
        }
        System.out.printf("%-20s", "program");
        for (int b = 0; b < nb; b++) System.out.printf(" %8s", "med" + b);
        for (int b = 1; b < nb; b++) System.out.printf(" %7s", b + "/0");
        System.out.printf("   (ms, thread CPU medians, %d runs each after %d warm-up, load %s)%n", runs, warm, Files.readString(Path.of("/proc/loadavg")).trim());
        double[] sum = new double[nb];
        for (int i = 0; i < paths.size(); i++) {
            System.out.printf("%-20s", paths.get(i).getFileName().toString().replace(".rs", ""));
            double[] m = new double[nb];
            for (int b = 0; b < nb; b++) { m[b] = q(times.get(b).get(i), 0.5); sum[b] += m[b]; System.out.printf(" %8.2f", m[b]); }
            for (int b = 1; b < nb; b++) System.out.printf(" %7.3f", m[b] / m[0]);
            System.out.println();
        }
        System.out.printf("%-20s", "sum of medians");
        for (int b = 0; b < nb; b++) System.out.printf(" %8.2f", sum[b]);
        for (int b = 1; b < nb; b++) System.out.printf(" %7.3f", sum[b] / sum[0]);
        System.out.println();
    }

    private static double q(List<Double> xs, double q) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) (q * s.size())));
    }
}
