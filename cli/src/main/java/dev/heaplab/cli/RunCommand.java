package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.profile.Profile;
import dev.heaplab.core.profile.ProfileText;
import dev.heaplab.core.profile.Profiling;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `heaplab run FILE.rs`: check the program, then run it, streaming its output. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Check and run a Rust program.")
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.rs") String file;

    @Option(names = "--lang", defaultValue = "en", description = "Language of heaplab's own messages: ${COMPLETION-CANDIDATES}.")
    Lang lang;

    @Option(names = "--stats-json", paramLabel = "PATH", description = "Write heap statistics of main as JSON.")
    Path statsJson;

    @Option(names = "--stats", description = "Print an allocation profile with optimisation hints on stderr after the run.")
    boolean stats;

    @Option(names = "--profile-json", paramLabel = "PATH", description = "Write the allocation profile as JSON (docs/profile-json.md).")
    Path profileJson;

    @Option(names = "--no-borrowck", description = "Skip the borrow checker.")
    boolean noBorrowck;

    @picocli.CommandLine.Mixin LimitOptions limitOptions = new LimitOptions();

    @Override public Integer call() throws IOException {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * `run FILE.rs` with every option at its default, without picocli ({@link Main#execute}): building
     * picocli's model of every subcommand is about a tenth of a whole run's start-up.
     */
    static int plain(String file, PrintWriter out, PrintWriter err) throws IOException {
        RunCommand c = new RunCommand();
        c.file = file;
        c.lang = Lang.en;
        return c.run(out, err);
    }

    private int run(PrintWriter out, PrintWriter err) throws IOException {
        SourceFile source = SourceInput.read(file, err);
        if (source == null) return Driver.EXIT_REJECTED;
        StreamOutput output = new StreamOutput(out, err);
        Profiling[] profiling = new Profiling[1];
        boolean profile = stats || profileJson != null;
        Driver.Run run = Driver.run(source, !noBorrowck, limitOptions.resolve(Limits.DEFAULT), output, mir -> {
            if (!profile) return List.of();
            profiling[0] = Profiling.of(mir);
            return List.of(profiling[0].profiler());
        });
        output.flush();
        RunReport.Outcome end = run.execution() == null
                ? RunReport.compiled(source, run.compiled(), false, lang == Lang.fr)
                : noBorrowck ? RunReport.executedUnchecked(source, run, lang == Lang.fr)
                : RunReport.executed(source, run.execution());
        err.print(end.stderr());
        err.flush();
        if (statsJson != null && run.execution() != null && run.execution().stats() != null) {
            StatsJson.write(statsJson, run.execution().stats());
        }
        if (profiling[0] != null && run.execution() != null) {
            Profile p = profiling[0].profile(run.execution().outcome() == ExecutionResult.Outcome.COMPLETED);
            if (stats) {
                err.print(ProfileText.render(p, lang == Lang.fr));
                err.flush();
            }
            if (profileJson != null) ProfileJson.write(profileJson, p);
        }
        return end.exitCode();
    }
}
