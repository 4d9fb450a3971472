package dev.heaplab.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.French;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.render.RunReport;
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
 * Every error code heaplab can emit has an explanation in English and French and a conformance
 * program under tests/ui/compile-fail annotated with it; every explanation's examples behave as
 * marked when run through heaplab itself: the erroneous one is rejected with its code, the fixed
 * one is accepted and exits with 0. (scripts/bless-rustc.sh --check-docs checks the same examples
 * against rustc.)
 *
 * <p>The codes are read from the sources, not listed by hand: every code literal passed as the
 * first argument of an {@code error(...)} call (Diagnostic.error and the stages' helpers, which all
 * take the code first), including {@code cond ? "EXXXX" : "EYYYY"}.
 */
class ErrorCodeDocsTest {
    private static final Pattern EMITTED =
            Pattern.compile("\\berror\\(\\s*(?:\\w+\\s*\\?\\s*)?\"(E\\d{4})\"(?:\\s*:\\s*\"(E\\d{4})\")?");
    private static final Pattern BLOCK = Pattern.compile("```rust( compile_fail,(E\\d{4}))?\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ANNOTATION = Pattern.compile("//~\\^* ERROR (E\\d{4})");

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs").resolve("error-codes"))) dir = dir.getParent();
        return dir;
    }

    /** The codes the checker's sources can emit. */
    static Set<String> emittedCodes(Path root) throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path f : files(root.resolve("core/src/main/java"), ".java")) {
            Matcher m = EMITTED.matcher(Files.readString(f));
            while (m.find()) {
                codes.add(m.group(1));
                if (m.group(2) != null) codes.add(m.group(2));
            }
        }
        return codes;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void theScanFindsTheCodesOfEveryStage() throws IOException {
        // lexer, resolution, type checking (helper and ternary forms), exhaustiveness, borrow checking
        assertThat(emittedCodes(root())).contains("E0758", "E0762", "E0763", "E0405", "E0308", "E0594", "E0596", "E0004", "E0382")
                .hasSizeGreaterThan(70);
    }

    @Test
    void everyEmittedCodeIsExplainedInBothLanguages() throws IOException {
        Path root = root();
        List<String> missing = new ArrayList<>();
        for (String c : emittedCodes(root)) {
            for (String suffix : List.of(".md", ".fr.md")) {
                if (!Files.exists(root.resolve("docs/error-codes").resolve(c + suffix))) missing.add(c + suffix);
            }
        }
        assertThat(missing).as("error codes emitted without an explanation").isEmpty();
    }

    @Test
    void everyEmittedCodeHasACompileFailProgram() throws IOException {
        Path root = root();
        Set<String> annotated = new TreeSet<>();
        for (Path f : files(root.resolve("tests/ui/compile-fail"), ".rs")) {
            Matcher m = ANNOTATION.matcher(Files.readString(f));
            while (m.find()) annotated.add(m.group(1));
        }
        Set<String> missing = new TreeSet<>(emittedCodes(root));
        missing.removeAll(annotated);
        assertThat(missing).as("error codes emitted without a tests/ui/compile-fail program annotated `//~ ERROR EXXXX`").isEmpty();
    }

    /** Each explanation, in each language: its own code marks a failing example, and a fixed example follows. */
    @TestFactory
    Stream<DynamicTest> examplesBehaveAsMarked() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : files(root().resolve("docs/error-codes"), ".md")) {
            String name = doc.getFileName().toString();
            if (!name.matches("E\\d{4}(\\.fr)?\\.md")) continue;
            String code = name.substring(0, 5);
            String text = Files.readString(doc);
            Matcher m = BLOCK.matcher(text);
            int n = 0, failing = 0, fixed = 0;
            while (m.find()) {
                String expected = m.group(2);
                String src = m.group(3);
                if (expected == null) fixed++;
                else failing++;
                tests.add(DynamicTest.dynamicTest(name + " example " + (++n), () -> {
                    if (expected == null) assertAcceptedAndExitsZero(code, src);
                    else {
                        assertThat(expected).as("a failing example is marked with its file's code").isEqualTo(code);
                        Driver.Compiled c = Driver.compile(new SourceFile(code + ".rs", src));
                        assertThat(c.diagnostics()).as("erroneous example is rejected with " + expected)
                                .anyMatch(d -> expected.equals(d.code()));
                    }
                }));
            }
            int failingCount = failing, fixedCount = fixed;
            tests.add(DynamicTest.dynamicTest(name + " has both kinds of example", () -> {
                assertThat(failingCount).as("failing examples").isPositive();
                assertThat(fixedCount).as("fixed examples").isPositive();
            }));
        }
        return tests.stream();
    }

    /** `--lang fr`: the message heaplab gives for each code's failing example has a French wording. */
    @TestFactory
    Stream<DynamicTest> everyExplainedErrorMessageHasAFrenchWording() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : files(root().resolve("docs/error-codes"), ".md")) {
            String name = doc.getFileName().toString();
            if (!name.matches("E\\d{4}\\.md")) continue;
            Matcher m = BLOCK.matcher(Files.readString(doc));
            while (m.find()) {
                String code = m.group(2), src = m.group(3);
                if (code == null) continue;
                tests.add(DynamicTest.dynamicTest(name + " in French", () -> {
                    Driver.Compiled c = Driver.compile(new SourceFile(code + ".rs", src));
                    for (Diagnostic d : c.diagnostics()) {
                        if (code.equals(d.code())) assertThat(French.text(d.message())).as("French for: " + d.message()).isNotEqualTo(d.message());
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static void assertAcceptedAndExitsZero(String code, String src) {
        SourceFile file = new SourceFile(code + ".rs", src);
        StringBuilder err = new StringBuilder();
        ProgramOutput quiet = new ProgramOutput() {
            @Override public void stdout(String s) {}

            @Override public void stderr(String s) { err.append(s); }
        };
        Driver.Run run = Driver.run(file, Limits.DEFAULT, quiet, List.of());
        assertThat(run.compiled().diagnostics()).as("fixed example is accepted").noneMatch(Diagnostic::isError);
        assertThat(run.execution()).as("fixed example runs").isNotNull();
        assertThat(RunReport.executed(file, run.execution()).exitCode()).as("fixed example exits with 0 (stderr: %s)", err).isZero();
    }
}
