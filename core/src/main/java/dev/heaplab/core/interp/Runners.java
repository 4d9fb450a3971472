package dev.heaplab.core.interp;

import java.util.ArrayDeque;

/**
 * Threads with a large native stack, kept once idle for the next job: the machine's own thread and
 * the program's threads. Starting a thread costs about half a millisecond of CPU on this 2-core
 * machine, a fifth of a warm run of a small program (docs/performance.md, "Warm JVM per program");
 * handing a job to a parked thread costs some microseconds. A thread idle for {@link #IDLE_MILLIS}
 * ends, so that a JVM that stops running programs keeps none (nor the stack pages they touched).
 * A job that throws ends its thread, as it did when each job had a thread of its own.
 */
final class Runners {
    private static final long IDLE_MILLIS = 10_000;

    /** The machine's threads (see {@code Machine.run}). */
    static final Runners MACHINE = new Runners("heaplab-machine", 1L << 30);
    /** The program's threads other than `main` (see {@code Scheduler}). */
    static final Runners THREADS = new Runners("heaplab-thread", 256L << 20);

    private final String name;
    private final long stackBytes;
    /** Parked runners, the most recently parked first (its stack is the warmest). Guarded by itself. */
    private final ArrayDeque<Runner> idle = new ArrayDeque<>();

    Runners(String name, long stackBytes) {
        this.name = name;
        this.stackBytes = stackBytes;
    }

    /** One job: its body, and whether it has ended. */
    static final class Job {
        private final Runnable body;
        private Runner on;
        private boolean done;

        private Job(Runnable body) { this.body = body; }

        /** Waits until the job has ended. */
        void join() throws InterruptedException {
            synchronized (this) {
                while (!done) wait();
            }
        }

        /** Interrupts the job's thread if it still runs this job (a later job is never interrupted). */
        void interrupt() {
            Runner r;
            synchronized (this) { r = on; }
            if (r == null) return;
            synchronized (r) {
                if (r.job == this) r.interrupt();
            }
        }
    }

    /** Starts {@code body} on a parked thread, or a new one; {@code suffix} ends the thread's name. */
    Job start(String suffix, Runnable body) {
        Job job = new Job(body);
        Runner r;
        synchronized (idle) { r = idle.pollFirst(); }
        boolean fresh = r == null;
        if (fresh) r = new Runner(suffix);
        assign(r, job);
        if (fresh) r.start();
        return job;
    }

    private void assign(Runner r, Job job) {
        synchronized (job) { job.on = r; }
        synchronized (r) {
            r.job = job;
            r.notifyAll();
        }
    }

    private final class Runner extends Thread {
        /** The job running or about to run; null while parked. Guarded by this. */
        private Job job;

        Runner(String suffix) {
            super(null, null, name + suffix, stackBytes); // a reused thread keeps its first job's name
            setDaemon(true);
        }

        @Override public void run() {
            Job j;
            synchronized (this) { j = job; }
            while (j != null) {
                boolean ended = false;
                try {
                    j.body.run();
                    ended = true;
                } finally {
                    synchronized (this) {
                        job = null;
                        Thread.interrupted(); // an interrupt meant for the job just ended
                    }
                    // parked before the caller learns the job ended, so that its next job finds this thread
                    if (ended) synchronized (idle) { idle.addFirst(this); }
                    synchronized (j) {
                        j.done = true;
                        j.on = null;
                        j.notifyAll();
                    }
                }
                j = await();
            }
        }

        /** Parks (listed as idle already) until a job is assigned; null after {@link #IDLE_MILLIS} without one (the thread then ends). */
        private Job await() {
            synchronized (this) {
                long end = System.nanoTime() + IDLE_MILLIS * 1_000_000;
                boolean mine = true; // still in the idle list, as far as this thread knows
                while (job == null) {
                    long left = (end - System.nanoTime()) / 1_000_000;
                    if (mine && left <= 0) {
                        boolean removed;
                        synchronized (idle) { removed = idle.remove(this); }
                        if (removed) return null;
                        mine = false; // taken from the list just now: its job comes
                        continue;
                    }
                    try {
                        if (mine) wait(Math.max(1, left)); else wait();
                    } catch (InterruptedException e) {
                        // only jobs are interrupted; a stray one is dropped
                    }
                }
                return job;
            }
        }
    }
}
