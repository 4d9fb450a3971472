package dev.heaplab.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing: random bytes, random token soups and mutations of a valid program never make
 * the lexer or parser throw (the entry point's defensive catch would report "could not handle"),
 * never loop, and keep spans inside the file.
 */
class RobustnessTest {
    private static final String[] SNIPPETS = {"fn", "(", ")", "{", "}", "[", "]", "<", ">", ">>", "::", "let", "=", ";",
        ",", "x", "1", "1.5", "'a", "'c'", "\"s\"", "|", "||", "&", "&&", "match", "=>", "if", "else", "..", "..=",
        "struct", "impl", "for", "in", "while", "loop", "break", "#", "!", "?", "as", "mut", "ref", "@", "_", "-", "*",
        "r#\"x\"#", "b'a'", "vec!", "println!", "move", "dyn", "->", "where", "T", ":", "'", "\"", "/*", "\n"};

    private static void parseChecked(String text) {
        SourceFile f = new SourceFile("f.rs", text, 7);
        Diagnostics d = new Diagnostics();
        Crate c = Parser.parse(f, d);
        for (Diagnostic diag : d.all()) {
            assertThat(diag.message()).as("input: %s", text).doesNotContain("could not handle");
            for (var l : diag.labels()) {
                assertThat(l.span().lo()).as("input: %s", text).isBetween(7, f.endPos());
                assertThat(l.span().hi()).as("input: %s", text).isBetween(7, f.endPos());
            }
        }
        assertThat(c.nextNodeId()).isGreaterThanOrEqualTo(c.firstNodeId());
    }

    @Test
    void randomBytes() {
        Random rnd = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(60);
            for (int j = 0; j < n; j++) sb.append((char) (rnd.nextBoolean() ? 32 + rnd.nextInt(95) : rnd.nextInt(256)));
            parseChecked(sb.toString());
        }
    }

    @Test
    void tokenSoup() {
        Random rnd = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int j = 0; j < n; j++) sb.append(SNIPPETS[rnd.nextInt(SNIPPETS.length)]).append(rnd.nextInt(3) == 0 ? "" : " ");
            parseChecked(sb.toString());
        }
    }

    @Test
    void mutatedValidPrograms() throws Exception {
        String src = Files.readString(Path.of("src/test/resources/syntax/sample1.rs"));
        Random rnd = new Random(2024);
        for (int i = 0; i < 1500; i++) {
            StringBuilder sb = new StringBuilder(src);
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(sb.length());
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, SNIPPETS[rnd.nextInt(SNIPPETS.length)]);
                    default -> sb.delete(at, Math.min(sb.length(), at + rnd.nextInt(20)));
                }
            }
            parseChecked(sb.toString());
        }
    }

    @Test
    void deeplyNestedInputOfEveryKind() {
        for (String[] openClose : List.of(new String[] {"(", ")"}, new String[] {"[", "]"}, new String[] {"{", "}"},
                new String[] {"-", ""}, new String[] {"&", ""}, new String[] {"|x| ", ""}, new String[] {"if a {", "}"})) {
            parseChecked("fn main() { let x = " + openClose[0].repeat(4000) + "1" + openClose[1].repeat(4000) + "; }");
        }
        parseChecked("type T = " + "Vec<".repeat(3000) + "u8" + ">".repeat(3000) + ";");
        parseChecked("fn f() { let " + "(".repeat(3000) + "x" + ")".repeat(3000) + " = 1; }");
        parseChecked("fn main() { let x = 1" + " + 1".repeat(20000) + "; }");
    }

    /** Every program of the conformance corpus (written in parallel) parses without errors. */
    @Test
    void corpusProgramsParse() throws Exception {
        Path root = Path.of("../tests/ui");
        if (!Files.isDirectory(root)) root = Path.of("../../wt-corpus/tests/ui");
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".rs")).toList()) {
                String text = Files.readString(p);
                if (text.contains("//~ ERROR") && !text.contains("E0")) continue; // expected syntax errors
                if (p.toString().replace('\\', '/').contains("compile-fail/syntax/")) continue; // expected lexer errors (E0748, E0765...)
                var r = ParseFixtures.parse(text);
                List<String> syntaxErrors = r.diags().all().stream()
                        .filter(d -> d.kind() == Diagnostic.Kind.RUST).map(d -> p + ": " + ParseFixtures.render(r.file(), d)).toList();
                assertThat(syntaxErrors).as(p.toString()).isEmpty();
            }
        }
    }
}
