package dev.heaplab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heaplab.core.diag.HumanEmitter;
import dev.heaplab.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The borrow checker checks the program's items on the spare cores ({@link Parallel}): its output
 * must not depend on that — the same diagnostics, in the same order, as one thread checking them all,
 * whatever thread ran which item and however many compiles run at once.
 */
class ParallelTest {
    @Test
    void everyTaskRunsOnceAndTheCallerReturnsAfterAll() {
        for (int n : new int[] {0, 1, 2, 3, 17, 200}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(n, 1));
            Parallel.forEach(n, i -> {
                if (i % 7 == 0) busy(20_000);
                runs.incrementAndGet(i);
            });
            for (int i = 0; i < n; i++) assertThat(runs.get(i)).as("task %d of %d", i, n).isEqualTo(1);
        }
    }

    @Test
    void theFirstFailureByIndexIsRethrownAsThrown() {
        AtomicIntegerArray runs = new AtomicIntegerArray(40);
        assertThatThrownBy(() -> Parallel.forEach(40, i -> {
            runs.incrementAndGet(i);
            if (i == 31) throw new IllegalArgumentException("task 31");
            if (i == 9) throw new StackOverflowError("task 9");
        })).isInstanceOf(StackOverflowError.class).hasMessage("task 9");
        // the other tasks still ran: a failing item does not leave another half checked on a helper
        for (int i = 0; i < 40; i++) assertThat(runs.get(i)).isEqualTo(1);
    }

    @Test
    void nestedAndConcurrentCallsEndWithoutDeadlock() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                done.add(callers.submit(() -> {
                    AtomicIntegerArray inner = new AtomicIntegerArray(10 * 10);
                    Parallel.forEach(10, i -> Parallel.forEach(10, j -> inner.incrementAndGet(i * 10 + j)));
                    int sum = 0;
                    for (int k = 0; k < 100; k++) sum += inner.get(k);
                    return sum;
                }));
            }
            for (Future<Integer> f : done) assertThat(f.get()).isEqualTo(100);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void serialRunsStayOnTheCaller() {
        Thread caller = Thread.currentThread();
        List<Thread> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Parallel.serially(() -> {
            Parallel.forEach(50, i -> seen.add(Thread.currentThread()));
            return null;
        });
        assertThat(seen).hasSize(50).allMatch(t -> t == caller);
    }

    @Test
    void startedWorkRunsOnceWhoeverTakesIt() {
        for (int k = 0; k < 200; k++) {
            java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
            Parallel.Pending<Integer> p = Parallel.start(() -> { runs.incrementAndGet(); return 7; });
            if (k % 2 == 0) busy(5_000);
            assertThat(p.join()).isEqualTo(7);
            assertThat(p.join()).isEqualTo(7);
            assertThat(runs.get()).isEqualTo(1);
        }
        Parallel.Pending<Integer> failing = Parallel.start(() -> { throw new IllegalStateException("lint failed"); });
        assertThatThrownBy(failing::join).isInstanceOf(IllegalStateException.class).hasMessage("lint failed");
        // a cancelled piece of work that no helper took never runs
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        Parallel.serially(() -> {
            Parallel.start(() -> ran.incrementAndGet()).cancel();
            return null;
        });
        busy(1_000_000);
        assertThat(ran.get()).isZero();
    }

    /** Programs with several items and borrow-checker errors, lints and closures. */
    private static List<SourceFile> programs() throws IOException {
        Path root = root();
        List<SourceFile> out = new ArrayList<>();
        for (String dir : List.of("tests/ui/compile-fail/probe14", "tests/ui/compile-fail/unseen15", "tests/ui/compile-fail/lints", "tests/ui/unseen14", "bench/programs/check200")) {
            if (!Files.isDirectory(root.resolve(dir))) continue;
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                    out.add(new SourceFile(root.relativize(p).toString(), Files.readString(p)));
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(250);
        return out;
    }

    private static String check(SourceFile f) {
        Driver.Compiled c = Driver.compile(f);
        return c.exitCode() + "\n" + HumanEmitter.forFile(f).renderAll(c.diagnostics());
    }

    @Test
    void checksOnSeveralThreadsGiveTheOneThreadOutput() throws Exception {
        List<SourceFile> files = programs();
        List<String> serial = new ArrayList<>();
        for (SourceFile f : files) serial.add(Parallel.serially(() -> check(f)));
        // each program on its own, then four compiles at once sharing the helpers
        for (int i = 0; i < files.size(); i++) assertThat(check(files.get(i))).as(files.get(i).displayPath()).isEqualTo(serial.get(i));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> got = new ArrayList<>();
            for (SourceFile f : files) got.add(callers.submit(() -> check(f)));
            for (int i = 0; i < files.size(); i++) assertThat(got.get(i).get()).as(files.get(i).displayPath()).isEqualTo(serial.get(i));
        } finally {
            callers.shutdownNow();
        }
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tests").resolve("ui"))) return dir;
        }
        throw new IllegalStateException("tests/ui not found");
    }

    private static void busy(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }
}
