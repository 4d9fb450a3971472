package dev.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `heaplab trace` end to end in-process: formats, options, exit codes and messages in both languages. */
class TraceCommandTest {
    @TempDir Path dir;

    private Path program(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void textDiagramsOfAStringMove() throws IOException {
        Path p = program("m.rs", "fn main() {\n    let s = String::from(\"hi\");\n    let t = s;\n    println!(\"{}\", t);\n}\n");
        CliRun r = CliRun.of("trace", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("── after line 2").contains("s: ptr ───┼─────>│ \"hi\"").contains("s: (moved)")
                .contains("stdout: \"hi\\n\"");
        CliRun ascii = CliRun.of("trace", p.toString(), "--ascii", "--lang", "fr");
        assertThat(ascii.out()).contains("-- après la ligne 2").contains("(déplacé)").contains("TAS").doesNotContain("─");
    }

    @Test
    void svgAndJsonToAFile() throws IOException {
        Path p = program("b.rs", "fn main() {\n    let b = Box::new(5);\n    println!(\"{}\", b);\n}\n");
        Path svg = dir.resolve("out.svg"), json = dir.resolve("out.json");
        assertThat(CliRun.of("trace", p.toString(), "--format", "svg", "-o", svg.toString()).exit()).isZero();
        assertThat(Files.readString(svg)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("Box");
        assertThat(CliRun.of("trace", p.toString(), "--format", "json", "-o", json.toString()).exit()).isZero();
        assertThat(Files.readString(json)).contains("\"format\": \"heaplab-trace\"").contains("\"kind\": \"alloc\"");
    }

    @Test
    void aStepLimitGivesTheStepsSoFarAndExitThree() throws IOException {
        Path p = program("l.rs", "fn main() {\n    let mut n: u64 = 0;\n    loop {\n        n = n.wrapping_add(1);\n    }\n}\n");
        CliRun r = CliRun.of("trace", p.toString(), "--max-steps", "2000");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("n: ").contains("note: the run hit a limit");
        assertThat(r.err()).contains("error: limit: the program ran more than 2000 steps");
        assertThat(CliRun.of("trace", p.toString(), "--max-steps", "2000", "--lang", "fr").out())
                .contains("note : l'exécution a atteint une limite");
    }

    @Test
    void badUsageAndCompileErrors() throws IOException {
        Path p = program("e.rs", "fn main() {\n    let s = String::new();\n    let t = s;\n    println!(\"{}\", s);\n}\n");
        CliRun r = CliRun.of("trace", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error[E0382]");
        Path ok = program("ok.rs", "fn main() {\n    let x = 1;\n    println!(\"{}\", x);\n}\n");
        CliRun both = CliRun.of("trace", ok.toString(), "--all", "--step", "3");
        assertThat(both.exit()).isEqualTo(2);
        CliRun missing = CliRun.of("trace", ok.toString(), "--step", "100000");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("was not recorded");
        assertThat(CliRun.of("trace", ok.toString(), "--step", "2").out()).startsWith("── step 2");
    }
}
