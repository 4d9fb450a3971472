package dev.heaplab.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The project's two French lessons (copies in src/test/resources/lessons). The expected verdicts
 * agree with `rustdoc --test` 1.95 on the same file: blocks at lines 34 and 50 pass; the diagram at
 * line 66 (unlabelled, hence Rust), the RAII example at line 79 (E0599: `File::open` is not defined
 * at line 92) and the fragment at line 99 (E0282) fail.
 */
class SeedLessonsTest {
    private static LessonReport lesson(String name, Lang lang) throws Exception {
        String md = Files.readString(Path.of("src/test/resources/lessons", name), StandardCharsets.UTF_8);
        return LessonDoc.process(name, md, LessonDoc.Options.defaults(lang), LessonDoc.Progress.NONE);
    }

    @Test
    void gestionMemoireFlagsFileOpen() throws Exception {
        LessonReport r = lesson("gestion-memoire-en-rust.md", Lang.EN);
        assertThat(r.results()).extracting(b -> b.block().line()).containsExactly(34, 50, 66, 79, 99);
        assertThat(r.passed()).extracting(b -> b.block().number()).containsExactly(1, 2);
        assertThat(r.failed()).extracting(b -> b.block().number()).containsExactly(3, 4, 5);
        assertThat(r.exitCode()).isEqualTo(1);

        BlockResult raii = r.results().get(3);
        assertThat(raii.verdict()).isInstanceOfSatisfying(Verdict.Failed.class, f -> {
            assertThat(f.mdLine()).isEqualTo(92);
            assertThat(f.why()).contains("E0599").contains("`open`").contains("`File`");
        });
        assertThat(raii.diagnostics()).contains("error[E0599]").contains("--> gestion-memoire-en-rust.md:92:");
        assertThat(r.summary())
                .contains("error: block 4 (gestion-memoire-en-rust.md:79) does not behave as marked")
                .contains("--> gestion-memoire-en-rust.md:92 (Rust line 13 of the block)")
                .contains("let file = File::open(\"test.txt\");");
        assertThat(((Verdict.Failed) r.results().get(4).verdict()).why()).contains("E0282");
        assertThat(r.results().get(4).diagnostics()).contains("--> gestion-memoire-en-rust.md:101:5")
                .contains("101 | let vec = Vec::with_capacity(100);");
        assertThat(((Verdict.Failed) r.results().get(2).verdict()).why()).contains("label it ```text");
        assertThat(r.results().get(0).stdout()).isEqualTo("5\n");
        Pages.parse(r.html());
    }

    @Test
    void frenchSummary() throws Exception {
        LessonReport r = lesson("gestion-memoire-en-rust.md", Lang.FR);
        assertThat(r.summary()).contains("erreur : bloc 4 (gestion-memoire-en-rust.md:79) ne se comporte pas comme annoncé")
                .contains("(ligne Rust 13 du bloc)");
        assertThat(r.html()).contains("<html lang=\"fr\">");
    }

    @Test
    void laGestionDeLaMemoireHasNoCode() throws Exception {
        LessonReport r = lesson("la-gestion-de-la-memoire.md", Lang.FR);
        assertThat(r.results()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.html()).contains("<title>La gestion de la mémoire</title>").contains("ramasse-miettes");
        Pages.parse(r.html());
    }
}
