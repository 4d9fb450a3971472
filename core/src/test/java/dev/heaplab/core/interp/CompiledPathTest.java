package dev.heaplab.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The compiled fast path ({@link Op}, {@link Jump}, batched steps), and the bytecode tier forced on
 * for every body it can compile ({@link JitLink} with threshold 0), against the generic way: every
 * conformance program of tests/ui that runs and passes (not compile-fail, not a known failure) runs
 * both ways, with the default limits and with step limits that stop it midway (at different places
 * relative to blocks and to the 2^16-step wall-time checks), and must print the same stdout and
 * stderr, end with the same outcome, message, exit code and span, and report the same heap
 * statistics. Wall time is not limited here: the generic way is slower and must not hit it.
 */
class CompiledPathTest {
    private static final long[] STEP_LIMITS = {Limits.DEFAULT.maxSteps(), 997, 70_001};

    @TestFactory
    Stream<DynamicTest> fastAndGenericPathsAgree() throws IOException {
        Path ui = uiRoot();
        if (ui == null) return Stream.empty();
        Set<String> known = knownFailures(ui);
        List<Path> programs;
        try (Stream<Path> walk = Files.walk(ui)) {
            programs = walk.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        return programs.stream()
                .filter(p -> !known.contains(ui.relativize(p).toString().replace('\\', '/')))
                .filter(p -> !read(p).contains("//@ compile-fail"))
                .map(p -> DynamicTest.dynamicTest(ui.relativize(p).toString(), () -> compare(p)));
    }

    private static void compare(Path p) {
        SourceFile file = new SourceFile(p.getFileName().toString(), read(p));
        Driver.Compiled c = Driver.compile(file);
        if (!c.ok()) return; // rejected programs never reach the machine
        for (long steps : STEP_LIMITS) {
            Limits limits = new Limits(steps, Limits.DEFAULT.maxHeapBytes(), Limits.DEFAULT.maxStackDepth(),
                    Limits.DEFAULT.maxOutputBytes(), 3_600_000);
            Capture a = new Capture(), b = new Capture(), j = new Capture();
            Outcome fast = run(file, new Machine(c.mir(), limits, a, List.of()), a);
            Outcome generic = run(file, new Machine(c.mir(), limits, b, List.of()).genericOnly(), b);
            Outcome jit = run(file, new Machine(c.mir(), limits, j, List.of()).jitThreshold(0), j);
            assertThat(fast).as("max steps " + steps).isEqualTo(generic);
            assertThat(jit).as("bytecode at once, max steps " + steps).isEqualTo(generic);
        }
    }

    /** Everything a run shows: what it printed, how it ended (as `heaplab run` reports it), its statistics. */
    record Outcome(String stdout, String stderr, int exit, ExecutionResult.Outcome outcome, String message,
                   Span span, HeapStats stats) {}

    static Outcome run(SourceFile file, Machine machine, Capture out) {
        ExecutionResult r = machine.run();
        RunReport.Outcome end = RunReport.executed(file, r);
        return new Outcome(out.stdout.toString(), out.stderr + end.stderr(), end.exitCode(), r.outcome(), r.message(),
                r.span(), r.stats());
    }

    static final class Capture implements ProgramOutput {
        final StringBuilder stdout = new StringBuilder(), stderr = new StringBuilder();

        @Override public void stdout(String s) { stdout.append(s); }

        @Override public void stderr(String s) { stderr.append(s); }
    }

    private static Set<String> knownFailures(Path ui) throws IOException {
        Path list = ui.resolve("known-failures.txt");
        if (!Files.exists(list)) return Set.of();
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path uiRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path ui = dir.resolve("tests").resolve("ui");
            if (Files.isDirectory(ui)) return ui;
        }
        return null;
    }
}
