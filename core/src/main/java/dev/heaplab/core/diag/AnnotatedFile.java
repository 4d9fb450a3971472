package dev.heaplab.core.diag;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lines of one source file that a diagnostic's labels touch, each with its annotations, laid
 * out as rustc does before drawing.
 *
 * <p>Rules (rustc's {@code FileWithAnnotatedLines}):
 * <ul>
 * <li>a label within one line is a single-line annotation; an empty span widens to one column;</li>
 * <li>a label over several lines becomes a start mark, an end mark carrying the label, and vertical
 *     bars on up to four lines after the start (stopping before trailing blank, comment or lone
 *     delimiter lines) plus the line before the end when it is not such a line;</li>
 * <li>overlapping multi-line spans get distinct depths; the outermost is drawn leftmost;</li>
 * <li>two multi-line spans over exactly the same range share one start, the other end is a plain underline.</li>
 * </ul>
 */
final class AnnotatedFile {
    final SourceFile file;
    final TreeMap<Integer, List<SnippetAnnotation>> lines = new TreeMap<>();
    int multilineDepth;

    private AnnotatedFile(SourceFile file) { this.file = file; }

    /** A multi-line label under construction (depth changes while overlaps are resolved). */
    private static final class Multiline {
        int depth = 1;
        final int lineStart, lineEnd, startCol, endCol;
        final boolean primary;
        final String label;
        boolean overlapsExactly;

        Multiline(int lineStart, int lineEnd, int startCol, int endCol, boolean primary, String label) {
            this.lineStart = lineStart;
            this.lineEnd = lineEnd;
            this.startCol = startCol;
            this.endCol = endCol;
            this.primary = primary;
            this.label = label;
        }

        boolean sameSpan(Multiline o) {
            return lineStart == o.lineStart && lineEnd == o.lineEnd && startCol == o.startCol && endCol == o.endCol;
        }

    }

    static AnnotatedFile collect(SourceFile file, List<Label> labels) {
        AnnotatedFile out = new AnnotatedFile(file);
        List<Multiline> multis = new ArrayList<>();
        for (Label l : labels) {
            Span s = l.span();
            int lineLo = file.line(s.lo()), lineHi = file.line(s.hi());
            int colLo = displayCol(file, s.lo()), colHi = displayCol(file, s.hi());
            if (lineLo != lineHi) {
                multis.add(new Multiline(lineLo, lineHi, colLo, colHi, l.primary(), l.message()));
            } else {
                if (colLo == colHi) colHi++;
                out.add(lineLo, new SnippetAnnotation(colLo, colHi, l.primary(), l.message(),
                        SnippetAnnotation.Kind.SINGLE, 0));
            }
        }
        out.placeMultilines(multis);
        return out;
    }

    private void placeMultilines(List<Multiline> multis) {
        multis.sort(Comparator.comparingInt((Multiline m) -> m.lineStart).thenComparingInt(m -> -m.lineEnd));
        // rustc iterates over a copy taken before any depth changes: "equal" means equal to that copy.
        for (Multiline ann : List.copyOf(multis)) {
            for (Multiline a : multis) {
                boolean equalToOriginal = ann.sameSpan(a) && a.depth == 1 && !a.overlapsExactly
                        && a.primary == ann.primary && java.util.Objects.equals(a.label, ann.label);
                if (!ann.sameSpan(a) && overlapInclusive(ann.lineStart, ann.lineEnd, a.lineStart, a.lineEnd)) {
                    a.depth++;
                } else if (ann.sameSpan(a) && !equalToOriginal) {
                    a.overlapsExactly = true;
                } else {
                    break;
                }
            }
        }
        int maxDepth = 0;
        for (Multiline m : multis) maxDepth = Math.max(maxDepth, m.depth);
        for (Multiline m : multis) m.depth = maxDepth - m.depth + 1;
        multilineDepth = multis.isEmpty() ? 0 : maxDepth;
        for (Multiline m : multis) {
            SnippetAnnotation end = new SnippetAnnotation(Math.max(m.endCol - 1, 0), m.endCol, m.primary, m.label,
                    m.overlapsExactly ? SnippetAnnotation.Kind.SINGLE : SnippetAnnotation.Kind.MULTI_END, m.depth);
            if (!m.overlapsExactly) {
                add(m.lineStart, new SnippetAnnotation(m.startCol, m.startCol + 1, m.primary, null,
                        SnippetAnnotation.Kind.MULTI_START, m.depth));
                SnippetAnnotation bar = new SnippetAnnotation(0, 0, m.primary, null, SnippetAnnotation.Kind.MULTI_LINE, m.depth);
                int middle = Math.min(m.lineStart + 4, m.lineEnd);
                int until = m.lineStart;
                for (int line = middle - 1; line >= m.lineStart; line--) {
                    if (line <= file.lineCount() && !isFiller(file.lineText(line))) {
                        until = line + 1;
                        break;
                    }
                }
                for (int line = m.lineStart + 1; line < until; line++) add(line, bar);
                int lineEnd = m.lineEnd - 1;
                boolean endIsEmpty = lineEnd >= 1 && isFiller(file.lineText(lineEnd));
                if (middle < lineEnd && !endIsEmpty) add(lineEnd, bar);
            }
            add(m.lineEnd, end);
        }
    }

    /** Blank lines, plain comments and lone delimiters are not worth showing inside a multi-line span. */
    private static boolean isFiller(String text) {
        String s = text.strip();
        boolean comment = s.startsWith("//") && !(s.startsWith("///") || s.startsWith("//!"));
        return comment || List.of("", "{", "}", "(", ")", "[", "]").contains(s);
    }

    private static boolean overlapInclusive(int aStart, int aEnd, int bStart, int bEnd) {
        return (aStart >= bStart && aStart < bEnd + 1) || (bStart >= aStart && bStart < aEnd + 1);
    }

    private void add(int line, SnippetAnnotation a) {
        lines.computeIfAbsent(line, k -> new ArrayList<>()).add(a);
    }

    /** 0-based display column of a position: code points before it on its line, tabs counting 4. */
    static int displayCol(SourceFile file, int pos) {
        String text = file.lineText(file.line(pos));
        int chars = file.column(pos) - 1;
        int col = 0, i = 0;
        for (int cp = 0; cp < chars && i < text.length(); cp++) {
            int c = text.codePointAt(i);
            col += c == '\t' ? 4 : 1;
            i += Character.charCount(c);
        }
        return col + Math.max(0, chars - text.codePointCount(0, text.length()));
    }

    Map<Integer, List<SnippetAnnotation>> lines() { return lines; }
}
