package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.render.MirPrinter;
import dev.heaplab.core.source.SourceFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `heaplab mir FILE.rs`: prints the program's MIR in rustc's `-Zunpretty=mir` style. */
@Command(name = "mir", mixinStandardHelpOptions = true, description = "Print the MIR of a Rust program.")
final class MirCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.rs") String file;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        SourceFile source = SourceInput.read(file, err);
        if (source == null) return Driver.EXIT_REJECTED;
        // MIR is shown even for programs the borrow checker rejects: it is what the checker analyses.
        Driver.Compiled compiled = Driver.compile(source, false);
        if (!compiled.ok()) return CompileReport.report(source, compiled, CompileReport.Format.human, false, err);
        out.print(MirPrinter.print(compiled.mir()));
        out.flush();
        return Driver.EXIT_OK;
    }
}
