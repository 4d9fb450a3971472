package dev.heaplab.core.ui;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.HeapStats;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import java.util.List;

/** Runs one program in-process exactly as `heaplab run NAME.rs` would, capturing what it prints. */
final class UiRunner {
    private UiRunner() {}

    /**
     * What the run printed and how it ended; {@code stats} is null when the program did not run.
     * {@code warnings}: the compiler's warnings as rustc's short format shows them (`LINE:COL: MESSAGE`),
     * which `heaplab run` does not print for a program that compiles; {@code checkStderr}: what
     * `heaplab check` prints for it (its warnings in full), empty when it did not compile.
     */
    record Actual(String stdout, String stderr, int exit, HeapStats stats, List<String> warnings, String checkStderr) {
        Actual(String stdout, String stderr, int exit, HeapStats stats) {
            this(stdout, stderr, exit, stats, List.of(), "");
        }
    }

    /** `LINE:COL: MESSAGE[: PRIMARY LABEL]` for each warning, as `rustc --error-format=short` prints it. */
    static List<String> warnings(SourceFile file, List<dev.heaplab.core.diag.Diagnostic> diagnostics) {
        List<String> out = new java.util.ArrayList<>();
        for (dev.heaplab.core.diag.Diagnostic d : diagnostics) {
            if (d.severity() != dev.heaplab.core.diag.Severity.WARNING || d.primarySpan() == null) continue;
            String label = d.labels().stream().filter(dev.heaplab.core.diag.Label::primary).map(dev.heaplab.core.diag.Label::message)
                    .findFirst().orElse("");
            out.add(file.line(d.primarySpan().lo()) + ":" + file.column(d.primarySpan().lo()) + ": " + d.message()
                    + (label.isEmpty() ? "" : ": " + label));
        }
        return out;
    }

    static Actual run(String fileName, String text) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        ProgramOutput capture = new ProgramOutput() {
            @Override public void stdout(String s) { out.append(s); }

            @Override public void stderr(String s) { err.append(s); }
        };
        SourceFile file = new SourceFile(fileName, text);
        try {
            Driver.Run run = Driver.run(file, Limits.DEFAULT, capture, List.of());
            RunReport.Outcome end = run.execution() == null
                    ? RunReport.compiled(file, run.compiled(), false)
                    : RunReport.executed(file, run.execution());
            err.append(end.stderr());
            String check = run.compiled().ok() ? RunReport.compiled(file, run.compiled(), true).stderr() : "";
            return new Actual(out.toString(), err.toString(), end.exitCode(),
                    run.execution() == null ? null : run.execution().stats(), warnings(file, run.compiled().diagnostics()), check);
        } catch (Throwable t) { // a crash of the pipeline is a failed case, never a crashed harness
            err.append(RunReport.internal("uncaught " + t, null));
            return new Actual(out.toString(), err.toString(), Driver.EXIT_INTERNAL, null);
        }
    }
}
