package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.source.SourceFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `heaplab check FILE.rs`: the compile-time stages only, diagnostics as rustc prints them. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a Rust program without running it.")
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.rs") String file;

    @Option(names = "--message-format", defaultValue = "human", description = "${COMPLETION-CANDIDATES}")
    CompileReport.Format format;

    @Option(names = "--lang", defaultValue = "en", description = "${COMPLETION-CANDIDATES}")
    Lang lang;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SourceFile source = SourceInput.read(file, err);
        if (source == null) return Driver.EXIT_REJECTED;
        return CompileReport.report(source, Driver.compile(source), format, true, lang == Lang.fr, err);
    }
}
