package dev.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.interp.HeapStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The command line in-process: usage errors, unreadable files, explain, stats JSON and internal errors. */
class MainTest {
    @TempDir Path dir;

    @Test
    void versionAndHelp() {
        CliRun v = CliRun.of("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("heaplab ");
        CliRun h = CliRun.of("--help");
        assertThat(h.exit()).isZero();
        assertThat(h.out()).contains("run", "check", "mir", "explain");
    }

    @Test
    void mirShowsTheProgramsOwnBodiesOnly() throws Exception {
        Path file = dir.resolve("two.rs");
        Files.writeString(file, "fn twice(x: i32) -> i32 { x * 2 }\nfn main() { let f = |y: i32| twice(y); println!(\"{}\", f(3)); }\n");
        CliRun r = CliRun.of("mir", file.toString());
        assertThat(r.exit()).isZero();
        // The two functions and the closure; none of the std stubs (`fn max`, `fn drop`, ...).
        assertThat(r.out().lines().filter(l -> l.startsWith("fn ")).toList()).hasSize(3);
        assertThat(r.out()).contains("fn twice(", "fn main(").doesNotContain("fn max(", "fn drop(");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(CliRun.of().exit()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
        CliRun r = CliRun.of("run", "x.rs", "--max-steps", "lots");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--max-steps");
        assertThat(CliRun.of("check", "x.rs", "--message-format", "xml").exit()).isEqualTo(2);
    }

    @Test
    void missingFileIsReportedLikeRustc() {
        String missing = dir.resolve("nope.rs").toString();
        CliRun r = CliRun.of("run", missing);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: couldn't read `" + missing + "`: No such file or directory (os error 2)\n\n"
                + "error: aborting due to 1 previous error\n\n");
        assertThat(CliRun.of("check", dir.toString()).err())
                .startsWith("error: couldn't read `" + dir + "`: Is a directory (os error 21)\n");
    }

    @Test
    void invalidUtf8IsReportedWithTheOffendingByte() throws Exception {
        Path bad = dir.resolve("bad.rs");
        Files.write(bad, new byte[] {'f', 'n', (byte) 0xff});
        CliRun r = CliRun.of("check", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: couldn't read `" + bad + "`: stream did not contain valid UTF-8\n"
                + "  |\n  = note: invalid utf-8 at byte `2`\n\nerror: aborting due to 1 previous error\n\n");
    }

    @Test
    void explainPrintsTheBundledDocInEitherLanguage() {
        CliRun en = CliRun.of("explain", "E0382");
        assertThat(en.exit()).isZero();
        assertThat(en.out()).startsWith("# E0382").contains("```rust");
        CliRun fr = CliRun.of("explain", "E0382", "--lang", "fr");
        assertThat(fr.out()).contains("valeur déplacée");
        assertThat(CliRun.of("explain", "E0758", "--lang", "fr").out()).startsWith("# E0758 : commentaire de bloc non terminé\n");
        CliRun invalid = CliRun.of("explain", "foo");
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.err()).isEqualTo("error: foo is not a valid error code\n\n");
        assertThat(CliRun.of("explain", "E9999").exit()).isEqualTo(1);
    }

    @Test
    void statsJsonKeepsTheContractsKeyOrder() {
        assertThat(StatsJson.toJson(new HeapStats(3, 2, 1, 100, 64, 8))).isEqualTo(
                "{\"allocs\":3,\"reallocs\":2,\"deallocs\":1,\"bytes_allocated\":100,\"peak_bytes\":64,\"leaked_bytes\":8}\n");
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override public Integer call() { throw new IllegalStateException("no interpreter for this"); }
    }

    @Command(name = "deep")
    static final class Deep implements Callable<Integer> {
        @Override public Integer call() { return recurse(0); }

        private static int recurse(int n) { return recurse(n + 1) + 1; }
    }

    @Test
    void internalErrorsNeverShowAStackTrace() {
        CliRun r = CliRun.with(new Boom());
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("error: internal: IllegalStateException: no interpreter for this\n");
        CliRun deep = CliRun.with(new Deep());
        assertThat(deep.exit()).isEqualTo(4);
        assertThat(deep.err()).startsWith("error: internal: StackOverflowError").doesNotContain("\tat ");
    }

    @Test
    void aProgramTheStubPipelineCannotHandleIsAnInternalErrorNotASilentFailure() throws Exception {
        Path hello = dir.resolve("hello.rs");
        Files.writeString(hello, "fn main() {\n    println!(\"hi\");\n}\n");
        CliRun r = CliRun.of("run", hello.toString());
        assertThat(r.exit()).isIn(0, 1, 2, 4);
        assertThat(r.err()).doesNotContain("\tat ", "Exception in thread");
        if (r.exit() == 0) assertThat(r.out()).isEqualTo("hi\n");
    }

    @Test
    void runRejectsABorrowErrorUnlessTheCheckerIsSkipped() throws Exception {
        Path f = dir.resolve("moved.rs");
        Files.writeString(f, "fn main() {\n    let v = vec![1];\n    let first = &v[0];\n    let w = v;\n"
                + "    println!(\"{} {:?}\", first, w);\n}\n");
        CliRun checked = CliRun.of("run", f.toString());
        assertThat(checked.exit()).isEqualTo(1);
        assertThat(checked.err()).startsWith("error[E0505]: cannot move out of `v` because it is borrowed\n");
        assertThat(checked.out()).isEmpty();
        CliRun unchecked = CliRun.of("run", "--no-borrowck", f.toString());
        assertThat(unchecked.exit()).isZero();
        assertThat(unchecked.out()).isEqualTo("1 [1]\n");
    }
}
