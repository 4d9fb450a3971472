package dev.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocCommandTest {
    @TempDir Path dir;

    private Path lesson(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void writesThePageNextToTheLessonAndExitsZeroWhenEveryBlockBehaves() throws Exception {
        Path md = lesson("ok.md", "# OK\n\n```rust\nprintln!(\"hi\");\n```\n\n```text\nnot rust\n```\n");
        CliRun r = CliRun.of("doc", md.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("[1/1] checking block at line 3…").contains("1 Rust blocks: 1 passed, 0 failed, 0 not checked");
        assertThat(Files.readString(dir.resolve("ok.html"))).contains("<html lang=\"en\">").contains("hi\n");
    }

    @Test
    void namesTheBlockAndTheRustLineWhenABlockMisbehaves() throws Exception {
        Path md = lesson("bad.md", "# Bad\n\n```rust\nlet x = 1;\nlet y: String = x;\n```\n");
        Path out = dir.resolve("page.html");
        CliRun r = CliRun.of("doc", md.toString(), "-o", out.toString(), "--lang", "fr");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("erreur : bloc 1 (" + md + ":3) ne se comporte pas comme annoncé")
                .contains("--> " + md + ":5 (ligne Rust 2 du bloc)").contains("[1/1] vérification du bloc à la ligne 3…");
        assertThat(Files.readString(out)).contains("<html lang=\"fr\">").contains("E0308");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void flagsFileOpenInTheFirstSeedLesson() throws Exception {
        Path md = dir.resolve("gestion-memoire-en-rust.md");
        Files.copy(Path.of("../doc/src/test/resources/lessons/gestion-memoire-en-rust.md"), md);
        CliRun r = CliRun.of("doc", md.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("block 4 (" + md + ":79)").contains("E0599").contains(md + ":92 (Rust line 13 of the block)");
    }

    @Test
    void missingLessonAndBadUsage() {
        CliRun r = CliRun.of("doc", dir.resolve("nope.md").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("couldn't read").doesNotContain("Exception");
        assertThat(CliRun.of("doc").exit()).isEqualTo(2);
    }

    @Test
    void onATerminalProgressOverwritesItself() throws Exception {
        Path md = lesson("tty.md", "```rust\nlet a = 1;\n```\n\n```rust\nlet b = 2;\n```\n");
        DocCommand cmd = new DocCommand();
        cmd.terminal = true;
        CliRun r = CliRun.with(cmd, md.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("\r\033[K[1/2] checking block at line 1…\r\033[K[2/2] checking block at line 5…\r\033[K")
                .doesNotContain("…\n");
    }

    @Test
    void anUnwritableOutputIsAnErrorNotAStackTrace() throws Exception {
        Path md = lesson("w.md", "text\n");
        CliRun r = CliRun.of("doc", md.toString(), "-o", dir.resolve("missing/dir/out.html").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: couldn't write").doesNotContain("\tat ");
        assertThat(CliRun.of("doc", md.toString(), "-o", md.toString()).err()).contains("would overwrite the lesson");
    }

    @Test
    void defaultOutputName() {
        assertThat(DocCommand.defaultOutput(Path.of("a/b/lesson.md"))).isEqualTo(Path.of("a/b/lesson.html"));
        assertThat(DocCommand.defaultOutput(Path.of("notes"))).isEqualTo(Path.of("notes.html"));
    }
}
