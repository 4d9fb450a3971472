package dev.heaplab.core.memview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.trace.MachineObserver;
import dev.heaplab.core.trace.MemoryInspector;
import dev.heaplab.core.trace.MemorySnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: replaying the stored changes up to step k gives exactly the snapshot taken live at
 * step k. Checked on every conformance program of tests/ui that runs and passes (compile-fail
 * programs and known failures are left out), at the first steps, at checkpoint boundaries and at
 * steps drawn with a seed fixed per program. Compiling dominates the cost, so by default the areas
 * about memory (boxes, rc, drop, ownership, vec, strings, lessons) run in full and a quarter of the
 * others, chosen by name; `-Dheaplab.trace.all=true` runs every program.
 */
class ReconstructionTest {
    private static final Limits LIMITS = new Limits(60_000, 1L << 30, 10_000, 16L << 20, 20_000);

    /** Takes a live snapshot at sampled steps. */
    private static final class Sampler implements MachineObserver {
        final Map<Long, MemorySnapshot> live = new LinkedHashMap<>();
        final Random random;
        MemoryInspector inspector;

        Sampler(long seed) { random = new Random(seed); }

        @Override public void attach(MemoryInspector i) { inspector = i; }

        @Override public void on(MachineEvent e) {
            if (!(e instanceof MachineEvent.Step s) || live.size() >= 40) return;
            long k = s.step();
            long c = SnapshotStore.CHECKPOINT_EVERY;
            if (k <= 12 || Math.abs(k % c) <= 1 || random.nextInt(400) == 0) live.put(k, inspector.snapshot());
        }
    }

    @TestFactory
    Stream<DynamicTest> replayEqualsLive() throws IOException {
        Path ui = TraceFixture.projectDir("tests/ui");
        Set<String> known = Files.readAllLines(ui.resolve("known-failures.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        Stream<Path> walk = Files.walk(ui);
        return walk.filter(p -> p.toString().endsWith(".rs")).sorted()
                .filter(p -> !ui.relativize(p).toString().startsWith("compile-fail"))
                .filter(p -> !known.contains(ui.relativize(p).toString().replace('\\', '/')))
                .filter(p -> Boolean.getBoolean("heaplab.trace.all") || memoryArea(ui.relativize(p).toString())
                        || Math.floorMod(p.getFileName().toString().hashCode(), 4) == 0)
                .map(p -> DynamicTest.dynamicTest(ui.relativize(p).toString(), () -> check(p)))
                .onClose(walk::close);
    }

    private static boolean memoryArea(String rel) {
        return Stream.of("boxes", "rc", "drop", "ownership", "vec", "strings", "lessons").anyMatch(a -> rel.startsWith(a + "/"));
    }

    private static void check(Path p) throws IOException {
        String name = p.getFileName().toString();
        Sampler sampler = new Sampler(name.hashCode());
        Trace t = TraceFixture.trace(name, Files.readString(p), LIMITS, sampler);
        assertThat(t).as("compiles").isNotNull();
        assertThat(sampler.live).isNotEmpty();
        assertThat(t.result().outcome()).as(t.result().message()).isNotEqualTo(ExecutionResult.Outcome.INTERNAL_ERROR);
        for (Map.Entry<Long, MemorySnapshot> e : sampler.live.entrySet()) {
            int index = t.store().indexOf(e.getKey());
            assertThat(index).as("step " + e.getKey() + " recorded").isGreaterThanOrEqualTo(0);
            assertThat(t.snapshot(index)).as("step " + e.getKey()).isEqualTo(e.getValue());
        }
    }
}
