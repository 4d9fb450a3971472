package dev.heaplab.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * `tests/stats/NAME.rs` with the profile `heaplab run --stats` prints, in `NAME.en.txt` and
 * `NAME.fr.txt` (heaplab's own output, reviewed; re-bless with -Dheaplab.bless=true). Every hint
 * in them is verified by {@link HintCheck}; the programs' stdout must match `NAME.stdout` (rustc's).
 */
class StatsGoldenTest {
    @TestFactory
    Stream<DynamicTest> profiles() throws Exception {
        Path dir = ProfileRuns.repoRoot().resolve("tests/stats");
        List<Path> programs;
        try (Stream<Path> list = Files.list(dir)) {
            programs = list.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assertThat(programs).isNotEmpty();
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        String name = program.getFileName().toString();
        String text = Files.readString(program);
        ProfileRuns.Profiled run = ProfileRuns.profile(name, text);
        Path stdout = sibling(program, ".stdout");
        if (Files.exists(stdout)) assertThat(run.stdout()).as("%s stdout (rustc's)", name).isEqualTo(Files.readString(stdout));
        for (String lang : List.of("en", "fr")) {
            String got = ProfileText.render(run.profile(), lang.equals("fr"));
            Path golden = sibling(program, "." + lang + ".txt");
            if (Boolean.getBoolean("heaplab.bless")) Files.writeString(golden, got, StandardCharsets.UTF_8);
            assertThat(got).as("%s profile (%s)", name, lang).isEqualTo(Files.readString(golden));
        }
        for (Hint h : run.profile().hints()) HintCheck.verify(name, text, run, h);
    }

    private static Path sibling(Path p, String ext) { return Path.of(p.toString().replaceAll("\\.rs$", ext)); }
}
