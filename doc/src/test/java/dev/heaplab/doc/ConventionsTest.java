package dev.heaplab.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each rustdoc convention end to end: Markdown in, verdicts out. */
class ConventionsTest {
    private static BlockResult only(String markdown) {
        LessonReport r = Pages.process(markdown);
        assertThat(r.results()).hasSize(1);
        return r.results().get(0);
    }

    @Test
    void aPlainBlockMustRunToCompletion() {
        BlockResult r = only("# T\n\n```rust\nfn main() { println!(\"hi\"); }\n```\n");
        assertThat(r.verdict()).isInstanceOf(Verdict.Passed.class);
        assertThat(r.stdout()).isEqualTo("hi\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stats()).isNotNull();
    }

    @Test
    void aPanicFailsAPlainBlockAtThePanicLine() {
        LessonReport rep = Pages.process("```rust\nlet v: Vec<i32> = Vec::new();\nlet x = v[3];\n```\n");
        BlockResult r = rep.results().get(0);
        assertThat(r.verdict()).isInstanceOfSatisfying(Verdict.Failed.class, f -> assertThat(f.mdLine()).isEqualTo(3));
        assertThat(r.stderr()).contains("thread 'main' panicked at lesson.md:3:");
        assertThat(rep.exitCode()).isEqualTo(1);
        assertThat(rep.summary()).contains("block 1 (lesson.md:1)").contains("lesson.md:3 (Rust line 2 of the block)");
    }

    @Test
    void unlabelledBlocksAreRust() {
        assertThat(only("```\nlet x: i32 = 1 + 1;\nassert_eq!(x, 2);\n```\n").verdict()).isInstanceOf(Verdict.Passed.class);
        assertThat(only("```\nthis is not rust\n```\n").verdict()).isInstanceOf(Verdict.Failed.class);
    }

    @Test
    void indentedBlocksAreRust() {
        BlockResult r = only("Text.\n\n    let x = 1;\n    println!(\"{}\", x + 1);\n");
        assertThat(r.block().fenced()).isFalse();
        assertThat(r.block().line()).isEqualTo(3);
        assertThat(r.stdout()).isEqualTo("2\n");
    }

    @Test
    void nonRustBlocksAreShownButNotChecked() {
        for (String lang : new String[] {"text", "c", "php", "js", "bash", "console"}) {
            BlockResult r = only("```" + lang + "\nint main() { return 0; }\n```\n");
            assertThat(r.verdict()).isEqualTo(new Verdict.NotChecked(Verdict.Reason.NOT_RUST, lang));
            assertThat(HtmlPage.section(r, Lang.EN)).contains("int main() { return 0; }");
        }
        assertThat(Pages.process("```text\nnot rust\n```\n").exitCode()).isZero();
    }

    @Test
    void hiddenLinesAreCompiledButNotDisplayed() {
        BlockResult r = only("```rust\n# let secret = 41;\nprintln!(\"{}\", secret + 1);\n```\n");
        assertThat(r.stdout()).isEqualTo("42\n");
        assertThat(HtmlPage.section(r, Lang.EN)).doesNotContain("secret = 41").contains("secret + 1");
    }

    @Test
    void compileFailWithoutACode() {
        assertThat(only("```compile_fail\nlet s = String::new();\nlet t = s;\nprintln!(\"{s}\");\n```\n").verdict())
                .isInstanceOf(Verdict.Passed.class);
        BlockResult wrong = only("```compile_fail\nlet x = 1;\n```\n");
        assertThat(wrong.verdict()).isInstanceOfSatisfying(Verdict.Failed.class,
                f -> assertThat(f.why()).contains("compiled, but it is marked compile_fail"));
    }

    @Test
    void compileFailWithACodeChecksTheCode() {
        String moved = "let s = String::new();\nlet t = s;\nprintln!(\"{s}\");\n```\n";
        assertThat(only("```compile_fail,E0382\n" + moved).verdict()).isInstanceOf(Verdict.Passed.class);
        BlockResult r = only("```compile_fail,E0499\n" + moved);
        assertThat(r.verdict()).isInstanceOfSatisfying(Verdict.Failed.class, f -> {
            assertThat(f.why()).contains("E0382").contains("instead of E0499");
            assertThat(f.mdLine()).isEqualTo(4);
        });
    }

    @Test
    void shouldPanicMustPanic() {
        assertThat(only("```should_panic\npanic!(\"boom\");\n```\n").verdict()).isInstanceOf(Verdict.Passed.class);
        assertThat(only("```should_panic\nlet x = 1;\n```\n").verdict()).isInstanceOfSatisfying(Verdict.Failed.class,
                f -> assertThat(f.why()).contains("should_panic"));
    }

    @Test
    void noRunCompilesWithoutRunning() {
        BlockResult r = only("```no_run\nloop {}\n```\n");
        assertThat(r.verdict()).isInstanceOf(Verdict.Passed.class);
        assertThat(r.stdout()).isNull();
        assertThat(only("```no_run\nlet x: i32 = \"no\";\n```\n").verdict()).isInstanceOf(Verdict.Failed.class);
    }

    @Test
    void ignoreAndHeaplabSkipAreNotCompiled() {
        assertThat(only("```ignore\nthis does not compile\n```\n").verdict())
                .isEqualTo(new Verdict.NotChecked(Verdict.Reason.IGNORED, "ignore"));
        assertThat(only("```rust,heaplab-skip\nthis does not compile\n```\n").verdict())
                .isEqualTo(new Verdict.NotChecked(Verdict.Reason.SKIPPED, "heaplab-skip"));
        assertThat(Pages.process("```ignore\nnope\n```\n").exitCode()).isZero();
        LessonReport alone = Pages.process("```heaplab-stats\nlet v = vec![1];\n```\n");
        assertThat(alone.results().get(0).verdict()).isInstanceOf(Verdict.NotChecked.class);
        assertThat(alone.summary()).contains("warning: block 1 (lesson.md:1) has heaplab attributes but is not Rust for rustdoc");
    }

    @Test
    void unsupportedFeaturesAreListedButDoNotFailTheLesson() {
        LessonReport r = Pages.process("```rust\nmacro_rules! double { ($x:expr) => { $x * 2 }; }\nprintln!(\"{}\", double!(2));\n```\n");
        assertThat(r.results().get(0).verdict()).isInstanceOfSatisfying(Verdict.NotChecked.class, n -> {
            assertThat(n.reason()).isEqualTo(Verdict.Reason.UNSUPPORTED);
            assertThat(n.detail()).startsWith("unsupported");
        });
        assertThat(r.exitCode()).isZero();
        assertThat(r.notChecked()).hasSize(1);
        assertThat(r.summary()).contains("not checked: unsupported");
    }

    @Test
    void fencesNestedInListsAndQuotesKeepTheirLines() {
        String md = "# T\n\n- item\n\n  ```rust\n  let a = 1;\n  assert_eq!(a, 2);\n  ```\n\n> quoted\n>\n> ```rust\n> let q: u8 = \"x\";\n> ```\n\n"
                + "````markdown\n```rust\nnot checked: inside a text block\n```\n````\n";
        LessonReport r = Pages.process(md);
        assertThat(r.results()).hasSize(3);
        assertThat(r.results().get(0).block().line()).isEqualTo(5);
        assertThat(r.results().get(0).verdict()).isInstanceOfSatisfying(Verdict.Failed.class,
                f -> assertThat(f.mdLine()).isEqualTo(7));
        assertThat(r.results().get(1).block().line()).isEqualTo(12);
        assertThat(r.results().get(1).verdict()).isInstanceOfSatisfying(Verdict.Failed.class,
                f -> assertThat(f.mdLine()).isEqualTo(13));
        assertThat(r.results().get(2).verdict()).isInstanceOf(Verdict.NotChecked.class);
    }

    @Test
    void statsFigureOnlyWhenAsked() {
        BlockResult plain = only("```rust\nlet v = vec![1, 2, 3];\n```\n");
        assertThat(plain.figures()).isEmpty();
        BlockResult stats = only("```rust,heaplab-stats\nlet v = vec![1, 2, 3];\n```\n");
        assertThat(stats.figures()).contains("<table class=\"stats\">").contains("<td>12</td>");
        assertThat(plain.figures()).doesNotContain("<svg");
    }

    @Test
    void traceFigureDrawsTheRunAsInlineSvg() {
        BlockResult r = only("```rust,heaplab-trace\nlet s = String::from(\"hi\");\nlet t = s;\n```\n");
        assertThat(r.figures()).contains("<div class=\"memory\">").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("after line 2").contains("after line 3").contains("&quot;hi&quot;").contains("(moved)");
        // lines marked // @show are the only ones drawn
        BlockResult marked = only("```rust,heaplab-trace\nlet s = String::from(\"hi\");\nlet t = s; // @show\n```\n");
        assertThat(marked.figures()).contains("after line 3").doesNotContain("after line 2");
        // a block that does not compile has nothing to draw, and says so
        assertThat(only("```rust,heaplab-trace,compile_fail\nlet s = String::new();\nlet t = s;\nlet u = s;\n```\n").figures())
                .contains("did not run");
    }

    @Test
    void frenchPage() throws Exception {
        LessonReport r = Pages.process("# Leçon\n\n```rust\nlet s = String::from(\"é\");\nprintln!(\"{s}\");\n```\n", Lang.FR);
        assertThat(r.html()).contains("<html lang=\"fr\">").contains("réussi").contains("Sortie").contains("Tas : ").doesNotContain("✓ passed");
        assertThat(r.summary()).contains("blocs Rust");
        Pages.parse(r.html());
    }
}
