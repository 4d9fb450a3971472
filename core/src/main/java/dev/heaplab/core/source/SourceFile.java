package dev.heaplab.core.source;

import java.util.Arrays;

/**
 * The text of one Rust source file, with line/column lookup for spans. Like rustc's source map, all
 * files share one position space: this file covers positions [startPos, startPos + length], so a
 * {@link Span} alone says which file it is in (see {@link SourceMap}). Offsets given to the methods
 * below are such global positions.
 */
public final class SourceFile {
    private final String displayPath;
    private final String text;
    private final int startPos;
    /** Start of each line, found on first use: the std stubs' 5 000 lines are rarely asked (volatile: files are shared by threads). */
    private volatile int[] lineStarts;

    public SourceFile(String displayPath, String text) {
        this(displayPath, text, 0);
    }

    public SourceFile(String displayPath, String text, int startPos) {
        this.displayPath = displayPath;
        this.text = text;
        this.startPos = startPos;
    }

    private int[] lineStarts() {
        int[] known = lineStarts;
        if (known != null) return known;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            // As rustc, a final newline starts no line: the end of the file is on the last line.
            if (i + 1 < text.length()) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        known = Arrays.copyOf(starts, n);
        lineStarts = known;
        return known;
    }

    /** The path as the user gave it; printed in diagnostics and panic locations. */
    public String displayPath() { return displayPath; }

    public String text() { return text; }

    public int lineCount() { return lineStarts().length; }

    /** First global position of this file (0 for the user's file). */
    public int startPos() { return startPos; }

    /** One past the last global position of this file. */
    public int endPos() { return startPos + text.length(); }

    public boolean contains(int pos) { return pos >= startPos && pos <= endPos(); }

    private int local(int pos) { return Math.min(Math.max(pos - startPos, 0), text.length()); }

    /** 1-based line of a global position. */
    public int line(int pos) {
        int idx = Arrays.binarySearch(lineStarts(), local(pos));
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /** 1-based column of a global position, counted in Unicode scalar values as rustc does. */
    public int column(int pos) {
        int off = local(pos);
        int start = lineStarts()[line(pos) - 1];
        return text.codePointCount(start, off) + 1;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int[] starts = lineStarts();
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\n') end--;
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    public String slice(Span span) {
        return text.substring(local(span.lo()), Math.max(local(span.lo()), local(span.hi())));
    }

    /** `path:line:col` of a span's start, the form of rustc's ` --> ` lines and panic locations. */
    public String location(Span span) {
        return displayPath + ":" + line(span.lo()) + ":" + column(span.lo());
    }
}
