package dev.heaplab.core.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One conformance program and its rustc goldens: `NAME.stdout`, `NAME.exit` (absent: 0),
 * `NAME.stderr` (absent: empty) and optional `NAME.stats.json`.
 */
record UiCase(Path source, String id) {
    String text() throws IOException { return Files.readString(source, StandardCharsets.UTF_8); }

    String fileName() { return source.getFileName().toString(); }

    private Path sibling(String ext) {
        String name = fileName();
        return source.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    String expectedStdout() throws IOException { return readOr(sibling(".stdout"), ""); }

    String expectedStderr() throws IOException { return readOr(sibling(".stderr"), ""); }

    /** rustc's warnings compiling an accepted program, in full (`NAME.warnings`), or null when not kept. */
    String expectedWarnings() throws IOException { return readOr(sibling(".warnings"), null); }

    int expectedExit() throws IOException { return Integer.parseInt(readOr(sibling(".exit"), "0").strip()); }

    /** The golden heap statistics as JSON text, or null when there is none. */
    String expectedStats() throws IOException { return readOr(sibling(".stats.json"), null); }

    private static String readOr(Path p, String fallback) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : fallback;
    }
}
