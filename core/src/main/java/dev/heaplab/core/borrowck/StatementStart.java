package dev.heaplab.core.borrowck;

import dev.heaplab.core.source.SourceFile;

/**
 * Where the statement holding a position starts, read from the source: rustc's suggestions that add a
 * `let` before a statement (a clone before a `move` closure, a binding for a temporary) insert there.
 * Scans backwards over balanced brackets, string literals and line comments to the `;`, `{` or `}`
 * that ends the previous statement.
 */
final class StatementStart {
    private StatementStart() {}

    /** The position of the statement's first character, or -1 when it cannot be told. */
    static int of(SourceFile f, int pos) {
        String text = f.text();
        int i = pos - f.startPos();
        if (i < 0 || i > text.length()) return -1;
        int depth = 0;
        int lineEnd = i;
        while (i > 0) {
            int lineStart = text.lastIndexOf('\n', i - 1) + 1;
            int stop = Math.min(codeEnd(text, lineStart, text.indexOf('\n', lineStart) < 0 ? text.length() : text.indexOf('\n', lineStart)), lineEnd);
            for (int k = stop - 1; k >= lineStart; k--) {
                char c = text.charAt(k);
                if (c == '"') {
                    k--;
                    while (k >= lineStart && !(text.charAt(k) == '"' && (k == 0 || text.charAt(k - 1) != '\\'))) k--;
                    continue;
                }
                if (c == ')' || c == ']') depth++;
                else if ((c == '(' || c == '[') && depth > 0) depth--;
                else if (depth == 0 && (c == ';' || c == '{' || c == '}')) return f.startPos() + firstCode(text, k + 1);
            }
            if (lineStart == 0) return f.startPos() + firstCode(text, 0);
            i = lineStart - 1;
            lineEnd = i;
        }
        return f.startPos() + firstCode(text, 0);
    }

    /** How many more `{` than `}` lie in [from, to), outside string literals and line comments. */
    static int braceDepth(SourceFile f, int from, int to) {
        String text = f.text();
        int depth = 0;
        boolean inString = false;
        for (int k = from - f.startPos(); k < to - f.startPos() && k < text.length(); k++) {
            char c = text.charAt(k);
            if (inString) {
                if (c == '\\') k++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && k + 1 < text.length() && text.charAt(k + 1) == '/') {
                int nl = text.indexOf('\n', k);
                if (nl < 0) break;
                k = nl;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** The indentation of the line holding {@code pos}. */
    static String indent(SourceFile f, int pos) {
        String text = f.text();
        int i = pos - f.startPos();
        int lineStart = text.lastIndexOf('\n', Math.max(0, i - 1)) + 1;
        int k = lineStart;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        return text.substring(lineStart, k);
    }

    /** The end of a line's code, before a `//` comment outside string literals. */
    private static int codeEnd(String text, int from, int to) {
        boolean inString = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '"' && (k == 0 || text.charAt(k - 1) != '\\')) inString = !inString;
            else if (!inString && c == '/' && k + 1 < to && text.charAt(k + 1) == '/') return k;
        }
        return to;
    }

    /** The first position from {@code k} that is neither whitespace nor in a line comment. */
    private static int firstCode(String text, int k) {
        while (k < text.length()) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) { k++; continue; }
            if (c == '/' && k + 1 < text.length() && text.charAt(k + 1) == '/') {
                int nl = text.indexOf('\n', k);
                if (nl < 0) return text.length();
                k = nl + 1;
                continue;
            }
            return k;
        }
        return k;
    }
}
