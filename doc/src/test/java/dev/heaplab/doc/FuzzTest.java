package dev.heaplab.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever the Markdown, the processor returns a report (never throws) whose page is
 * well-formed and has one section per code block. Inputs are seeded random mutations of the lessons
 * and of fragments that stress fences, info strings, hidden lines, raw HTML and odd characters.
 */
class FuzzTest {
    private static final String[] FRAGMENTS = {
        "```", "````", "~~~", "```rust\n", "```compile_fail,E0382\n", "```should_panic\n", "```text\n", "```rust,heaplab-stats\n",
        "\n", "    ", "# ", "##", "#", "> ", "- ", "1. ", "| a | b |\n|---|---|\n", "<div>", "</pre>", "<script>x</script>",
        "&amp;", "&#0;", "\u0000", "\u0001", "\u001b[31m", "\uD800", "\uFFFF", "é", "┌─┐", "\r\n", "\t",
        "fn main() {", "}", "let x = 1;", "println!(\"{}\", x);", "panic!(\"p\");", "loop {}", "[l](javascript:alert(1))",
        "![i](x.png)", "*", "_", "`", "\\", "\"", "'", "{", "fn main", "#![allow(unused)]", "extern crate x;", "(())",
    };

    static Stream<Integer> seeds() { return IntStream.range(0, 60).boxed(); }

    private static List<String> corpus() throws Exception {
        List<String> c = new ArrayList<>();
        for (String f : new String[] {"lessons/gestion-memoire-en-rust.md", "lessons/la-gestion-de-la-memoire.md", "golden/small.md"}) {
            c.add(Files.readString(Path.of("src/test/resources", f), StandardCharsets.UTF_8));
        }
        return c;
    }

    static String mutate(String base, Random rnd) {
        StringBuilder sb = new StringBuilder(base);
        int edits = 1 + rnd.nextInt(12);
        for (int i = 0; i < edits; i++) {
            int at = sb.isEmpty() ? 0 : rnd.nextInt(sb.length() + 1);
            switch (rnd.nextInt(4)) {
                case 0 -> sb.insert(at, FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
                case 1 -> { if (!sb.isEmpty()) sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(40))); }
                case 2 -> sb.insert(at, (char) rnd.nextInt(0x3000));
                default -> {
                    if (!sb.isEmpty()) {
                        int from = rnd.nextInt(sb.length());
                        sb.insert(at, sb.substring(from, Math.min(sb.length(), from + rnd.nextInt(80))));
                    }
                }
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyMarkdownGivesAWellFormedPage(int seed) throws Exception {
        Random rnd = new Random(seed);
        List<String> corpus = corpus();
        String md = seed % 10 == 9 ? randomFragments(rnd) : mutate(corpus.get(seed % corpus.size()), rnd);
        // Small limits: mutations easily make `loop {}` programs.
        LessonReport r = Pages.process(md, seed % 2 == 0 ? Lang.EN : Lang.FR,
                new dev.heaplab.core.interp.Limits(50_000L, 16L << 20, 500, 64L << 10, 500L));
        var doc = Pages.parse(r.html());
        long sections = r.results().size();
        int figures = 0;
        var nodes = doc.getElementsByTagName("figure");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((org.w3c.dom.Element) nodes.item(i)).getAttribute("class").startsWith("block")) figures++;
        }
        assertThat(figures).as("one section per block, seed %d", seed).isEqualTo((int) sections);
        assertThat(r.html()).doesNotContain("<script");
        assertThat(r.summary()).isNotEmpty();
    }

    private static String randomFragments(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = rnd.nextInt(60); i < n; i++) sb.append(FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
        return sb.toString();
    }
}
