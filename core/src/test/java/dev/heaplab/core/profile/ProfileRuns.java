package dev.heaplab.core.profile;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.HeapStats;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs programs in-process for the profile tests: with the profiler, or plainly to count. */
final class ProfileRuns {
    /** The default limits but the wall clock's: a profiled run is slower, and a loaded CI machine must not stop it. */
    private static final Limits LIMITS = new Limits(Limits.DEFAULT.maxSteps(), Limits.DEFAULT.maxHeapBytes(),
            Limits.DEFAULT.maxStackDepth(), Limits.DEFAULT.maxOutputBytes(), 120_000L);

    private ProfileRuns() {}

    /** A profiled run: its stdout, how it ended, the machine's own statistics and the profile. */
    record Profiled(String stdout, int exit, HeapStats stats, Profile profile) {}

    static Profiled profile(String name, String text) {
        StringBuilder out = new StringBuilder();
        Profiling[] p = new Profiling[1];
        Driver.Run run = Driver.run(new SourceFile(name, text), true, LIMITS, sink(out), mir -> {
            p[0] = Profiling.of(mir);
            return List.of(p[0].profiler());
        });
        if (run.execution() == null) throw new AssertionError(name + " does not compile: " + run.compiled().diagnostics());
        return new Profiled(out.toString(), run.exitCode(), run.execution().stats(),
                p[0].profile(run.execution().outcome() == dev.heaplab.core.interp.ExecutionResult.Outcome.COMPLETED));
    }

    /** A plain run's statistics and stdout; null stats when the program does not compile. */
    record Plain(String stdout, int exit, HeapStats stats, Driver.Compiled compiled) {}

    static Plain plain(String name, String text) {
        StringBuilder out = new StringBuilder();
        Driver.Run run = Driver.run(new SourceFile(name, text), LIMITS, sink(out), List.of());
        return new Plain(out.toString(), run.exitCode(), run.execution() == null ? null : run.execution().stats(),
                run.compiled());
    }

    private static ProgramOutput sink(StringBuilder out) {
        return new ProgramOutput() {
            @Override public void stdout(String s) { out.append(s); }

            @Override public void stderr(String s) { }
        };
    }

    /** The repository's root (the folder holding tests/ui), from the module's working directory. */
    static Path repoRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tests/ui"))) return p;
        }
        throw new IllegalStateException("tests/ui not found above " + here);
    }
}
