package dev.heaplab.core.memview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.trace.ChangeTracker;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.trace.MachineObserver;
import dev.heaplab.core.trace.MemoryDelta;
import dev.heaplab.core.trace.MemoryInspector;
import dev.heaplab.core.trace.MemorySnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: at every step, the memory kept up to date from what the machine reports it wrote
 * (the deltas of {@link ChangeTracker}) equals the snapshot built whole from the machine
 * ({@link MemoryInspector#snapshot()}), and a delta is empty exactly when the whole snapshots of
 * the step and the one before compare equal (what "this line changed memory" means in a trace).
 * Run on every conformance program of tests/ui that runs and passes; a write the machine does not
 * report shows up here as a stale slot or block. Every step is checked up to {@link #DENSE} steps,
 * then every 7th (a stale description stays stale until its allocation is written again);
 * `-Dheaplab.trace.every=true` checks every step of every program; `-Dheaplab.trace.only=vec/`
 * only the programs whose path starts so.
 */
class IncrementalSnapshotTest {
    private static final Limits LIMITS = new Limits(60_000, 1L << 30, 10_000, 16L << 20, 20_000);
    private static final long DENSE = Boolean.getBoolean("heaplab.trace.every") ? Long.MAX_VALUE : 4_000;

    /** Records deltas as the trace recorder does and checks each against a whole snapshot. */
    private static final class Checker implements MachineObserver {
        final SnapshotStore store = new SnapshotStore();
        MemoryInspector inspector;
        ChangeTracker tracker;
        MemorySnapshot previous;
        long steps;
        String failure;

        @Override public void attach(MemoryInspector i) {
            inspector = i;
            tracker = i.trackChanges();
        }

        @Override public void on(MachineEvent e) {
            if (!(e instanceof MachineEvent.Step) || failure != null) return;
            MemoryDelta d = tracker.delta();
            store.add(d);
            steps++;
            if (steps > DENSE && steps % 7 != 0) {
                previous = null;
                return;
            }
            MemorySnapshot whole = inspector.snapshot();
            MemorySnapshot kept = store.current();
            if (!kept.equals(whole)) {
                failure = "step " + d.step() + " at " + d.at() + ":\n kept  " + kept + "\n whole " + whole;
            } else if (previous != null && d.empty() != sameMemory(previous, whole)) {
                failure = "step " + d.step() + ": delta empty = " + d.empty() + " but memory " + (d.empty() ? "changed" : "did not change");
            }
            previous = whole;
        }
    }

    /** Whether the stored-changes format sees no change between two steps (popping frames is not one). */
    private static boolean sameMemory(MemorySnapshot a, MemorySnapshot b) {
        if (!a.heap().equals(b.heap()) || !a.statics().equals(b.statics())) return false;
        for (int i = 0; i < b.frames().size(); i++)
            if (i >= a.frames().size() || !a.frames().get(i).equals(b.frames().get(i))) return false;
        return true;
    }

    @TestFactory
    Stream<DynamicTest> keptEqualsWholeAtEveryStep() throws IOException {
        Path ui = TraceFixture.projectDir("tests/ui");
        Set<String> known = Files.readAllLines(ui.resolve("known-failures.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        Stream<Path> walk = Files.walk(ui);
        return walk.filter(p -> p.toString().endsWith(".rs")).sorted()
                .filter(p -> !ui.relativize(p).toString().startsWith("compile-fail"))
                .filter(p -> !known.contains(ui.relativize(p).toString().replace('\\', '/')))
                .filter(p -> ui.relativize(p).toString().startsWith(System.getProperty("heaplab.trace.only", "")))
                .map(p -> DynamicTest.dynamicTest(ui.relativize(p).toString(), () -> check(p)))
                .onClose(walk::close);
    }

    private static void check(Path p) throws IOException {
        SourceFile source = new SourceFile(p.getFileName().toString(), Files.readString(p));
        Checker checker = new Checker();
        Driver.Run run = Driver.run(source, LIMITS, TraceFixture.QUIET, List.of(checker));
        ExecutionResult r = run.execution();
        assertThat(r).as("compiles").isNotNull();
        assertThat(r.outcome()).as(r.message()).isNotEqualTo(ExecutionResult.Outcome.INTERNAL_ERROR);
        assertThat(checker.tracker).as("the machine tracks changes").isNotNull();
        assertThat(checker.failure).as("after " + checker.steps + " steps").isNull();
        assertThat(checker.steps).isPositive();
    }
}
