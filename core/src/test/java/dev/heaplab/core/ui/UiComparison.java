package dev.heaplab.core.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heaplab.core.interp.HeapStats;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compares a run with its goldens and describes the first difference (null when they agree). */
final class UiComparison {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UiComparison() {}

    static String firstDifference(UiCase c, UiRunner.Actual actual) throws IOException {
        if (c.text().contains("//@ compile-fail")) return compileFailDifference(c, actual);
        if (actual.exit() != c.expectedExit()) {
            return "exit code: expected " + c.expectedExit() + ", got " + actual.exit() + firstLine(actual.stderr());
        }
        String d = textDifference("stdout", Normalization.apply(Normalization.Stream.STDOUT, c.expectedStdout()),
                Normalization.apply(Normalization.Stream.STDOUT, actual.stdout()));
        if (d != null) return d;
        d = textDifference("stderr", Normalization.apply(Normalization.Stream.STDERR, c.expectedStderr()),
                Normalization.apply(Normalization.Stream.STDERR, actual.stderr()));
        if (d != null) return d;
        String stats = c.expectedStats();
        if (stats != null) return statsDifference(JSON.readTree(stats), actual.stats());
        return null;
    }

    /**
     * A program rustc rejects passes when heaplab rejects it too (exit 1) and its first error has
     * rustc's code (or, without a code, rustc's message) at rustc's line.
     */
    private static String compileFailDifference(UiCase c, UiRunner.Actual actual) throws IOException {
        FirstError want = FirstError.of(c.expectedStderr());
        if (actual.exit() != 1) {
            return "rejection: expected exit 1 with " + want + ", got exit " + actual.exit() + firstLine(actual.stderr());
        }
        FirstError got = FirstError.of(actual.stderr());
        if (want == null || got == null) return "rejection: cannot read the first error (expected " + want + ", got " + got + ")";
        if (!want.sameAs(got)) return "first error: expected " + want + " but got " + got;
        return null;
    }

    /**
     * For a program rustc rejects: whether heaplab's whole diagnostic output is rustc's, up to the
     * file paths and the name of the explain command. A figure, not a pass condition.
     */
    static boolean sameDiagnostics(UiCase c, UiRunner.Actual actual) throws IOException {
        return diagnosticText(c.expectedStderr()).equals(diagnosticText(actual.stderr()));
    }

    private static String diagnosticText(String stderr) {
        return Normalization.apply(Normalization.Stream.STDERR, stderr)
                .replace("try `rustc --explain ", "try `heaplab explain ");
    }

    /** The first `error[CODE]: message` of rustc-format diagnostics and the line of its ` --> ` location. */
    record FirstError(String code, String message, int line) {
        private static final java.util.regex.Pattern HEADER = java.util.regex.Pattern.compile("^error(?:\\[(E\\d{4})\\])?: (.*)$");
        private static final java.util.regex.Pattern ARROW = java.util.regex.Pattern.compile("^\\s*--> [^:]+:(\\d+):\\d+");

        static FirstError of(String stderr) {
            String[] lines = stderr.split("\n");
            for (int i = 0; i < lines.length; i++) {
                var m = HEADER.matcher(lines[i]);
                if (!m.matches() || m.group(2).startsWith("aborting due to")) continue;
                int line = -1;
                for (int j = i + 1; j < lines.length && j <= i + 3; j++) {
                    var a = ARROW.matcher(lines[j]);
                    if (a.find()) { line = Integer.parseInt(a.group(1)); break; }
                }
                return new FirstError(m.group(1), m.group(2), line);
            }
            return null;
        }

        boolean sameAs(FirstError o) {
            boolean what = code != null ? code.equals(o.code) : o.code == null && message.equals(o.message);
            return what && line == o.line;
        }

        @Override public String toString() {
            return (code != null ? code : "\"" + message + "\"") + " at line " + line;
        }
    }

    private static String firstLine(String stderr) {
        if (stderr.isEmpty()) return "";
        int nl = stderr.indexOf('\n');
        return " (stderr: " + clip(nl < 0 ? stderr : stderr.substring(0, nl)) + ")";
    }

    /** `stdout line 3: expected "…" but got "…"`, or a note about a missing final newline. */
    static String textDifference(String what, String expected, String actual) {
        if (expected.equals(actual)) return null;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : null, al = i < a.length ? a[i] : null;
            if (el == null || al == null || !el.equals(al)) {
                return what + " line " + (i + 1) + ": expected " + quote(el) + " but got " + quote(al);
            }
        }
        return what + " differs";
    }

    private static String statsDifference(JsonNode expected, HeapStats s) {
        if (s == null) return "stats: expected " + expected + " but the program did not run";
        Map<String, Long> actual = new LinkedHashMap<>();
        actual.put("allocs", s.allocs());
        actual.put("reallocs", s.reallocs());
        actual.put("deallocs", s.deallocs());
        actual.put("bytes_allocated", s.bytesAllocated());
        actual.put("peak_bytes", s.peakBytes());
        actual.put("leaked_bytes", s.leakedBytes());
        for (var e : actual.entrySet()) {
            JsonNode want = expected.get(e.getKey());
            if (want == null || want.asLong() != e.getValue()) {
                return "stats " + e.getKey() + ": expected " + (want == null ? "nothing" : want.asLong()) + " but got "
                        + e.getValue();
            }
        }
        return null;
    }

    private static String quote(String line) { return line == null ? "end of output" : "\"" + clip(line) + "\""; }

    private static String clip(String s) { return s.length() > 160 ? s.substring(0, 160) + "…" : s; }
}
