package dev.heaplab.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The page of a small lesson, compared with a golden file. After an intended change, rewrite it with
 * `mvn -o test -pl doc -Dtest=GoldenHtmlTest -Dheaplab.bless=true` and review the diff.
 */
class GoldenHtmlTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @Test
    void smallLessonPage() throws Exception {
        String md = Files.readString(DIR.resolve("small.md"), StandardCharsets.UTF_8);
        LessonReport report = LessonDoc.process("small.md", md, LessonDoc.Options.defaults(Lang.EN), LessonDoc.Progress.NONE);
        Path golden = DIR.resolve("small.html");
        if (Boolean.getBoolean("heaplab.bless")) Files.writeString(golden, report.html(), StandardCharsets.UTF_8);
        assertThat(report.html()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));

        Document doc = Pages.parse(report.html());
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(report.html()).doesNotContain("<b>this</b>").contains("&lt;b&gt;this&lt;/b&gt;");
        assertThat(report.exitCode()).as(report.summary()).isEqualTo(1);
        assertThat(report.failed()).singleElement().satisfies(b -> {
            assertThat(b.block().number()).isEqualTo(5);
            assertThat(((Verdict.Failed) b.verdict()).mdLine()).isEqualTo(38);
            assertThat(b.block().line()).isEqualTo(36);
        });
        assertThat(report.passed()).extracting(b -> b.block().number()).containsExactly(1, 2, 3, 6);
        // the heaplab-trace block draws memory after its `// @show` line only, as well-formed inline SVG
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(1);
        assertThat(report.html()).contains("after line 45 (step 5): let s2 = s1; // @show");
    }
}
