package dev.heaplab.core.source;

import java.util.Arrays;

/** The text of one Rust source file, with line/column lookup for spans. */
public final class SourceFile {
    private final String displayPath;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String displayPath, String text) {
        this.displayPath = displayPath;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** The path as the user gave it; printed in diagnostics and panic locations. */
    public String displayPath() { return displayPath; }

    public String text() { return text; }

    public int lineCount() { return lineStarts.length; }

    /** 1-based line of a char offset. */
    public int line(int offset) {
        int idx = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /** 1-based column of a char offset, counted in Unicode scalar values as rustc does. */
    public int column(int offset) {
        int off = Math.min(Math.max(offset, 0), text.length());
        int start = lineStarts[line(off) - 1];
        return text.codePointCount(start, off) + 1;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    public String slice(Span span) {
        return text.substring(Math.max(0, span.lo()), Math.min(text.length(), span.hi()));
    }

    /** `path:line:col` of a span's start, the form of rustc's ` --> ` lines and panic locations. */
    public String location(Span span) {
        return displayPath + ":" + line(span.lo()) + ":" + column(span.lo());
    }
}
