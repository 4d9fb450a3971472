package dev.heaplab.core.ui;

import java.util.List;
import java.util.regex.Pattern;

/**
 * THE table of rewrites applied to both the expected and the actual output before comparing, for
 * what is not deterministic or not meaningful. Add rows here, nowhere else.
 */
final class Normalization {
    private Normalization() {}

    /** Which stream a rule applies to. */
    enum Stream { STDOUT, STDERR, BOTH }

    /** One row: a regex and its replacement. */
    record Rule(String why, Stream stream, Pattern pattern, String replacement) {}

    static final List<Rule> RULES = List.of(
            new Rule("Windows line endings", Stream.BOTH, Pattern.compile("\r\n"), "\n"),
            new Rule("paths: only the file name of a .rs file matters", Stream.STDERR,
                    Pattern.compile("(?<=[\\s`'(])(?:[^\\s`'():]*/)+([^/\\s`'():]+\\.rs)"), "$1"),
            new Rule("addresses printed with {:p} differ between runs", Stream.BOTH,
                    Pattern.compile("0x[0-9a-f]{6,16}"), "0xADDR"),
            new Rule("thread ids printed with {:?} of ThreadId", Stream.BOTH,
                    Pattern.compile("ThreadId\\(\\d+\\)"), "ThreadId(N)"));

    static String apply(Stream stream, String text) {
        String out = text;
        for (Rule r : RULES) {
            if (r.stream() == Stream.BOTH || r.stream() == stream) out = r.pattern().matcher(out).replaceAll(r.replacement());
        }
        return out;
    }
}
