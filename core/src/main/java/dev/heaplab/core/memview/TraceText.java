package dev.heaplab.core.memview;

import dev.heaplab.core.memview.Layout.Arrow;
import dev.heaplab.core.memview.Layout.Box;
import dev.heaplab.core.trace.MemorySnapshot;

/**
 * Draws a memory snapshot as a box diagram in text, as the lesson draws it by hand: STACK on the
 * left, HEAP (and STATIC data) on the right, arrows from pointers to the blocks they own. Unicode
 * box-drawing characters, or plain ASCII for terminals without them.
 */
public final class TraceText {
    private final int[][] cells;
    private final boolean ascii;

    private TraceText(int width, int height, boolean ascii) {
        cells = new int[height][width];
        for (int[] row : cells) java.util.Arrays.fill(row, ' ');
        this.ascii = ascii;
    }

    /** The diagram of {@code s}, ending with a newline. */
    public static String render(MemorySnapshot s, boolean ascii, boolean french) {
        return render(Layout.of(Diagram.of(s, french)), ascii, french);
    }

    static String render(Layout l, boolean ascii, boolean french) {
        TraceText t = new TraceText(l.width() + 1, l.height() + 1, ascii);
        t.text(0, 0, french ? "PILE" : "STACK");
        t.text(l.heapX(), 0, french ? "TAS" : "HEAP");
        if (l.staticHeaderRow() > 0) t.text(l.heapX(), l.staticHeaderRow(), french ? "STATIQUE" : "STATIC");
        for (Box b : l.boxes()) t.box(b);
        for (Arrow a : l.arrows()) t.arrow(a);
        return t.toString();
    }

    private void box(Box b) {
        int x2 = b.x() + b.w() - 1, y2 = b.y() + b.h() - 1;
        for (int x = b.x(); x <= x2; x++) {
            put(x, b.y(), '─');
            put(x, y2, '─');
        }
        for (int y = b.y(); y <= y2; y++) {
            put(b.x(), y, '│');
            put(x2, y, '│');
        }
        put(b.x(), b.y(), '┌');
        put(x2, b.y(), '┐');
        put(b.x(), y2, '└');
        put(x2, y2, '┘');
        text(b.x() + 2, b.y(), " " + b.panel().title() + " ");
        for (int i = 0; i < b.panel().lines().size(); i++) text(b.x() + 2, b.lineRow(i), b.panel().lines().get(i).text());
    }

    private void arrow(Arrow a) {
        int end = a.lane() < 0 ? a.x2() - 1 : a.lane() - 1;
        for (int x = a.x1(); x <= end; x++) line(x, a.y1(), '─');
        if (a.lane() >= 0) {
            boolean down = a.y2() > a.y1();
            line(a.lane(), a.y1(), down ? '┐' : '┘');
            for (int y = Math.min(a.y1(), a.y2()) + 1; y < Math.max(a.y1(), a.y2()); y++) line(a.lane(), y, '│');
            line(a.lane(), a.y2(), down ? '└' : '┌');
            for (int x = a.lane() + 1; x < a.x2(); x++) line(x, a.y2(), '─');
        }
        put(a.x2(), a.y2(), '>');
    }

    /** Box-drawing characters by the directions they join (north 1, east 2, south 4, west 8). */
    private static final String BY_JOINS = " │─└││┌├─┘─┴┐┤┬┼";

    private static int joins(int c) {
        return switch (c) {
            case '─' -> 10;
            case '│' -> 5;
            case '└' -> 3;
            case '┌' -> 6;
            case '├' -> 7;
            case '┘' -> 9;
            case '┴' -> 11;
            case '┐' -> 12;
            case '┤' -> 13;
            case '┬' -> 14;
            case '┼' -> 15;
            default -> 0;
        };
    }

    /** Draws a line segment, merging it with the lines already there (a crossing becomes `┼`). */
    private void line(int x, int y, int c) {
        int e = cells[y][x];
        if (e != ' ' && joins(e) == 0) return; // text stays readable
        cells[y][x] = BY_JOINS.charAt(joins(e) | joins(c));
    }

    private void put(int x, int y, int c) {
        if (y >= 0 && y < cells.length && x >= 0 && x < cells[y].length) cells[y][x] = c;
    }

    private void text(int x, int y, String s) {
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) put(x + i, y, cps[i]);
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c : row) line.appendCodePoint(ascii ? plain(c) : c);
            int n = line.length();
            while (n > 0 && line.charAt(n - 1) == ' ') n--;
            sb.append(line, 0, n).append('\n');
        }
        while (sb.length() >= 2 && sb.charAt(sb.length() - 2) == '\n') sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static int plain(int c) {
        return switch (c) {
            case '─' -> '-';
            case '│' -> '|';
            case '┌', '┐', '└', '┘', '┼', '├', '┤', '┬', '┴' -> '+';
            case '…' -> '.';
            default -> c;
        };
    }
}
