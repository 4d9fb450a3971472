package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.memview.Trace;
import dev.heaplab.core.memview.TraceOutput;
import dev.heaplab.core.memview.TraceRecorder;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `heaplab trace FILE.rs`: check and run the program while recording its memory, then print
 * diagrams of the stack and heap (text, SVG or JSON). The program's own output appears in the
 * trace as events; the exit code is the run's, as `heaplab run` gives it.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Run a Rust program and draw its memory step by step.")
final class TraceCommand implements Callable<Integer> {
    /** Tracing keeps every step: a lower default than `run`'s, raised with --max-steps. */
    static final long DEFAULT_MAX_STEPS = 1_000_000, DEFAULT_TIMEOUT_MS = 60_000;
    private static final Limits TRACE_DEFAULTS = new Limits(DEFAULT_MAX_STEPS, Limits.DEFAULT.maxHeapBytes(),
            Limits.DEFAULT.maxStackDepth(), Limits.DEFAULT.maxOutputBytes(), DEFAULT_TIMEOUT_MS);

    enum Format { text, svg, json }

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.rs") String file;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.") Format format;

    @Option(names = "--ascii", description = "Draw with plain ASCII characters.") boolean ascii;

    @Option(names = "--step", paramLabel = "N", description = "Show memory before step N only.") Long step;

    @Option(names = "--all", description = "Show memory at every step.") boolean all;

    @Option(names = "--permissions", description = "Show the read/write/own permissions of each place per line instead of memory (as `heaplab permissions`).")
    boolean permissions;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the diagrams and messages: ${COMPLETION-CANDIDATES}.")
    Lang lang;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the trace to PATH instead of stdout.") Path output;

    @Option(names = "--max-diagrams", paramLabel = "N", defaultValue = "200", description = "Show at most N diagrams (default 200).")
    int maxDiagrams;

    @picocli.CommandLine.Mixin LimitOptions limitOptions = new LimitOptions();

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        boolean fr = lang == Lang.fr;
        if (step != null && all) {
            err.println(lang.t("error: --step and --all cannot be combined", "erreur : --step et --all ne peuvent pas être combinés"));
            return Driver.EXIT_UNSUPPORTED;
        }
        if (permissions) {
            if (format == Format.svg) {
                err.println(lang.t("error: --permissions is shown as text or json", "erreur : --permissions s'affiche en text ou en json"));
                return Driver.EXIT_UNSUPPORTED;
            }
            return PermissionsCommand.show(file, format == Format.json, lang, out, err);
        }
        SourceFile source = SourceInput.read(file, err);
        if (source == null) return Driver.EXIT_REJECTED;
        TraceRecorder recorder = new TraceRecorder(source);
        Driver.Run run = Driver.run(source, true, limitOptions.resolve(TRACE_DEFAULTS), DISCARD, mir -> List.of(withLastUses(recorder, mir)));
        if (run.execution() == null) {
            RunReport.Outcome end = RunReport.compiled(source, run.compiled(), false, fr);
            err.print(end.stderr());
            err.flush();
            return end.exitCode();
        }
        Trace trace = recorder.finish(run.execution());
        TraceOutput.Format f = switch (format) {
            case text -> TraceOutput.Format.TEXT;
            case svg -> TraceOutput.Format.SVG;
            case json -> TraceOutput.Format.JSON;
        };
        TraceOutput.Result r = TraceOutput.render(trace, new TraceOutput.Options(f, ascii, step == null ? -1 : step, all, fr,
                Math.max(1, maxDiagrams)));
        if (r.error() != null) {
            err.println(lang.t("error: ", "erreur : ") + r.error());
            return Driver.EXIT_UNSUPPORTED;
        }
        if (output != null) {
            try {
                Files.writeString(output, r.text(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println(lang.t("error: cannot write ", "erreur : impossible d'écrire ") + output);
                return Driver.EXIT_UNSUPPORTED;
            }
        } else {
            out.print(r.text());
            out.flush();
        }
        RunReport.Outcome end = RunReport.executed(source, run.execution());
        err.print(end.stderr());
        err.flush();
        return end.exitCode();
    }

    /** Borrow events are marked with their last use (their non-lexical end), from the checker's facts. */
    private static TraceRecorder withLastUses(TraceRecorder recorder, dev.heaplab.core.mir.MirProgram mir) {
        try {
            dev.heaplab.core.perm.LoanFacts facts = dev.heaplab.core.perm.LoanFacts.of(mir);
            return recorder.withLastUse(b -> facts.lastUse(b.span()).orElse(null));
        } catch (RuntimeException | StackOverflowError e) {
            return recorder; // the trace is still right, only without last-use marks
        }
    }

    /** The program's output is not printed: it is in the trace, as output events. */
    private static final ProgramOutput DISCARD = new ProgramOutput() {
        @Override public void stdout(String text) {}

        @Override public void stderr(String text) {}
    };

}
