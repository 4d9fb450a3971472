package dev.heaplab.core.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rustc's warnings on the accepted programs (tests/ui/accepted-warnings.txt, written by
 * scripts/accepted-warnings.sh) against heaplab's. heaplab implements some of rustc's lints: each
 * warning it gives must be rustc's, and each of rustc's warnings from a lint it implements (unused_mut,
 * unused_variables, unused_assignments, dead_code) must be given.
 */
final class AcceptedWarnings {
    private AcceptedWarnings() {}

    /** Messages of the lints heaplab implements (the start of rustc's message). */
    private static final Set<String> IMPLEMENTED = Set.of("variable does not need to be mutable", "unused variable: `",
            "variable `", "value assigned to `", "value passed to `");

    /** rustc's `dead_code` messages: "function `f` is never used", "fields `a` and `b` are never read"… */
    private static final java.util.regex.Pattern DEAD_CODE = java.util.regex.Pattern.compile(".* (is|are) never (used|read|constructed)");

    private static Map<String, List<String>> byProgram;

    /** Null when heaplab's warnings on program {@code id} agree with rustc's, else what differs. */
    static String difference(Path uiRoot, String id, List<String> heaplab) {
        List<String> rustc = load(uiRoot).getOrDefault(id, List.of());
        List<String> extra = new ArrayList<>(heaplab);
        extra.removeAll(rustc);
        List<String> missing = new ArrayList<>(rustc.stream().filter(AcceptedWarnings::implemented).toList());
        missing.removeAll(heaplab);
        if (extra.isEmpty() && missing.isEmpty()) return null;
        return "warnings differ from rustc's (tests/ui/accepted-warnings.txt): "
                + (extra.isEmpty() ? "" : "not rustc's " + extra + " ") + (missing.isEmpty() ? "" : "missing " + missing);
    }

    private static boolean implemented(String warning) {
        String message = warning.substring(warning.indexOf(": ") + 2);
        return IMPLEMENTED.stream().anyMatch(message::startsWith) || DEAD_CODE.matcher(message).matches();
    }

    private static synchronized Map<String, List<String>> load(Path uiRoot) {
        if (byProgram != null) return byProgram;
        Map<String, List<String>> map = new HashMap<>();
        Path file = uiRoot.resolve("accepted-warnings.txt");
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int colon = line.indexOf(".rs:") + 3;
                    map.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byProgram = map;
        return map;
    }
}
