package dev.heaplab.core;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a stage's independent tasks (the borrow checks of the program's items) on the calling thread
 * and on helper threads, one per spare core: the warm-JVM latency of `heaplab check` on a machine
 * with two cores. Tasks are claimed in index order, so callers give the costly ones first; each task
 * must write only its own result slot and read shared data that nobody writes while the stage runs.
 * <p>
 * The caller never waits for a helper to start: it claims tasks itself and waits only for the tasks
 * a helper claimed, so a helper busy with another compile (the web playground checks concurrently)
 * delays nothing. {@code -Dheaplab.threads=1} (or a single core) runs everything on the caller.
 */
public final class Parallel {
    private Parallel() {}

    /** Helper threads beside the caller: spare cores, at most 3 (the stages have tens of tasks). */
    private static final int HELPERS = Math.max(0, Math.min(3,
            Integer.getInteger("heaplab.threads", Runtime.getRuntime().availableProcessors()) - 1));

    /** Daemon threads with a deep stack, as the checker recurses over the program's syntax. */
    private static final class Pool {
        static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(HELPERS, r -> {
            Thread t = new Thread(null, r, "heaplab-check-helper", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** Set on a thread that runs its stages alone ({@link #serially}). */
    private static final ThreadLocal<Boolean> SERIAL = new ThreadLocal<>();

    /** Whether {@link #forEach} may use other threads. */
    public static boolean enabled() { return HELPERS > 0; }

    /** Runs {@code work} with every {@link #forEach} it makes on this thread alone (tests compare both ways). */
    public static <T> T serially(java.util.function.Supplier<T> work) {
        Boolean before = SERIAL.get();
        SERIAL.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            SERIAL.set(before);
        }
    }

    /**
     * Runs {@code task.accept(i)} for every i in [0, n), each once, and returns when all are done.
     * The first failure (by task index, whichever thread ran it) is rethrown on the caller as it was
     * thrown, after every task ended, so the caller reports it as a fault of its stage.
     */
    public static void forEach(int n, IntConsumer task) {
        if (n <= 1 || HELPERS == 0 || SERIAL.get() != null) {
            for (int i = 0; i < n; i++) task.accept(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        Throwable[] failed = new Throwable[n];
        Runnable claim = () -> {
            for (int i; (i = next.getAndIncrement()) < n; ) {
                try {
                    task.accept(i);
                } catch (Throwable e) {
                    failed[i] = e;
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 0; h < Math.min(HELPERS, n - 1); h++) {
            try {
                Pool.EXECUTOR.execute(claim);
            } catch (RejectedExecutionException e) {
                break; // the caller claims every task
            }
        }
        claim.run();
        awaitUninterruptibly(done);
        for (Throwable e : failed) rethrow(e);
    }

    /** Waits for the latch even when interrupted (tasks in flight on a helper still write their slots), keeping the interrupt. */
    private static void awaitUninterruptibly(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Throws a task's failure on the caller as it was thrown (checked ones wrapped); nothing when null. */
    private static void rethrow(Throwable e) {
        if (e == null) return;
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error err) throw err;
        throw new IllegalStateException(e);
    }

    /**
     * Starts {@code work} on a helper, for a caller that has other work meanwhile; {@link Pending#join}
     * runs it on the caller if no helper took it yet. Runs nothing before join when there is no helper.
     */
    public static <T> Pending<T> start(java.util.function.Supplier<T> work) {
        Pending<T> p = new Pending<>(work);
        if (HELPERS > 0 && SERIAL.get() == null) {
            try {
                Pool.EXECUTOR.execute(p::runIfUnclaimed);
            } catch (RejectedExecutionException e) {
                // join runs it
            }
        }
        return p;
    }

    /** Work started by {@link #start}: run once, by a helper or by the caller of {@link #join}. */
    public static final class Pending<T> {
        private final java.util.function.Supplier<T> work;
        private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private T result;
        private Throwable failure;

        private Pending(java.util.function.Supplier<T> work) { this.work = work; }

        private void runIfUnclaimed() {
            if (!claimed.compareAndSet(false, true)) return;
            try {
                result = work.get();
            } catch (Throwable e) {
                failure = e;
            } finally {
                done.countDown();
            }
        }

        /** The work's result, run here if no helper started it; its failure rethrown as thrown. */
        public T join() {
            runIfUnclaimed();
            awaitUninterruptibly(done);
            rethrow(failure);
            return result;
        }

        /**
         * The result is not wanted: a helper that has not started it never will (one that has, finishes
         * unseen). True when it had not started, so that it never runs.
         */
        public boolean cancel() { return claimed.compareAndSet(false, true); }
    }
}
