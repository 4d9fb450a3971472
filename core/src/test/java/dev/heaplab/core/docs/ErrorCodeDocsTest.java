package dev.heaplab.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every error code heaplab can emit has an explanation in English and French, and every
 * explanation's examples behave as marked when run through heaplab itself: the erroneous one is
 * rejected with its code, the fixed one is accepted. (scripts/bless-rustc.sh --check-docs checks
 * the same examples against rustc.)
 */
class ErrorCodeDocsTest {
    private static final Pattern EMITTED = Pattern.compile("Diagnostic\\.error\\(\"(E\\d{4})\"");
    private static final Pattern BLOCK = Pattern.compile("```rust( compile_fail,(E\\d{4}))?\\n(.*?)```", Pattern.DOTALL);

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs").resolve("error-codes"))) dir = dir.getParent();
        return dir;
    }

    private static Set<String> emittedCodes(Path root) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root.resolve("core/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EMITTED.matcher(Files.readString(f));
                while (m.find()) codes.add(m.group(1));
            }
        }
        return codes;
    }

    @Test
    void everyEmittedCodeIsExplainedInBothLanguages() throws IOException {
        Path root = root();
        Set<String> codes = emittedCodes(root);
        assertThat(codes).contains("E0382", "E0499", "E0502", "E0597", "E0308");
        List<String> missing = new ArrayList<>();
        for (String c : codes) {
            for (String suffix : List.of(".md", ".fr.md")) {
                if (!Files.exists(root.resolve("docs/error-codes").resolve(c + suffix))) missing.add(c + suffix);
            }
        }
        assertThat(missing).as("error codes emitted without an explanation").isEmpty();
    }

    /** The examples of the explanations of the borrow checker's codes, checked by heaplab itself. */
    @TestFactory
    Stream<DynamicTest> borrowCheckerExamplesBehaveAsMarked() throws IOException {
        Path dir = root().resolve("docs/error-codes");
        List<DynamicTest> tests = new ArrayList<>();
        for (String code : List.of("E0382", "E0499", "E0502", "E0503", "E0505", "E0506", "E0507", "E0508", "E0509", "E0515", "E0521",
                "E0525", "E0373", "E0597", "E0716", "E0106", "E0621", "E0726", "E0384", "E0594", "E0596", "E0004")) {
            String text = Files.readString(dir.resolve(code + ".md"));
            Matcher m = BLOCK.matcher(text);
            int n = 0;
            while (m.find()) {
                String expected = m.group(2);
                String src = m.group(3);
                tests.add(DynamicTest.dynamicTest(code + " example " + (++n), () -> {
                    Driver.Compiled c = Driver.compile(new SourceFile(code + ".rs", src));
                    if (expected == null) {
                        assertThat(c.diagnostics()).as("fixed example is accepted").noneMatch(Diagnostic::isError);
                    } else {
                        assertThat(c.diagnostics()).as("erroneous example is rejected with " + expected)
                                .anyMatch(d -> expected.equals(d.code()));
                    }
                }));
            }
        }
        return tests.stream();
    }
}
