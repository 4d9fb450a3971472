package dev.heaplab.core.diag;

import java.util.ArrayList;
import java.util.List;

/** A growable grid of characters that snippet rendering draws into, row by row (rustc's StyledBuffer, uncoloured). */
final class CharGrid {
    private final List<StringBuilder> rows = new ArrayList<>();

    int rowCount() { return rows.size(); }

    /** Puts one character at (row, col), padding with spaces as needed. */
    void put(int row, int col, char c) {
        StringBuilder line = row(row);
        while (line.length() <= col) line.append(' ');
        line.setCharAt(col, c);
    }

    /** Writes a string starting at (row, col). */
    void puts(int row, int col, String s) {
        for (int i = 0; i < s.length(); i++) put(row, col + i, s.charAt(i));
    }

    private StringBuilder row(int row) {
        while (rows.size() <= row) rows.add(new StringBuilder());
        return rows.get(row);
    }

    /** The rows joined with newlines, each ending with a newline (nothing is trimmed, as in rustc). */
    String render() {
        StringBuilder out = new StringBuilder();
        for (StringBuilder r : rows) out.append(r).append('\n');
        return out.toString();
    }
}
