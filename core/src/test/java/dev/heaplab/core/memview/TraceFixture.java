package dev.heaplab.core.memview;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.trace.MachineObserver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs programs with a {@link TraceRecorder} in-process, for the memview tests. */
final class TraceFixture {
    private TraceFixture() {}

    static final ProgramOutput QUIET = new ProgramOutput() {
        @Override public void stdout(String text) {}

        @Override public void stderr(String text) {}
    };

    /** Traces {@code text} named {@code name}; null when it does not compile. */
    static Trace trace(String name, String text, Limits limits, MachineObserver... more) {
        SourceFile source = new SourceFile(name, text);
        TraceRecorder recorder = new TraceRecorder(source);
        List<MachineObserver> observers = new ArrayList<>();
        observers.add(recorder);
        observers.addAll(List.of(more));
        Driver.Run run = Driver.run(source, limits, QUIET, observers);
        return run.execution() == null ? null : recorder.finish(run.execution());
    }

    /** The project directory {@code rel} (e.g. tests/trace), searched upwards from the working directory. */
    static Path projectDir(String rel) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve(rel);
            if (Files.isDirectory(p)) return p;
            dir = dir.getParent();
        }
        throw new IllegalStateException(rel + " not found");
    }

    static List<Path> programs(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
    }

    static boolean blessing() { return Boolean.getBoolean("heaplab.bless"); }
}
