import java.lang.management.ManagementFactory;
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
 * Before/after figures of the warm machine that a shared machine blurs less: two builds (class paths
 * A and B) loaded side by side in one JVM, each in its own class loader, each program compiled once
 * per build, then `Machine.run` of A and B alternating run by run after the same warm-up, so that
 * both see the same load. Process CPU time per run (the machine runs on its own thread; garbage
 * collection counts too): median and p10 of A and B, and B / A.
 * Usage: java -XX:+UseSerialGC [-XX:TieredStopAtLevel=1] bench/RunAB.java CLASSPATH_A CLASSPATH_B WARMUP RUNS FILE.rs...
 */
public final class RunAB {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One build: a `Machine` maker per program, for its own compiled MIR. */
    private record Build(List<Runnable> runs) {
        static Build load(String classpath, List<Path> paths) throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String p : classpath.split(":")) urls.add(Path.of(p).toUri().toURL());
            ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> sf = cl.loadClass("dev.heaplab.core.source.SourceFile");
            Class<?> driver = cl.loadClass("dev.heaplab.core.Driver");
            Class<?> compiled = cl.loadClass("dev.heaplab.core.Driver$Compiled");
            Class<?> limits = cl.loadClass("dev.heaplab.core.interp.Limits");
            Class<?> output = cl.loadClass("dev.heaplab.core.interp.ProgramOutput");
            Class<?> machine = cl.loadClass("dev.heaplab.core.interp.Machine");
            Class<?> result = cl.loadClass("dev.heaplab.core.interp.ExecutionResult");
            Object lim = limits.getConstructors()[0].newInstance(Long.MAX_VALUE, 1L << 32, 100_000, 1L << 30, 3_600_000L);
            Object sink = java.lang.reflect.Proxy.newProxyInstance(cl, new Class<?>[] {output}, (p, m, a) -> null);
            Constructor<?> mk = sf.getConstructor(String.class, String.class);
            Constructor<?> newMachine = machine.getConstructor(cl.loadClass("dev.heaplab.core.mir.MirProgram"), limits, output, List.class);
            Method run = machine.getMethod("run"), exit = result.getMethod("exitCode");
            List<Runnable> runs = new ArrayList<>();
            for (Path p : paths) {
                Object c = driver.getMethod("compile", sf).invoke(null, mk.newInstance(p.toString(), Files.readString(p)));
                if (!(Boolean) compiled.getMethod("ok").invoke(c)) throw new IllegalStateException("does not compile: " + p);
                Object mir = compiled.getMethod("mir").invoke(c);
                runs.add(() -> {
                    try {
                        Object r = run.invoke(newMachine.newInstance(mir, lim, sink, List.of()));
                        if ((int) exit.invoke(r) != 0) throw new IllegalStateException(p + " failed: " + r);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            return new Build(runs);
        }

        double run(int i) {
            long t0 = OS.getProcessCpuTime();
            runs.get(i).run();
            return (OS.getProcessCpuTime() - t0) / 1e6;
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
        for (int r = 0; r < runs; r++)
            for (int i = 0; i < paths.size(); i++)
                for (int x = 0; x < 2; x++) {
                    int which = (r + x) % 2; // alternate which build goes first
                    times.get(which).get(i).add(builds[which].run(i));
                }
        System.out.printf("%-18s %7s %7s %7s %7s %6s   (ms, process CPU, %d runs each after %d warm-up, load %s)%n",
                "program", "A med", "A p10", "B med", "B p10", "B/A", runs, warm, Files.readString(Path.of("/proc/loadavg")).trim());
        for (int i = 0; i < paths.size(); i++) {
            double am = q(times.get(0).get(i), 0.5), bm = q(times.get(1).get(i), 0.5);
            System.out.printf("%-18s %7.0f %7.0f %7.0f %7.0f %6.2f%n", paths.get(i).getFileName().toString().replace(".rs", ""),
                    am, q(times.get(0).get(i), 0.1), bm, q(times.get(1).get(i), 0.1), bm / am);
        }
    }

    private static double q(List<Double> xs, double q) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) (q * s.size())));
    }
}
