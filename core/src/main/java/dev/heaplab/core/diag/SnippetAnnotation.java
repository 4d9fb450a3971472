package dev.heaplab.core.diag;

/**
 * One mark to draw under a source line: a single-line underline, or a piece of a multi-line span
 * (its start, its end, or a vertical bar on a line in between). Columns are 0-based display columns,
 * {@code endCol} exclusive; {@code depth} is the multi-line span's margin column (1 = leftmost).
 */
record SnippetAnnotation(int startCol, int endCol, boolean primary, String label, Kind kind, int depth) {
    enum Kind { SINGLE, MULTI_START, MULTI_END, MULTI_LINE }

    boolean hasLabel() { return label != null && !label.isEmpty(); }

    /** Multi-line starts and ends keep their own row for the horizontal `___` line. */
    boolean takesSpace() { return kind == Kind.MULTI_START || kind == Kind.MULTI_END; }

    boolean isLine() { return kind == Kind.MULTI_LINE; }

    boolean isMultiEdge() { return takesSpace(); }

    char underline() { return primary ? '^' : '-'; }
}
