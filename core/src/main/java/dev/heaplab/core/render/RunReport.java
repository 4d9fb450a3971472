package dev.heaplab.core.render;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.HumanEmitter;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.source.SourceFile;

/**
 * What `heaplab run` prints on stderr besides the program's own output, and its exit code: shared
 * by the CLI and the conformance harness so both see exactly the same text.
 * <ul>
 * <li>rejected at compile time: the diagnostics as rustc prints them (exit 1, or 2 when unsupported);</li>
 * <li>a stage gave up without an error diagnostic: `error: internal: …` (exit 4);</li>
 * <li>a limit: `error: limit: …` then ` --> FILE:LINE:COL` (exit 3);</li>
 * <li>undefined behaviour: `error: undefined behavior: …` with its location (the machine's exit code);</li>
 * <li>an interpreter fault: `error: internal: … (at FILE:LINE:COL)` (exit 4).</li>
 * </ul>
 */
public final class RunReport {
    private RunReport() {}

    /** Text for stderr and the process exit code. */
    public record Outcome(String stderr, int exitCode) {}

    /** Diagnostics of a compilation; when it succeeded, they are printed only if {@code always}. */
    public static Outcome compiled(SourceFile file, Driver.Compiled compiled, boolean always) {
        return compiled(file, compiled, always, false);
    }

    /** The same, with diagnostics in French when {@code french}. */
    public static Outcome compiled(SourceFile file, Driver.Compiled compiled, boolean always, boolean french) {
        boolean hasError = compiled.diagnostics().stream().anyMatch(Diagnostic::isError);
        if (!compiled.ok() && !hasError) {
            return new Outcome(internal("compilation stopped without a diagnostic", null), Driver.EXIT_INTERNAL);
        }
        if (compiled.ok() && !always) return new Outcome("", Driver.EXIT_OK);
        return new Outcome(HumanEmitter.forFile(file, french).renderAll(compiled.diagnostics()), compiled.exitCode());
    }

    /** The trailer after a run and its exit code. */
    public static Outcome executed(SourceFile file, ExecutionResult r) {
        String at = r.span() == null ? null : file.location(r.span());
        String arrow = at == null ? "" : " --> " + at + "\n";
        return switch (r.outcome()) {
            case COMPLETED, PANICKED, MAIN_RETURNED_ERR -> new Outcome("", r.exitCode());
            case LIMIT -> new Outcome("error: " + (r.message().startsWith("limit: ") ? "" : "limit: ") + r.message() + "\n"
                    + arrow, Driver.EXIT_LIMIT);
            case UNDEFINED_BEHAVIOR -> new Outcome("error: undefined behavior: " + r.message() + "\n" + arrow, r.exitCode());
            case INTERNAL_ERROR -> new Outcome(internal(r.message(), at), Driver.EXIT_INTERNAL);
        };
    }

    /** `error: internal: <what> (at FILE:LINE:COL)`, the location omitted when unknown. */
    public static String internal(String what, String location) {
        return "error: internal: " + what + (location == null ? "" : " (at " + location + ")") + "\n";
    }
}
