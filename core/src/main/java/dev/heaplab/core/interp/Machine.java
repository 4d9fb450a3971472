package dev.heaplab.core.interp;

import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.fmt.RustFormatter;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineObserver;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * The abstract machine: runs a MIR program over an explicit stack and heap, reporting events.
 * How a run ends:
 * <ul>
 * <li>`main` returns: exit 0, or 1 after printing `Error: {e:?}` when it returned `Err(e)`;</li>
 * <li>a panic unwinds past `main`: exit 101 (a panic during unwinding aborts: exit 134);</li>
 * <li>a limit is hit: exit 3 with the limit's message; unsupported features exit 2;</li>
 * <li>undefined behaviour or a fault of the machine itself: exit 4, never a Java exception.</li>
 * </ul>
 */
public final class Machine {
    private final MirProgram program;
    private final Limits limits;
    private final ProgramOutput output;
    private final List<MachineObserver> observers;

    private final boolean ubChecks;
    /** For tests: run every statement the generic way, as with a detailed observer (see {@link Op}). */
    private boolean genericOnly;

    /** For tests: calls of a body before it runs as bytecode (0: at once; negative: never); null: the default. */
    private Integer jitThreshold;

    Machine jitThreshold(int calls) {
        jitThreshold = calls;
        return this;
    }

    /** For tests: how many bodies the last run compiled to bytecode. */
    int jitCompiled;

    /** Builds what every run shares (the native table) ahead of the first run; see {@code Driver.prepare}. */
    public static void prepare() {
        Builtins.prepare();
    }

    public Machine(MirProgram program, Limits limits, ProgramOutput output, List<MachineObserver> observers) {
        this(program, limits, output, observers, false);
    }

    /** With {@code ubChecks}, the machine detects undefined behaviour as Miri does (for `--no-borrowck`). */
    public Machine(MirProgram program, Limits limits, ProgramOutput output, List<MachineObserver> observers,
            boolean ubChecks) {
        this.ubChecks = ubChecks;
        this.program = program;
        this.limits = limits;
        this.output = output;
        this.observers = List.copyOf(observers);
    }

    /** This machine, set to run without compiled code (the result must be the same: tests compare both). */
    Machine genericOnly() {
        genericOnly = true;
        return this;
    }

    /**
     * Runs `main` to completion, a panic, or a limit. Never throws. The machine runs on its own thread
     * with a large native stack (1 GB reserved, not committed; reused from run to run: {@link Runners}), so that recursive drops of long lists (an `Rc` chain of 20 000 nodes)
     * do not overflow where rustc's 8 MB main stack does not.
     */
    public ExecutionResult run() {
        ExecutionResult[] result = new ExecutionResult[1];
        Runners.Job t = Runners.MACHINE.start("", () -> {
            try {
                result[0] = runHere();
            } catch (Throwable e) { // never a stack trace from the thread's default handler
                result[0] = new ExecutionResult(ExecutionResult.Outcome.INTERNAL_ERROR, 4,
                        "internal error in the machine: " + dev.heaplab.core.Driver.describe(e), null, null);
            }
        });
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
        }
        return result[0] != null ? result[0] : new ExecutionResult(ExecutionResult.Outcome.INTERNAL_ERROR, 4,
                "the machine's thread was interrupted", null, new HeapStatsCounter().stats());
    }

    private ExecutionResult runHere() {
        HeapStatsCounter stats = new HeapStatsCounter();
        List<MachineObserver> all = new ArrayList<>();
        all.add(stats);
        all.addAll(observers);
        Interp m = null;
        try {
            m = new Interp(program, limits, output, all, ubChecks);
            if (genericOnly) m.stepper.genericOnly();
            if (jitThreshold != null) m.jit.threshold = jitThreshold;
            return execute(m, stats);
        } catch (MachineStop.Panic p) {
            return result(ExecutionResult.Outcome.PANICKED, 101, null, p.span(), stats);
        } catch (MachineStop.Exit e) {
            return result(ExecutionResult.Outcome.COMPLETED, e.code & 0xff, null, null, stats);
        } catch (MachineStop.Abort a) {
            return result(ExecutionResult.Outcome.PANICKED, 134, a.getMessage(), a.span(), stats);
        } catch (MachineStop.Limit l) {
            return result(ExecutionResult.Outcome.LIMIT, 3, l.getMessage(), l.span(), stats);
        } catch (MachineStop.Undefined u) {
            // Undefined behaviour ends the process as Miri's report does (exit 101 when checking for it on purpose).
            return new ExecutionResult(ExecutionResult.Outcome.UNDEFINED_BEHAVIOR, ubChecks ? 101 : 4, u.getMessage(),
                    m == null ? u.span() : m.userSpan(u.span()), stats.stats(), u.origins());
        } catch (MachineStop.Internal i) {
            int exit = i.getMessage().startsWith("unsupported") ? 2 : 4;
            return result(ExecutionResult.Outcome.INTERNAL_ERROR, exit, i.getMessage(), i.span(), stats);
        } catch (OutOfMemoryError e) { // the allocation that failed is garbage again: report and go on
            return result(ExecutionResult.Outcome.LIMIT, 3, "limit: the machine ran out of Java heap memory "
                    + "(lower --max-heap or give the JVM more memory)", m == null ? null : m.current, stats);
        } catch (StackOverflowError e) {
            return result(ExecutionResult.Outcome.LIMIT, 3, "limit: the machine's native stack overflowed "
                    + "(too deeply nested values or drops)", m == null ? null : m.current, stats);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return result(ExecutionResult.Outcome.INTERNAL_ERROR, 4, "internal error in the machine: " + dev.heaplab.core.Driver.describe(e),
                    m == null ? null : m.current, stats);
        } finally {
            if (m != null) m.sched.shutdown();
            if (m != null) jitCompiled = m.jit.compiled;
        }
    }

    private ExecutionResult execute(Interp m, HeapStatsCounter stats) {
        Body main = program.body(program.main());
        if (main == null) throw new MachineStop.Internal("the program has no `main` body", null);
        m.calls.push(new Calls.Target(program.main(), List.of(), main, null, null, "main", new Value[0], new Ty[0]),
                null, main.span());
        m.stepper.runUntil(0);
        Ty retTy = main.locals().get(0).ty();
        Value ret = m.mainResult;
        if (m.types.is(retTy, LangItem.RESULT) && ret instanceof Value.Agg g && g.variant == m.types.resultVariant(false)) {
            Allocation slot = m.temp(ret, "main result");
            Value.Ptr at = Value.Ptr.thin(slot, new int[0]);
            StringBuilder sb = new StringBuilder("Error: ");
            new ValueFormatter(m, main.span()).format(RustFormatter.of(sb), FormatTemplate.Trait.DEBUG, at.child(0),
                    Types.arg(retTy, 1));
            m.print(true, sb.append('\n').toString(), main.span());
            m.drops.drop(at, ret, retTy, main.span());
            return result(ExecutionResult.Outcome.MAIN_RETURNED_ERR, 1, null, null, stats);
        }
        if (ret != null && !(ret instanceof Value.Uninit)) {
            Allocation slot = m.temp(ret, "main result");
            m.drops.drop(Value.Ptr.thin(slot, new int[0]), ret, retTy, main.span());
        }
        return result(ExecutionResult.Outcome.COMPLETED, 0, null, null, stats);
    }

    private static ExecutionResult result(ExecutionResult.Outcome o, int exit, String msg, Span span, HeapStatsCounter s) {
        return new ExecutionResult(o, exit, msg, span, s.stats());
    }
}
