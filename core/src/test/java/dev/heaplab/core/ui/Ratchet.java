package dev.heaplab.core.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the conformance suite honest while the implementation widens: `tests/ui/known-failures.txt`
 * lists the cases expected to fail (one path per line, relative to tests/ui; `#` starts a comment).
 * <ul>
 * <li>an unlisted failure fails the build;</li>
 * <li>a listed case that passes fails it too, until it is removed from the list;</li>
 * <li>bless mode (`-Dheaplab.bless=true`) rewrites the list from the current failures instead.</li>
 * </ul>
 */
final class Ratchet {
    static final String FILE = "known-failures.txt";

    private final Path list;
    private final Set<String> known;
    private final TreeMap<String, String> failures = new TreeMap<>();
    private int passed;

    Ratchet(Path uiRoot) throws IOException {
        this.list = uiRoot.resolve(FILE);
        this.known = new TreeSet<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) known.add(l);
            }
        }
    }

    static boolean blessing() { return Boolean.getBoolean("heaplab.bless"); }

    /**
     * Records a result and returns why the build must fail because of it, or null.
     * @param difference the first difference, or null when the case passed
     */
    synchronized String record(String id, String difference) {
        if (difference == null) {
            passed++;
            return known.contains(id) && !blessing() ? "now passes: remove it from " + FILE : null;
        }
        failures.put(id, difference);
        return known.contains(id) || blessing() ? null : difference;
    }

    synchronized String summary() { return "ui: " + passed + " passed, " + failures.size() + " failed"; }

    /** target/ui-report.txt: the summary, then each failure with its first difference. */
    synchronized void writeReport(Path report) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        failures.forEach((id, diff) -> lines.add(id + (known.contains(id) ? "" : " [NEW]") + ": " + diff));
        Files.createDirectories(report.getParent());
        Files.write(report, lines, StandardCharsets.UTF_8);
    }

    synchronized void bless() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Conformance cases expected to fail (paths under tests/ui). Regenerate with:");
        lines.add("#   mvn -q test -pl core -Dtest=UiTest -Dheaplab.bless=true");
        lines.addAll(failures.keySet());
        Files.write(list, lines, StandardCharsets.UTF_8);
    }
}
