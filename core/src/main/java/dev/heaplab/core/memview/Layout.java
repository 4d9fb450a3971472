package dev.heaplab.core.memview;

import dev.heaplab.core.memview.Diagram.Line;
import dev.heaplab.core.memview.Diagram.Panel;
import dev.heaplab.core.trace.MemorySnapshot.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a {@link Diagram} on a grid of character cells, shared by the text and SVG renderers:
 * <ul>
 * <li>the stack's frames on the left, `main` at the top; heap blocks on the right, then static data;</li>
 * <li>a block is lowered to the row of the first line pointing at it when it can be, so most
 *     arrows are straight;</li>
 * <li>an arrow that must change rows gets its own vertical lane between the two columns.</li>
 * </ul>
 */
record Layout(List<Box> boxes, List<Arrow> arrows, int stackX, int heapX, int width, int height) {
    /** A panel's box: top-left cell, outer width and height (borders included). */
    record Box(Panel panel, int x, int y, int w, int h) {
        int lineRow(int i) { return y + 1 + i; }
    }

    /** An arrow from cell (x1, y1) to the left border of a box at (x2, y2), via column {@code lane} when y1 ≠ y2. */
    record Arrow(int x1, int y1, int lane, int x2, int y2) {}

    static final int HEADER = 1, GAP_MIN = 6;

    static int width(String s) { return s.codePointCount(0, s.length()); }

    static Layout of(Diagram d) {
        int stackW = 12;
        for (Panel p : d.stack()) stackW = Math.max(stackW, panelWidth(p) + 4);
        int rightW = 12;
        for (Panel p : d.heap()) rightW = Math.max(rightW, panelWidth(p));
        for (Panel p : d.statics()) rightW = Math.max(rightW, panelWidth(p));
        List<Box> boxes = new ArrayList<>();
        int y = HEADER;
        // sources of arrows, in stack order: (row, x after the text, target)
        record Source(int row, int x, Region region, int target) {}
        List<Source> sources = new ArrayList<>();
        for (Panel p : d.stack()) {
            Box b = new Box(p, 0, y, stackW, p.lines().size() + 2);
            boxes.add(b);
            for (int i = 0; i < p.lines().size(); i++) {
                Line l = p.lines().get(i);
                if (l.target() >= 0) sources.add(new Source(b.lineRow(i), 2 + width(l.text()) + 1, l.targetRegion(), l.target()));
            }
            y += b.h();
        }
        int stackH = y;
        // place right-hand boxes: pointed-to blocks in the order of their first arrow, then the rest
        Map<String, Panel> right = new LinkedHashMap<>();
        for (Source s : sources) {
            Panel p = find(d, s.region(), s.target());
            if (p != null) right.putIfAbsent(key(p), p);
        }
        for (Panel p : d.heap()) right.putIfAbsent(key(p), p);
        Map<String, Integer> wantRow = new HashMap<>();
        for (Source s : sources) wantRow.putIfAbsent(s.region() + "#" + s.target(), s.row());
        // rows first: a block goes to the row of its first arrow when nothing is above it there
        Map<String, Integer> tops = new LinkedHashMap<>();
        int ry = HEADER;
        for (Panel p : right.values()) {
            if (p.region() == Region.STATIC) continue;
            Integer want = wantRow.get(key(p));
            int top = want == null ? ry : Math.max(ry, want - 1);
            tops.put(key(p), top);
            ry = top + p.lines().size() + 2;
        }
        if (!d.statics().isEmpty()) ry += 1; // a row for the STATIC header
        for (Panel p : d.statics()) {
            Integer want = wantRow.get(key(p));
            int top = want == null ? ry : Math.max(ry, want - 1);
            tops.put(key(p), top);
            ry = top + p.lines().size() + 2;
        }
        // then arrows: each one that changes rows gets a lane, and the lanes set the gap's width
        Map<String, Integer> hits = new HashMap<>();
        record Route(Source s, int row) {}
        List<Route> routes = new ArrayList<>();
        int lanes = 0;
        for (Source s : sources) {
            Panel p = find(d, s.region(), s.target());
            if (p == null || !tops.containsKey(key(p))) continue;
            int k = hits.merge(key(p), 1, Integer::sum) - 1;
            int row = tops.get(key(p)) + 1 + Math.min(k, Math.max(0, p.lines().size() - 1));
            routes.add(new Route(s, row));
            if (row != s.row()) lanes++;
        }
        int heapX = stackW + GAP_MIN + 2 * lanes;
        for (Map.Entry<String, Integer> e : tops.entrySet()) {
            Panel p = right.containsKey(e.getKey()) ? right.get(e.getKey()) : findKey(d, e.getKey());
            boxes.add(new Box(p, heapX, e.getValue(), rightW + 4, p.lines().size() + 2));
        }
        List<Arrow> arrows = new ArrayList<>();
        int lane = 0;
        for (Route r : routes) {
            int l = r.row() == r.s().row() ? -1 : stackW + 2 + 2 * lane++;
            arrows.add(new Arrow(r.s().x(), r.s().row(), l, heapX - 1, r.row()));
        }
        int width = heapX + rightW + 4;
        return new Layout(boxes, arrows, 0, heapX, width, Math.max(stackH, ry));
    }

    /** The row of the STATIC header, or -1. */
    int staticHeaderRow() {
        for (Box b : boxes) if (b.panel().region() == Region.STATIC) return b.y() - 1;
        return -1;
    }

    private static String key(Panel p) { return p.region() + "#" + p.id(); }

    private static Panel findKey(Diagram d, String key) {
        for (Panel p : d.statics()) if (key(p).equals(key)) return p;
        for (Panel p : d.heap()) if (key(p).equals(key)) return p;
        return null;
    }

    private static Panel find(Diagram d, Region r, int id) {
        for (Panel p : r == Region.STATIC ? d.statics() : d.heap()) if (p.id() == id) return p;
        return null;
    }

    private static int panelWidth(Panel p) {
        int w = width(p.title()) + 4;
        for (Line l : p.lines()) w = Math.max(w, width(l.text()) + (l.target() >= 0 ? 3 : 0));
        return w;
    }
}
