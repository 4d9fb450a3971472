package dev.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `heaplab run --stats`, `--profile-json` and `--stats-json` as a user calls them. */
class StatsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private static Path repo() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tests/stats"))) return p;
        }
        throw new IllegalStateException("tests/stats not found");
    }

    @Test void statsPrintsTheProfileOnStderrAfterTheProgramsOutput() throws Exception {
        Path program = repo().resolve("tests/stats/str_param.rs");
        for (String lang : new String[] {"en", "fr"}) {
            CliRun r = CliRun.of("run", "--stats", "--lang", lang, program.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo(Files.readString(repo().resolve("tests/stats/str_param.stdout")));
            assertThat(r.err()).isEqualTo(Files.readString(repo().resolve("tests/stats/str_param." + lang + ".txt")));
        }
    }

    @Test void profileJsonHasTheStatsJsonTotalsAndTheHints() throws Exception {
        Path program = repo().resolve("tests/stats/buffer_reuse.rs");
        Path profile = dir.resolve("p.json"), stats = dir.resolve("s.json");
        CliRun r = CliRun.of("run", "--profile-json", profile.toString(), "--stats-json", stats.toString(), program.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("no profile on stderr without --stats").isEmpty();
        JsonNode p = JSON.readTree(profile.toFile()), s = JSON.readTree(stats.toFile());
        assertThat(p.get("version").asInt()).isEqualTo(1);
        assertThat(p.get("totals")).isEqualTo(s);
        assertThat(p.get("sites").size()).isEqualTo(4);
        assertThat(p.get("hints").get(2).get("kind").asText()).isEqualTo("reuse_buffer");
        assertThat(p.get("hints").get(2).get("saved_allocs").asLong()).isEqualTo(5);
        assertThat(p.get("hints").get(2).get("edits").size()).isEqualTo(2);
    }

    @Test void statsJsonIsRustcsGoldenByteForByte() throws Exception {
        for (String name : new String[] {"stats/pushes_vs_with_capacity", "stats/peak_vs_total", "lessons/gestion_heap"}) {
            Path out = dir.resolve("s.json");
            CliRun r = CliRun.of("run", "--stats-json", out.toString(), repo().resolve("tests/ui/" + name + ".rs").toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(Files.readString(out)).as(name).isEqualTo(Files.readString(repo().resolve("tests/ui/" + name + ".stats.json")));
        }
    }

    @Test void theReadmeExampleIsWhatHeaplabPrints() throws Exception {
        String readme = Files.readString(repo().resolve("README.md"));
        String cmd = "$ heaplab run --stats tests/ui/stats/buffer_no_reuse.rs\n";
        int start = readme.indexOf(cmd);
        assertThat(start).as("README shows the example").isPositive();
        String shown = readme.substring(start + cmd.length(), readme.indexOf("```", start));
        CliRun r = CliRun.of("run", "--stats", repo().resolve("tests/ui/stats/buffer_no_reuse.rs").toString());
        assertThat(r.out() + r.err()).isEqualTo(shown);
    }

    @Test void aProgramThatDoesNotCompileGetsNoProfile() throws Exception {
        Path file = dir.resolve("bad.rs");
        Files.writeString(file, "fn main() { let s = String::new(); let t = s; println!(\"{s}\"); }\n");
        CliRun r = CliRun.of("run", "--stats", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("E0382").doesNotContain("heap profile");
    }

    @Test void aPanickingProgramStillGetsItsProfile() throws Exception {
        Path file = dir.resolve("panic.rs");
        Files.writeString(file, "fn main() { let v = vec![1, 2]; let i = v.len() + 1; println!(\"{}\", v[i]); }\n");
        CliRun r = CliRun.of("run", "--stats", file.toString());
        assertThat(r.exit()).isEqualTo(101);
        assertThat(r.err()).contains("panicked at").contains("── heap profile (heaplab) ──")
                .contains("total:     1 allocation, 0 reallocations, 1 deallocation, 8 bytes allocated");
    }
}
