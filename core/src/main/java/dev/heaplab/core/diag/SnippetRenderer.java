package dev.heaplab.core.diag;

import dev.heaplab.core.diag.SnippetAnnotation.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the annotated lines of one file the way rustc's emitter does (ASCII, no colour): numbered
 * source lines, underlines, labels placed inline or hung below with `|` connectors, and multi-line
 * spans drawn in the left margin with `/`, `|`, `_`.
 *
 * <p>Rules for the lines between annotated ones: one missing line is printed, more become `...`;
 * vertical bars of open multi-line spans continue through every row.
 */
final class SnippetRenderer {
    private final CharGrid grid;
    private final int widthOffset;

    /** @param lineNumWidth the widest line number of the whole diagnostic */
    SnippetRenderer(CharGrid grid, int lineNumWidth) {
        this.grid = grid;
        this.widthOffset = lineNumWidth + 3;
    }

    void render(AnnotatedFile af) {
        int codeOffset = af.multilineDepth == 0 ? widthOffset : widthOffset + af.multilineDepth + 1;
        Map<Integer, Boolean> open = new LinkedHashMap<>(); // depth -> primary
        List<Integer> lineNos = new ArrayList<>(af.lines.keySet());
        for (int i = 0; i < lineNos.size(); i++) {
            int lineNo = lineNos.get(i);
            int firstRow = grid.rowCount();
            List<SnippetAnnotation> anns = af.lines.get(lineNo);
            Map<Integer, Boolean> edges = renderLine(af, lineNo, anns, codeOffset);
            Map<Integer, Boolean> toAdd = new LinkedHashMap<>();
            edges.forEach((depth, primary) -> {
                if (open.remove(depth) == null) toAdd.put(depth, primary);
            });
            for (int depth : open.keySet()) {
                for (int row = firstRow; row < grid.rowCount(); row++) bar(row, depth);
            }
            if (i < lineNos.size() - 1) {
                int delta = lineNos.get(i + 1) - lineNo;
                if (delta > 2) {
                    int row = grid.rowCount();
                    grid.puts(row, 0, "...");
                    bridge(row, open, anns);
                } else if (delta == 2) {
                    int row = grid.rowCount();
                    drawSourceLine(af, lineNo + 1, row, codeOffset);
                    bridge(row, open, anns);
                }
            }
            open.putAll(toAdd);
        }
    }

    private void bridge(int row, Map<Integer, Boolean> open, List<SnippetAnnotation> anns) {
        for (int depth : open.keySet()) bar(row, depth);
        for (SnippetAnnotation a : anns) if (a.kind() == Kind.MULTI_START) bar(row, a.depth());
    }

    private void bar(int row, int depth) { grid.put(row, widthOffset + depth - 1, '|'); }

    private void drawSourceLine(AnnotatedFile af, int lineNo, int row, int codeOffset) {
        String num = Integer.toString(lineNo);
        grid.puts(row, widthOffset - 3 - num.length(), num);
        grid.put(row, widthOffset - 2, '|');
        grid.puts(row, codeOffset, af.file.lineText(lineNo).replace("\t", "    "));
    }

