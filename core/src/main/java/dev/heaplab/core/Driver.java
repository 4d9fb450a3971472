package dev.heaplab.core;

import dev.heaplab.core.borrowck.BorrowCheck;
import dev.heaplab.core.borrowck.LifetimeElision;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.exhaustive.MatchCheck;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.lint.DeadCode;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.Machine;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.lower.Lowering;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.syntax.Parser;
import dev.heaplab.core.trace.MachineObserver;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.typeck.TypedProgram;
import java.util.List;

/**
 * The whole pipeline on one screen:
 * source → tokens → AST → resolved + typed program → match check → MIR → (borrow check) → machine → events.
 */
public final class Driver {
    private Driver() {}

    /** Exit codes of the command-line contract. */
    public static final int EXIT_OK = 0, EXIT_REJECTED = 1, EXIT_UNSUPPORTED = 2, EXIT_LIMIT = 3,
            EXIT_INTERNAL = 4, EXIT_PANIC = 101;

    /** The result of the compile-time stages: diagnostics, and MIR when there were no errors. */
    public record Compiled(List<Diagnostic> diagnostics, MirProgram mir) {
        public boolean ok() { return mir != null; }

        /** 4 after an internal fault, else 2 when any refusal is "unsupported", else 1 when rejected, else 0. */
        public int exitCode() {
            if (diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INTERNAL)) return EXIT_INTERNAL;
            if (diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNSUPPORTED)) return EXIT_UNSUPPORTED;
            return mir == null ? EXIT_REJECTED : EXIT_OK;
        }
    }

    /**
     * A run: compile-time diagnostics, and the execution when compilation succeeded (else null).
     * {@code prevented} holds the borrow checker's errors for a program run with `--no-borrowck`.
     */
    public record Run(Compiled compiled, ExecutionResult execution, List<Diagnostic> prevented) {
        public Run(Compiled compiled, ExecutionResult execution) { this(compiled, execution, List.of()); }

        public int exitCode() { return execution == null ? compiled.exitCode() : execution.exitCode(); }
    }

    /**
     * Starts building what every compile and run of this JVM shares (the std stubs checked and lowered,
     * the machine's native table) on a daemon thread, so that it overlaps whatever the caller does
     * before its first compile (parsing the command line, reading the file): a process start-up
     * saving on a machine with a free core. The first compile waits for it (class initialisation
     * is thread-safe); a failure is reported by that compile as before.
     */
    public static void prepare() {
        Thread t = new Thread(() -> {
            try {
                LoweredStd.shared();
                StartupClock.mark("std lowered");
                Machine.prepare();
                StartupClock.mark("native table");
            } catch (Throwable e) {
                // reported by the compile that needs it (the holders rethrow as NoClassDefFoundError)
            }
        }, "heaplab-prepare");
        t.setDaemon(true);
        t.start();
    }

    public static Compiled compile(SourceFile file) { return compile(file, true); }

    /** Runs the compile-time stages; {@code borrowck} false skips the borrow checker (`--no-borrowck`). */
    public static Compiled compile(SourceFile file, boolean borrowck) {
        StartupClock.mark("compile called");
        try {
            return compile(file, borrowck, LoweredStd.shared());
        } catch (LinkageError e) {
            // the shared stubs failed to build (ExceptionInInitializerError, then NoClassDefFoundError)
            return new Compiled(List.of(Diagnostic.internal(null, "a compiler stage failed: " + describe(e.getCause() == null ? e : e.getCause()))), null);
        }
    }

    /**
     * The same against given std stubs, checked and lowered already ({@link LoweredStd#shared()} unless
     * a test wants fresh ones); they are only read, so compiles may run concurrently.
     */
    public static Compiled compile(SourceFile file, boolean borrowck, LoweredStd std) {
        Diagnostics diags = new Diagnostics();
        try {
            return compile(file, borrowck, std, diags);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            // A fault of a stage on this input: reported as `error: internal: …` (exit 4), never thrown.
            diags.add(Diagnostic.internal(null, "a compiler stage failed: " + describe(e)));
            return new Compiled(diags.all(), null);
        }
    }

    private static Compiled compile(SourceFile file, boolean borrowck, LoweredStd std, Diagnostics diags) {
        StartupClock.mark("std ready");
        Crate crate = Parser.parse(file, diags);
        if (diags.hasErrors()) return new Compiled(diags.all(), null);
        LifetimeElision.check(crate, diags);
        StartupClock.mark("parsed");
        TypedProgram typed = TypeChecker.check(crate, diags, std.typed());
        if (typed == null || diags.hasErrors()) return new Compiled(diags.all(), null);
        StartupClock.mark("type-checked");
        MatchCheck.check(typed, diags);
        if (diags.hasErrors()) return new Compiled(diags.all(), null);
        MirProgram mir = Lowering.lower(typed, diags, std);
        if (mir == null || diags.hasErrors()) return new Compiled(diags.all(), null);
        StartupClock.mark("lowered");
        if (borrowck) {
            // rustc's dead-code lint runs once borrow checking succeeded, after its lints on constants;
            // it reads only the typed program, so a spare core computes it while the borrows are checked
            Parallel.Pending<List<Diagnostic>> dead = Parallel.start(() -> DeadCode.lints(typed, std.typed().defs().size()));
            if (BorrowCheck.check(mir, diags)) {
                diags.addLate();
                diags.addAll(dead.join());
            } else {
                dead.cancel();
            }
            if (diags.hasErrors()) return new Compiled(diags.all(), null);
            StartupClock.mark("borrow-checked");
        } else {
            diags.addLate();
            if (diags.hasErrors()) return new Compiled(diags.all(), null);
        }
        return new Compiled(diags.all(), mir);
    }

    /** `Exception: message (at File.java:line)`, the first frame inside heaplab locating the fault. */
    public static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getSimpleName());
        if (t.getMessage() != null) sb.append(": ").append(t.getMessage());
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("dev.heaplab")) {
                return sb.append(" (at ").append(e.getFileName()).append(':').append(e.getLineNumber()).append(')').toString();
            }
        }
        return sb.toString();
    }

    public static Run run(SourceFile file, Limits limits, ProgramOutput out, List<MachineObserver> observers) {
        return run(file, true, limits, out, observers);
    }

    /** Runs a program; with {@code borrowck} false a program the borrow checker would reject runs anyway. */
    public static Run run(SourceFile file, boolean borrowck, Limits limits, ProgramOutput out, List<MachineObserver> observers) {
        return run(file, borrowck, limits, out, mir -> observers);
    }

    /** As above, with observers made from the checked program (a profiler reads its MIR before the run). */
    public static Run run(SourceFile file, boolean borrowck, Limits limits, ProgramOutput out,
            java.util.function.Function<MirProgram, List<MachineObserver>> observersFor) {
        Compiled compiled = compile(file, borrowck);
        if (!compiled.ok()) return new Run(compiled, null);
        List<MachineObserver> observers = observersFor.apply(compiled.mir());
        if (borrowck) {
            ExecutionResult result = new Machine(compiled.mir(), limits, out, observers).run();
            StartupClock.mark("ran");
            return new Run(compiled, result);
        }
        // `--no-borrowck`: remember what the checker would have said, and watch for the undefined
        // behaviour it prevents, as Miri does.
        List<Diagnostic> prevented = List.of();
        try {
            Diagnostics checked = new Diagnostics();
            BorrowCheck.check(compiled.mir(), checked);
            prevented = checked.all().stream().filter(Diagnostic::isError).toList();
        } catch (RuntimeException | StackOverflowError e) {
            // the run still shows what happens; the note about the checker is then omitted
        }
        ExecutionResult result = new Machine(compiled.mir(), limits, out, observers, true).run();
        return new Run(compiled, result, prevented);
    }
}
