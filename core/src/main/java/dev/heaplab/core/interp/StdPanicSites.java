package dev.heaplab.core.interp;

import dev.heaplab.core.source.ResourceLines;
import java.util.HashMap;
import java.util.Map;

/**
 * Where rustc 1.95's binaries report the panics std raises in its own code: functions without
 * {@code #[track_caller]} (integer `pow`/`abs`, `Sum`/`Product` overflow, `step_by(0)` ...) panic at
 * a line of the standard library, not at the caller's. Keyed by heaplab's builtin key or qualified
 * name; read from {@code std/panic-sites.txt}, which scripts/std-panic-sites.sh generates by running
 * a probe program per function.
 */
final class StdPanicSites {
    private static final Map<String, String> SITES = load();

    private StdPanicSites() {}

    /** The location rustc prints for a panic inside the std function {@code key}, or null (the caller's). */
    static String of(String key) { return key == null ? null : SITES.get(key); }

    /** Without the table such panics are reported at the caller's line: the run goes on. */
    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String line : ResourceLines.of("/dev/heaplab/std/panic-sites.txt")) {
            int sp = line.indexOf(' ');
            out.put(line.substring(0, sp), line.substring(sp + 1).trim());
        }
        return out;
    }
}
