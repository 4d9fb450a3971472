package dev.heaplab.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.interp.HeapStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Checks a hint mechanically: the rewritten program passes heaplab's checker, runs to the same
 * exit code, and its allocation counts drop by exactly the figures the hint announced; when rustc is
 * on PATH, rustc accepts the rewritten program too.
 */
final class HintCheck {
    private HintCheck() {}

    static void verify(String name, String text, ProfileRuns.Profiled before, Hint hint) throws Exception {
        String rewritten = hint.apply(text);
        ProfileRuns.Plain after = ProfileRuns.plain(name, rewritten);
        assertThat(after.compiled().ok()).as("%s: %s rewrite is accepted by heaplab's checker:%n%s%n%s", name, hint.kind(),
                rewritten, after.compiled().diagnostics()).isTrue();
        assertThat(after.exit()).as("%s: exit code after %s", name, hint.kind()).isEqualTo(before.exit());
        HeapStats b = before.stats(), a = after.stats();
        assertThat(a.allocs()).as("%s: allocations after %s", name, hint.kind()).isEqualTo(b.allocs() - hint.savedAllocs());
        assertThat(a.reallocs()).as("%s: reallocations after %s", name, hint.kind())
                .isEqualTo(b.reallocs() - hint.savedReallocs());
        assertThat(a.deallocs()).as("%s: deallocations after %s", name, hint.kind()).isEqualTo(b.deallocs() - hint.savedAllocs());
        if (rustc() != null) assertThat(rustcAccepts(rewritten)).as("%s: rustc accepts the %s rewrite", name, hint.kind()).isTrue();
    }

    private static String rustcPath;
    private static boolean looked;

    /** The rustc on PATH, or null. */
    static synchronized String rustc() {
        if (!looked) {
            looked = true;
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, "rustc");
                if (Files.isExecutable(p)) {
                    rustcPath = p.toString();
                    break;
                }
            }
        }
        return rustcPath;
    }

    static boolean rustcAccepts(String program) throws Exception {
        Path dir = Files.createTempDirectory("heaplab-hint");
        Path src = dir.resolve("hint.rs");
        Files.writeString(src, program);
        Process p = new ProcessBuilder(rustc(), "--edition", "2024", "--emit=metadata", "--crate-type=bin", "-o",
                dir.resolve("hint.rmeta").toString(), src.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }
}
