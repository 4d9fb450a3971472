package dev.heaplab.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * On every conformance program heaplab passes that has rustc's allocator statistics
 * (`tests/ui/**&#47;*.stats.json`, from scripts/stats-harness.rs): the profile's totals, peak and
 * live-at-end equal both rustc's figures and the machine's own statistics (`--stats-json`), the
 * per-line sites add up to the totals, and every hint the profile gives survives {@link HintCheck}.
 */
class ProfileTotalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> totalsAgreeWithRustc() throws Exception {
        Path ui = ProfileRuns.repoRoot().resolve("tests/ui");
        Set<String> known = Files.readAllLines(ui.resolve("known-failures.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")[0]).collect(Collectors.toSet());
        List<Path> programs;
        try (Stream<Path> walk = Files.walk(ui)) {
            programs = walk.filter(p -> p.toString().endsWith(".rs"))
                    .filter(p -> Files.exists(Path.of(p.toString().replaceAll("\\.rs$", ".stats.json"))))
                    .filter(p -> !known.contains(ui.relativize(p).toString().replace('\\', '/')))
                    .sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThan(100);
        return programs.stream().map(p -> DynamicTest.dynamicTest(ui.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        String name = program.getFileName().toString();
        String text = Files.readString(program);
        JsonNode want = JSON.readTree(Files.readString(Path.of(program.toString().replaceAll("\\.rs$", ".stats.json"))));
        ProfileRuns.Profiled run = ProfileRuns.profile(name, text);
        Profile p = run.profile();
        long[] got = {p.totals().allocs(), p.totals().reallocs(), p.totals().deallocs(), p.totals().bytesAllocated(),
                p.peak().bytes(), p.liveBytesAtEnd()};
        long[] rustc = {want.get("allocs").asLong(), want.get("reallocs").asLong(), want.get("deallocs").asLong(),
                want.get("bytes_allocated").asLong(), want.get("peak_bytes").asLong(), want.get("leaked_bytes").asLong()};
        var s = run.stats();
        long[] machine = {s.allocs(), s.reallocs(), s.deallocs(), s.bytesAllocated(), s.peakBytes(), s.leakedBytes()};
        assertThat(got).as("%s: profile vs rustc's counting allocator", name).containsExactly(rustc);
        assertThat(got).as("%s: profile vs --stats-json", name).containsExactly(machine);
        assertThat(p.sites().stream().mapToLong(Profile.Site::allocs).sum()).isEqualTo(p.totals().allocs());
        assertThat(p.sites().stream().mapToLong(Profile.Site::reallocs).sum()).isEqualTo(p.totals().reallocs());
        assertThat(p.sites().stream().mapToLong(Profile.Site::bytes).sum()).isEqualTo(p.totals().bytesAllocated());
        assertThat(p.sites().stream().mapToLong(Profile.Site::freed).sum() + p.liveBlocksAtEnd()).isEqualTo(p.totals().allocs());
        for (Hint h : p.hints()) HintCheck.verify(name, text, run, h);
    }
}
