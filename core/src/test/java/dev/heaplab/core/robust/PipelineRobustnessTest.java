package dev.heaplab.core.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutants of every corpus program, and random token soups, run through the whole pipeline
 * with small limits: no exception escapes and no stage reports an internal fault. A summary of the
 * outcomes goes to target/robust-report.txt. {@code -Dheaplab.robust.mutants=N} widens the search.
 */
class PipelineRobustnessTest {
    private static final int MUTANTS = Integer.getInteger("heaplab.robust.mutants", 2);
    private static final int SOUPS = Integer.getInteger("heaplab.robust.soups", 300);

    @Test
    void mutantsOfEveryCorpusProgramEndWithoutInternalFaults() throws IOException {
        Map<Probe.Kind, Integer> counts = new EnumMap<>(Probe.Kind.class);
        Map<String, String> bugs = new LinkedHashMap<>(); // signature → first reproducer
        List<Corpus.Program> corpus = Corpus.all();
        for (Corpus.Program p : corpus) {
            Random rnd = new Random(p.name().hashCode());
            for (int i = 0; i < MUTANTS; i++) {
                String mutant = Mutator.mutate(p.text(), rnd);
                record(Probe.run(mutant), p.name() + " mutant " + i, mutant, counts, bugs);
            }
        }
        Random rnd = new Random(2024);
        for (int i = 0; i < SOUPS; i++) {
            String soup = Mutator.soup(rnd, 1 + rnd.nextInt(30));
            record(Probe.run(soup), "soup " + i, soup, counts, bugs);
        }
        writeReport(corpus.size(), counts, bugs);
        assertThat(counts.getOrDefault(Probe.Kind.COMPLETED, 0)).as("some mutants still run").isPositive();
        assertThat(counts.getOrDefault(Probe.Kind.REJECTED, 0)).as("some mutants are rejected").isPositive();
        assertThat(bugs).as("internal faults (see target/robust-report.txt)").isEmpty();
    }

    private static void record(Probe.Result r, String name, String text, Map<Probe.Kind, Integer> counts,
                               Map<String, String> bugs) {
        counts.merge(r.kind(), 1, Integer::sum);
        if (r.isBug()) bugs.putIfAbsent(r.signature(), name + "\n" + r.detail() + "\n---\n" + text);
    }

    private static void writeReport(int programs, Map<Probe.Kind, Integer> counts, Map<String, String> bugs)
            throws IOException {
        StringBuilder sb = new StringBuilder("programs: " + programs + ", mutants each: " + MUTANTS
                + ", soups: " + SOUPS + "\noutcomes: " + counts + "\ndistinct internal faults: " + bugs.size() + "\n");
        bugs.forEach((sig, repro) -> sb.append("\n=== ").append(sig).append('\n').append(repro).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "robust-report.txt"), sb.toString());
    }
}
