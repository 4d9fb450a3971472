package dev.heaplab.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up probes for measuring where a whole process's time goes (docs/performance.md, "Start-up
 * work"): with {@code HEAPLAB_STARTUP_CLOCK=1} each {@link #mark} records the wall time since the
 * JVM started and the CPU time of the marking thread, and the process prints them on stderr at
 * exit. Otherwise a mark is one test of a constant.
 */
public final class StartupClock {
    private StartupClock() {}

    private static final boolean ON = "1".equals(System.getenv("HEAPLAB_STARTUP_CLOCK"));
    private static final List<String> MARKS = new ArrayList<>();

    /** Records that {@code what} just ended on the current thread. */
    public static void mark(String what) {
        if (!ON) return;
        Probe.mark(what);
    }

    /** Prints the marks on stderr (the CLI calls it before exiting). */
    public static void print() {
        if (!ON) return;
        synchronized (MARKS) {
            for (String m : MARKS) System.err.println(m);
        }
        threads();
    }

    /** Each thread's CPU time so far (the JIT's, the GC's and the VM's too), from /proc on Linux. */
    private static void threads() {
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) return;
        long total = 0;
        for (java.io.File t : tasks) {
            try {
                String stat = java.nio.file.Files.readString(t.toPath().resolve("stat"));
                int close = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, close);
                String[] f = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                total += ticks;
                if (ticks > 0) System.err.printf("startup thread %-20s cpu %5d ms%n", name, ticks * 10);
            } catch (java.io.IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
        System.err.printf("startup threads total        cpu %5d ms%n", total * 10);
    }

    /** Loaded only when probing: the management classes cost start-up time themselves. */
    private static final class Probe {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        static final long START_MS = ManagementFactory.getRuntimeMXBean().getStartTime();

        static void mark(String what) {
            long wall = System.currentTimeMillis() - START_MS;
            long cpu = THREADS.getCurrentThreadCpuTime() / 1_000_000;
            String line = String.format("startup %-16s %-28s wall %5d ms  thread cpu %5d ms", Thread.currentThread().getName(), what, wall, cpu);
            synchronized (MARKS) {
                MARKS.add(line);
            }
        }
    }
}
