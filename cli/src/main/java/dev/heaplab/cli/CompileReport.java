package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.JsonEmitter;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import java.io.PrintWriter;

/** Prints the outcome of the compile-time stages in the chosen format and returns the exit code. */
final class CompileReport {
    private CompileReport() {}

    enum Format { human, json }

    /** Diagnostics are printed when compilation failed, or always when {@code always} (`check`). */
    static int report(SourceFile file, Driver.Compiled compiled, Format format, boolean always, PrintWriter err) {
        return report(file, compiled, format, always, false, err);
    }

    static int report(SourceFile file, Driver.Compiled compiled, Format format, boolean always, boolean french, PrintWriter err) {
        RunReport.Outcome human = RunReport.compiled(file, compiled, always, french);
        if (format == Format.json && human.exitCode() != Driver.EXIT_INTERNAL && (always || !compiled.ok())) {
            err.print(JsonEmitter.forFile(file).renderAll(compiled.diagnostics()));
        } else {
            err.print(human.stderr());
        }
        err.flush();
        return human.exitCode();
    }
}
