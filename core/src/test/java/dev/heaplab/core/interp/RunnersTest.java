package dev.heaplab.core.interp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Threads kept for the next job: reused one job after another, never handed a stale interrupt. */
class RunnersTest {
    private final Runners runners = new Runners("runners-test", 1L << 20);

    private Thread runOn() throws InterruptedException {
        AtomicReference<Thread> on = new AtomicReference<>();
        runners.start("", () -> on.set(Thread.currentThread())).join();
        return on.get();
    }

    @Test
    void aJobAfterAnotherRunsOnTheSameThread() throws InterruptedException {
        Thread first = runOn();
        for (int i = 0; i < 20; i++) assertSame(first, runOn());
    }

    @Test
    void aJobThatThrowsEndsItsThreadAndTheNextRunsAll() throws InterruptedException {
        Thread before = runOn();
        AtomicReference<Thread> threw = new AtomicReference<>();
        Thread.UncaughtExceptionHandler quiet = (t, e) -> { };
        runners.start("", () -> {
            threw.set(Thread.currentThread());
            Thread.currentThread().setUncaughtExceptionHandler(quiet);
            throw new IllegalStateException("a failing job");
        }).join();
        assertSame(before, threw.get());
        threw.get().join(10_000);
        assertFalse(threw.get().isAlive());
        assertNotSame(before, runOn());
    }

    @Test
    void anInterruptReachesOnlyItsJob() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Runners.Job job = runners.start("", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        started.await();
        job.interrupt();
        job.join();
        assertTrue(interrupted.get());
        job.interrupt(); // the job has ended: the thread's next job must not see it
        AtomicBoolean stale = new AtomicBoolean(true);
        runners.start("", () -> stale.set(Thread.currentThread().isInterrupted())).join();
        assertFalse(stale.get());
    }
}
