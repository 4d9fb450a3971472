package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * Runs the program's threads one at a time on a deterministic schedule: the current thread runs
 * until it blocks (join of an unfinished thread, recv on an empty channel, a lock held by another
 * thread, a full bounded channel) or finishes; then the next runnable thread after it in creation
 * order runs. Each Rust thread other than `main` runs its frames on its own Java thread, so a thread
 * can block anywhere, even inside native code; a baton (one semaphore per thread) makes sure only
 * one Java thread touches the machine at a time. A fault that ends the run (limit, undefined
 * behaviour, abort) in another thread is handed to `main`, which rethrows it.
 */
final class Scheduler {
    /** Thrown in a parked Java thread when the run is over; never reaches user-visible code. */
    static final class Killed extends Error {
        Killed() { super("thread killed at the end of the run", null, false, false); }
    }

    private final Interp m;
    private final List<RThread> threads = new ArrayList<>();
    private RThread current;
    private MachineStop fatal;
    private volatile boolean over;

    Scheduler(Interp m) {
        this.m = m;
        current = new RThread(0, "main", m.frames);
        current.started = true;
        threads.add(current);
    }

    RThread current() { return current; }

    /** Creates a runnable thread that will run {@code body} (on its own frames) when scheduled. */
    RThread spawn(String name, Runnable body) {
        RThread t = new RThread(threads.size(), name, new ArrayList<>());
        t.body = body;
        threads.add(t);
        return t;
    }

    private long nextScope;

    /** A fresh id for a `thread::scope`. */
    long newScope() { return ++nextScope; }

    /** True when every thread spawned in scope {@code id} has finished. */
    boolean scopeDone(long id) {
        for (RThread t : threads) if (t.scope == id && !t.done) return false;
        return true;
    }

    /** True when a thread of scope {@code id} panicked and was not joined (`scope` then panics). */
    boolean scopePanicked(long id) {
        for (RThread t : threads) if (t.scope == id && t.panicked && !t.joined) return true;
        return false;
    }

    /** Blocks the current thread until {@code ready} holds, running other threads meanwhile. */
    void block(BooleanSupplier ready, Span span) {
        RThread me = current;
        while (!ready.getAsBoolean()) {
            me.waitingFor = ready;
            RThread next = pickNext(me);
            if (next == null) {
                me.waitingFor = null;
                throw new MachineStop.Limit("limit: deadlock: every thread is blocked (" + describe(me) + ")", span);
            }
            handOff(next);
            park(me);
        }
        me.waitingFor = null;
    }

    /** Ends the current (non-main) thread and runs the next runnable one. */
    void finish(RThread me) {
        me.done = true;
        me.waitingFor = null;
        RThread next = pickNext(me);
        if (next == null) {
            fail(new MachineStop.Limit("limit: deadlock: every thread is blocked (main is waiting)", m.current));
            return;
        }
        handOff(next);
    }

    /** A fault in a non-main thread: main rethrows it; this Java thread then ends. */
    void fail(MachineStop stop) {
        fatal = stop;
        RThread main = threads.get(0);
        current = main;
        m.frames = main.frames;
        main.baton.release();
    }

    /** Called when the run is over: parked Java threads are released and end. */
    void shutdown() {
        over = true;
        for (RThread t : threads) if (t.java != null) t.baton.release();
    }

    private RThread pickNext(RThread me) {
        int n = threads.size();
        for (int k = 1; k < n; k++) {
            RThread t = threads.get((me.id + k) % n);
            if (t.done) continue;
            if (t.waitingFor == null || t.waitingFor.getAsBoolean()) return t;
        }
        return null;
    }

    private void handOff(RThread next) {
        current = next;
        m.frames = next.frames;
        if (!next.started) {
            next.started = true;
            next.java = Runners.THREADS.start("-" + next.id, () -> runThread(next));
        } else {
            next.baton.release();
        }
    }

    private void park(RThread me) {
        me.baton.acquireUninterruptibly();
        if (over) throw new Killed();
        current = me;
        m.frames = me.frames;
        if (fatal != null && me.id == 0) {
            MachineStop f = fatal;
            fatal = null;
            throw f;
        }
    }

    private void runThread(RThread me) {
        try {
            if (over) return;
            me.body.run();
            finish(me);
        } catch (Killed k) {
            // the run ended while this thread was parked
        } catch (MachineStop s) {
            fail(s);
        } catch (StackOverflowError e) {
            fail(new MachineStop.Limit("limit: the machine's native stack overflowed (too deeply nested values or drops)",
                    m.current));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            fail(new MachineStop.Internal("internal error in the machine: " + e, m.current));
        }
    }

    private static String describe(RThread t) {
        return "thread '" + t.displayName() + "' waits forever";
    }

    /** One Rust thread: its frames, its state in the schedule, and its result once finished. */
    static final class RThread {
        final int id;
        final String name;
        final ArrayList<Frame> frames;
        final Semaphore baton = new Semaphore(0);
        Runnable body;
        Runners.Job java;
        boolean started, done, panicked, joined, detached;
        BooleanSupplier waitingFor;
        /** The closure's return value (or the panic payload) and its type. */
        Value result;
        dev.heaplab.core.types.Ty resultTy;
        /** The scope a scoped thread belongs to (0 for none). */
        long scope;

        RThread(int id, String name, ArrayList<Frame> frames) {
            this.id = id;
            this.name = name;
            this.frames = frames;
        }

        String displayName() { return name == null ? "<unnamed>" : name; }
    }
}
