package dev.heaplab.core.ui;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite: one dynamic test per `tests/ui/**&#47;*.rs`, run in-process as `heaplab run`
 * with the bare file name as path and default limits, compared with rustc's goldens through the
 * {@link Ratchet}. Prints `ui: N passed, M failed` and writes target/ui-report.txt.
 */
class UiTest {
    private static final long TIMEOUT_SECONDS = 60;
    private static Path uiRoot;
    private static Ratchet ratchet;
    /** Per rejected program: whether heaplab's diagnostics are rustc's, word for word. */
    private static final java.util.SortedMap<String, Boolean> DIAGNOSTIC_TEXT = new java.util.TreeMap<>();
    /**
     * The second ratchet: rejected programs whose whole diagnostic text is rustc's. A listed program
     * whose text stops being rustc's fails; blessing rewrites the list from the run.
     */
    private static final String IDENTICAL_FILE = "identical-diagnostics.txt";
    private static java.util.Set<String> identical = java.util.Set.of();

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        uiRoot = findUiRoot();
        if (uiRoot == null) return Stream.empty();
        ratchet = new Ratchet(uiRoot);
        Path list = uiRoot.resolve(IDENTICAL_FILE);
        if (Files.exists(list)) {
            identical = Files.readAllLines(list).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toSet());
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(uiRoot)) {
            sources = walk.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        return sources.stream().map(p -> {
            String id = uiRoot.relativize(p).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(id, p.toUri(), () -> check(new UiCase(p, id)));
        });
    }

    private static void check(UiCase c) throws Exception {
        UiRunner.Actual actual = runWithTimeout(c);
        String difference = UiComparison.firstDifference(c, actual);
        boolean compileFail = c.text().contains("//@ compile-fail");
        if (compileFail) {
            // The whole text of the diagnostics, beyond the first code and line the ratchet checks.
            boolean same = difference == null && UiComparison.sameDiagnostics(c, actual);
            synchronized (DIAGNOSTIC_TEXT) { DIAGNOSTIC_TEXT.put(c.id(), same); }
            // Kept for comparing with the golden: target/ui-diagnostics/<id>.stderr, only while it differs.
            Path out = Path.of("target", "ui-diagnostics", c.id().replace(".rs", ".stderr"));
            if (same) {
                Files.deleteIfExists(out);
            } else {
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual.stderr());
                if (identical.contains(c.id()) && !Ratchet.blessing()) {
                    fail(c.id() + ": the diagnostics were rustc's word for word and no longer are (listed in "
                            + IDENTICAL_FILE + "); heaplab's text is in core/" + out);
                }
            }
        } else if (difference == null) {
            // Only a program that compiled has warnings to compare; a failure is the ratchet's to record.
            String wrong = AcceptedWarnings.difference(uiRoot, c.id(), actual.warnings());
            if (wrong != null) fail(c.id() + ": " + wrong);
            String full = c.expectedWarnings();
            if (full != null) {
                assertThat(Normalization.apply(Normalization.Stream.STDERR, actual.checkStderr()))
                        .as(c.id() + ": `heaplab check` against rustc's warnings (" + c.fileName().replace(".rs", ".warnings") + ")")
                        .isEqualTo(Normalization.apply(Normalization.Stream.STDERR, full));
            }
        }
        String verdict = ratchet.record(c.id(), difference);
        if (verdict != null) fail(c.id() + ": " + verdict);
    }

    private static UiRunner.Actual runWithTimeout(UiCase c) throws Exception {
        String text = c.text();
        var pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "ui-" + c.fileName(), 512L << 20); // deep recursion in user programs
            t.setDaemon(true);
            return t;
        });
        try {
            Future<UiRunner.Actual> f = pool.submit(() -> UiRunner.run(c.fileName(), text));
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return new UiRunner.Actual("", "error: internal: timed out after " + TIMEOUT_SECONDS + " s\n", 4, null);
        } catch (ExecutionException e) {
            return new UiRunner.Actual("", "error: internal: " + e.getCause() + "\n", 4, null);
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void report() throws IOException {
        if (ratchet == null) return;
        System.out.println(ratchet.summary());
        ratchet.writeReport(Path.of("target", "ui-report.txt"));
        long same = DIAGNOSTIC_TEXT.values().stream().filter(b -> b).count();
        StringBuilder text = new StringBuilder("identical diagnostics: " + same + " of " + DIAGNOSTIC_TEXT.size() + "\n");
        DIAGNOSTIC_TEXT.forEach((id, b) -> { if (!b) text.append("differs: ").append(id).append('\n'); });
        Files.writeString(Path.of("target", "ui-diagnostic-text.txt"), text);
        if (Ratchet.blessing()) {
            ratchet.bless();
            StringBuilder list = new StringBuilder("# Rejected programs whose whole diagnostic text is rustc's (paths under tests/ui).\n"
                    + "# UiTest fails when one of them stops being so. Regenerate with:\n"
                    + "#   mvn -q test -pl core -Dtest=UiTest -Dheaplab.bless=true\n");
            DIAGNOSTIC_TEXT.forEach((id, b) -> { if (b) list.append(id).append('\n'); });
            Files.writeString(uiRoot.resolve(IDENTICAL_FILE), list);
        }
    }

    /** tests/ui of the project, searched upwards from the working directory (core/ under Maven). */
    private static Path findUiRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path ui = dir.resolve("tests").resolve("ui");
            if (Files.isDirectory(ui)) return ui;
            dir = dir.getParent();
        }
        return null;
    }

}