    /** Draws one source line and its annotation rows; returns the depths of multi-line edges on it. */
    private Map<Integer, Boolean> renderLine(AnnotatedFile af, int lineNo, List<SnippetAnnotation> lineAnns, int codeOffset) {
        int lineOffset = grid.rowCount();
        drawSourceLine(af, lineNo, lineOffset, codeOffset);
        String source = af.file.lineText(lineNo).replace("\t", "    ");

        // A line holding only starts of multi-line spans preceded by whitespace is drawn with `/`.
        boolean shortStart = true;
        Map<Integer, Boolean> shortEdges = new LinkedHashMap<>();
        List<int[]> slashes = new ArrayList<>();
        for (SnippetAnnotation a : lineAnns) {
            if (a.kind() == Kind.MULTI_START) {
                if (source.substring(0, Math.min(a.startCol(), source.length())).isBlank()) {
                    shortEdges.put(a.depth(), a.primary());
                    slashes.add(new int[] {lineOffset, widthOffset + a.depth() - 1});
                } else {
                    shortStart = false;
                    break;
                }
            } else if (a.kind() != Kind.MULTI_LINE) {
                shortStart = false;
                break;
            }
        }
        if (shortStart) {
            for (int[] s : slashes) grid.put(s[0], s[1], '/');
            return shortEdges;
        }

        List<SnippetAnnotation> anns = new ArrayList<>(lineAnns);
        anns.sort(Comparator.comparingInt((SnippetAnnotation a) -> a.startCol()).reversed());
        List<Positioned> placed = LabelPlacement.place(anns);
        int lineLen = 0;
        for (Positioned p : placed) lineLen = Math.max(lineLen, p.pos);
        if (lineLen != 0) lineLen++;
        if (lineAnns.stream().allMatch(SnippetAnnotation::isLine)) return Map.of();
        if (placed.stream().allMatch(p -> p.ann.kind() == Kind.MULTI_START)) {
            int max = placed.stream().mapToInt(p -> p.pos).max().orElse(0);
            List<Positioned> flipped = new ArrayList<>();
            for (Positioned p : placed) flipped.add(new Positioned(max - p.pos, p.ann));
            placed = flipped;
            lineLen = Math.max(0, lineLen - 1);
        }

        for (int pos = 0; pos <= lineLen; pos++) grid.put(lineOffset + pos + 1, widthOffset - 2, '|');

        for (Positioned pp : placed) {
            SnippetAnnotation a = pp.ann;
            int pos = pp.pos + 1;
            int col = codeOffset + a.startCol();
            if (pos > 1 && (a.hasLabel() || a.takesSpace())) {
                for (int row = lineOffset + 1; row <= lineOffset + pos; row++) grid.put(row, col, '|');
            }
            switch (a.kind()) {
                case MULTI_START -> {
                    grid.put(lineOffset + pos, widthOffset + a.depth() - 1, ' ');
                    for (int c = widthOffset + a.depth(); c < col; c++) grid.put(lineOffset + pos, c, '_');
                    for (int row = lineOffset + pos + 1; row <= lineOffset + lineLen + 1; row++) bar(row, a.depth());
                }
                case MULTI_END -> {
                    for (int row = lineOffset; row < lineOffset + pos; row++) bar(row, a.depth());
                    bar(lineOffset + pos, a.depth());
                    for (int c = widthOffset + a.depth(); c < col; c++) grid.put(lineOffset + pos, c, '_');
                }
                case SINGLE, MULTI_LINE -> { }
            }
        }

        for (Positioned pp : placed) {
            SnippetAnnotation a = pp.ann;
            if (!a.hasLabel()) continue;
            int row, col;
            if (pp.pos == 0) {
                row = lineOffset + 1;
                col = a.endCol() == 0 ? a.endCol() + 2 : a.endCol() + 1;
            } else {
                row = lineOffset + pp.pos + 2;
                col = a.startCol();
            }
            grid.puts(row, codeOffset + col, a.label());
        }

        // Longest underline first: a span nested in another stays visible on top of it, as rustc draws
        // `^^^^--^^` for a borrow inside a returned expression.
        List<Positioned> byLength = new ArrayList<>(placed);
        byLength.sort(Comparator.comparingInt((Positioned pp) -> pp.ann.endCol() - pp.ann.startCol()).reversed());
        for (Positioned pp : byLength) {
            SnippetAnnotation a = pp.ann;
            for (int c = a.startCol(); c < a.endCol(); c++) grid.put(lineOffset + 1, codeOffset + c, a.underline());
        }

        Map<Integer, Boolean> edges = new LinkedHashMap<>();
        for (Positioned pp : placed) {
            if (pp.ann.isMultiEdge()) edges.put(pp.ann.depth(), pp.ann.primary());
        }
        return edges;
    }

    /** An annotation with the row (0 = the underline row) its label goes on. */
    record Positioned(int pos, SnippetAnnotation ann) {}
}
