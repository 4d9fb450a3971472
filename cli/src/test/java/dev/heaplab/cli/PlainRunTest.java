package dev.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare `run FILE.rs` skips picocli (start-up); it must answer exactly as picocli's path does, which
 * `run --lang en FILE.rs` (the same defaults, spelled out) still takes.
 */
class PlainRunTest {
    @TempDir Path dir;

    /** Through the public entry point, where the bare form is recognised. */
    private static CliRun execute(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void same(String file) {
        CliRun plain = execute("run", file), picocli = execute("run", "--lang", "en", file);
        assertThat(plain).isEqualTo(picocli);
    }

    @Test
    void completesPanicsRejectsAndMissingFilesAsPicocliPath() throws Exception {
        Path ok = dir.resolve("ok.rs"), panic = dir.resolve("panic.rs"), moved = dir.resolve("moved.rs"), bad = dir.resolve("bad.rs");
        Files.writeString(ok, "fn main() {\n    let v: Vec<i32> = (1..4).collect();\n    println!(\"{:?}\", v);\n}\n");
        Files.writeString(panic, "fn main() {\n    let v = vec![1];\n    println!(\"{}\", v[3]);\n}\n");
        Files.writeString(moved, "fn main() {\n    let v = vec![1];\n    let first = &v[0];\n    let w = v;\n"
                + "    println!(\"{} {:?}\", first, w);\n}\n");
        Files.writeString(bad, "fn main() {\n    let x: i32 = \"no\";\n}\n");
        CliRun r = execute("run", ok.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("[1, 2, 3]\n");
        for (Path p : new Path[] {ok, panic, moved, bad, dir.resolve("missing.rs"), dir}) same(p.toString());
        assertThat(execute("run", panic.toString()).exit()).isEqualTo(101);
        assertThat(execute("run", moved.toString()).exit()).isEqualTo(1);
    }

    @Test
    void anOptionOrAnotherCommandStillGoesThroughPicocli() {
        CliRun help = execute("run", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--stats-json");
        assertThat(execute("run").exit()).isEqualTo(2);
    }
}
