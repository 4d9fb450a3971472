package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.HumanEmitter;
import dev.heaplab.core.diag.JsonEmitter;
import dev.heaplab.core.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;

/** Prints the outcome of the compile-time stages and chooses the exit code. */
final class CompileReport {
    private CompileReport() {}

    enum Format { human, json }

    /**
     * Prints {@code compiled}'s diagnostics (only when it failed, unless {@code always}) and returns
     * the exit code; a failure without any error diagnostic is heaplab's fault (exit 4).
     */
    static int report(SourceFile file, Driver.Compiled compiled, Format format, boolean always, PrintWriter err) {
        List<Diagnostic> ds = compiled.diagnostics();
        boolean hasError = ds.stream().anyMatch(Diagnostic::isError);
        if (!compiled.ok() && !hasError) {
            err.print(InternalError.describe("compilation stopped without a diagnostic", null));
            err.flush();
            return Driver.EXIT_INTERNAL;
        }
        if (compiled.ok() && !always) return Driver.EXIT_OK;
        switch (format) {
            case human -> err.print(HumanEmitter.forFile(file).renderAll(ds));
            case json -> err.print(JsonEmitter.forFile(file).renderAll(ds));
        }
        err.flush();
        return compiled.exitCode();
    }
}
