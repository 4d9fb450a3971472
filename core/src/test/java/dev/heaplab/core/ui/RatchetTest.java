package dev.heaplab.core.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratchet's verdicts, the report, and the normalisation table. */
class RatchetTest {
    @TempDir Path dir;

    @Test
    void unlistedFailuresAndListedPassesBothFailTheBuild() throws Exception {
        Files.writeString(dir.resolve(Ratchet.FILE), "# comment\na/known.rs\na/fixed.rs\n");
        Ratchet r = new Ratchet(dir);
        assertThat(r.record("a/known.rs", "stdout line 1: expected \"x\" but got \"y\"")).isNull();
        assertThat(r.record("a/fixed.rs", null)).startsWith("now passes");
        assertThat(r.record("a/new.rs", "exit code: expected 0, got 4")).isEqualTo("exit code: expected 0, got 4");
        assertThat(r.record("a/fine.rs", null)).isNull();
        assertThat(r.summary()).isEqualTo("ui: 2 passed, 2 failed");
        Path report = dir.resolve("target/ui-report.txt");
        r.writeReport(report);
        assertThat(Files.readAllLines(report)).containsExactly("ui: 2 passed, 2 failed",
                "a/known.rs: stdout line 1: expected \"x\" but got \"y\"", "a/new.rs [NEW]: exit code: expected 0, got 4");
        r.bless();
        assertThat(Files.readAllLines(dir.resolve(Ratchet.FILE))).filteredOn(l -> !l.startsWith("#"))
                .containsExactly("a/known.rs", "a/new.rs");
    }

    @Test
    void textDifferencesNameTheFirstDifferingLine() {
        assertThat(UiComparison.textDifference("stdout", "a\nb\n", "a\nb\n")).isNull();
        assertThat(UiComparison.textDifference("stdout", "a\nb\n", "a\nc\n")).isEqualTo("stdout line 2: expected \"b\" but got \"c\"");
        assertThat(UiComparison.textDifference("stdout", "a\n", "a\nmore\n")).isEqualTo("stdout line 2: expected \"\" but got \"more\"");
    }

    @Test
    void normalisationStripsDirectoriesAndAddresses() {
        assertThat(Normalization.apply(Normalization.Stream.STDERR, "thread 'main' panicked at /tmp/x/y/p.rs:3:5:\n"))
                .isEqualTo("thread 'main' panicked at p.rs:3:5:\n");
        assertThat(Normalization.apply(Normalization.Stream.STDOUT, "at 0x7ffd5e8c1a2c\r\n")).isEqualTo("at 0xADDR\n");
        assertThat(Normalization.apply(Normalization.Stream.STDOUT, "p.rs:3")).isEqualTo("p.rs:3");
    }
}
