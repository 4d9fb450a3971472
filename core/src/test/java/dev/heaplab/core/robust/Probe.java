package dev.heaplab.core.robust;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.source.SourceFile;
import java.util.List;

/** Runs one source through the whole pipeline in-process and classifies how it ended. */
final class Probe {
    private Probe() {}

    /** Small bounds: steps and depth stop runaway mutants long before the wall-clock backstop. */
    static final Limits SMALL = new Limits(200_000, 8L << 20, 200, 64 << 10, 20_000);

    enum Kind { REJECTED, UNSUPPORTED, COMPLETED, PANICKED, MAIN_ERR, LIMIT, UNDEFINED, INTERNAL, ESCAPED }

    /** How a run ended; {@code detail} is the message that matters for internal faults. */
    record Result(Kind kind, String detail) {
        boolean isBug() { return kind == Kind.INTERNAL || kind == Kind.ESCAPED; }

        /** The detail with numbers and quoted names blurred, so that one fault is counted once. */
        String signature() {
            return kind + ": " + detail.replaceAll("\\d+", "N").replaceAll("`[^`]*`", "`_`");
        }
    }

    static Result run(String text) { return run(text, SMALL); }

    static Result run(String text, Limits limits) {
        SourceFile file = new SourceFile("fuzz.rs", text);
        ProgramOutput sink = new ProgramOutput() {
            @Override public void stdout(String s) {}

            @Override public void stderr(String s) {}
        };
        Driver.Run run;
        try {
            run = Driver.run(file, limits, sink, List.of());
        } catch (Throwable t) {
            return new Result(Kind.ESCAPED, describe(t));
        }
        ExecutionResult r = run.execution();
        if (r == null) return compiled(run.compiled());
        return switch (r.outcome()) {
            case COMPLETED -> new Result(Kind.COMPLETED, "");
            case PANICKED -> new Result(Kind.PANICKED, String.valueOf(r.message()));
            case MAIN_RETURNED_ERR -> new Result(Kind.MAIN_ERR, "");
            case LIMIT -> new Result(Kind.LIMIT, r.message());
            case UNDEFINED_BEHAVIOR -> new Result(Kind.UNDEFINED, r.message());
            case INTERNAL_ERROR -> r.exitCode() == Driver.EXIT_UNSUPPORTED
                    ? new Result(Kind.UNSUPPORTED, r.message()) : new Result(Kind.INTERNAL, r.message());
        };
    }

    private static Result compiled(Driver.Compiled c) {
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        for (Diagnostic d : errors) {
            if (d.kind() == Diagnostic.Kind.INTERNAL || d.message().contains("could not handle")) {
                return new Result(Kind.INTERNAL, d.message());
            }
        }
        if (errors.isEmpty()) return new Result(Kind.INTERNAL, "compilation stopped without a diagnostic");
        return c.exitCode() == Driver.EXIT_UNSUPPORTED
                ? new Result(Kind.UNSUPPORTED, errors.get(0).message()) : new Result(Kind.REJECTED, errors.get(0).message());
    }

    /** The exception and the frames that locate it in heaplab's code. */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        int shown = 0;
        for (StackTraceElement e : t.getStackTrace()) {
            if (!e.getClassName().startsWith("dev.heaplab") || shown == 3) continue;
            sb.append(shown == 0 ? " at " : " < ").append(e.getFileName()).append(':').append(e.getLineNumber());
            shown++;
        }
        return sb.toString();
    }
}
