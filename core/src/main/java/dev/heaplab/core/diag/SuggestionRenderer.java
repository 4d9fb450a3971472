package dev.heaplab.core.diag;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.SourceMap;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Suggestion} as rustc 1.95 does.
 * <ul>
 * <li>a pure insertion within one line: the edited line, then `+++` under the inserted text;</li>
 * <li>a replacement within one line: the old line marked `-`, the new one `+`, then a closing `|`;</li>
 * <li>an edit spanning lines: the first edited line marked `~`, added lines `+`, then a closing `|`.</li>
 * </ul>
 * Common leading and trailing text of the old and new text is not counted as edited.
 */
final class SuggestionRenderer {
    private SuggestionRenderer() {}

    /** The edit reduced to what really changes: [lo, hi) of the old text replaced by {@code text}. */
    private record Edit(SourceFile file, int lo, int hi, String text) {
        static Edit of(Suggestion s, SourceMap sources) { return of(s.span(), s.replacement(), sources); }

        static Edit of(Span span, String replacement, SourceMap sources) {
            SourceFile f = sources.fileOf(span);
            if (f == null) return null;
            String old = f.slice(span);
            String neu = replacement;
            // New text ending with the old (`iter` → `into_iter`): rustc shows an insertion before it.
            if (!old.isEmpty() && neu.endsWith(old) && !neu.startsWith(old)) {
                return new Edit(f, span.lo(), span.lo(), neu.substring(0, neu.length() - old.length()));
            }
            int pre = 0;
            while (pre < old.length() && pre < neu.length() && old.charAt(pre) == neu.charAt(pre)) pre++;
            int suf = 0;
            while (suf < old.length() - pre && suf < neu.length() - pre
                    && old.charAt(old.length() - 1 - suf) == neu.charAt(neu.length() - 1 - suf)) suf++;
            return new Edit(f, span.lo() + pre, span.hi() - suf, neu.substring(pre, neu.length() - suf));
        }

        int firstLine() { return file.line(lo); }

        /** The affected lines of the file after the edit. */
        String[] newLines() {
            int lineLo = file.line(lo), lineHi = file.line(hi);
            int start = file.startPos() + offsetOfLine(file, lineLo), end = file.startPos() + offsetOfLine(file, lineHi)
                    + file.lineText(lineHi).length();
            String whole = file.text().substring(start - file.startPos(), end - file.startPos());
            String edited = whole.substring(0, lo - start) + text + whole.substring(hi - start);
            return edited.split("\n", -1);
        }

        static int offsetOfLine(SourceFile file, int line) {
            int off = 0;
            for (int l = 1; l < line; l++) off += file.lineText(l).length() + 1;
            return off;
        }
    }

    static int lastLine(Suggestion s, SourceMap sources) {
        if (s.style() == Suggestion.Style.ADDED_LINES) {
            SourceFile f = sources.fileOf(s.span());
            return f == null ? 0 : f.line(s.span().lo()) + s.replacement().split("\n").length - 1;
        }
        if (s.parts().size() > 1) {
            Multipart m = Multipart.of(s, sources);
            return m == null ? 0 : m.firstLine + m.lines.length - 1;
        }
        Edit e = Edit.of(s, sources);
        if (e == null) return 0;
        return Math.max(e.file.line(e.hi), e.firstLine() + e.newLines().length - 1);
    }

    /**
     * Several edits applied together to the lines they touch: the new lines, and per new line the
     * ranges [from, to) of new text in it.
     */
    private record Multipart(List<Edit> edits, int firstLine, String[] lines, List<List<int[]>> highlights) {
        static Multipart of(Suggestion s, SourceMap sources) {
            List<Edit> edits = new ArrayList<>();
            for (Suggestion.Part p : s.parts()) {
                Edit e = Edit.of(p.span(), p.replacement(), sources);
                if (e == null || (!edits.isEmpty() && e.file != edits.get(0).file)) return null;
                edits.add(e);
            }
            SourceFile f = edits.get(0).file;
            int first = f.line(edits.get(0).lo), last = f.line(edits.get(edits.size() - 1).hi);
            for (Edit e : edits) last = Math.max(last, f.line(e.hi));
            int start = f.startPos() + Edit.offsetOfLine(f, first);
            int end = f.startPos() + Edit.offsetOfLine(f, last) + f.lineText(last).length();
            StringBuilder neu = new StringBuilder();
            List<int[]> marks = new ArrayList<>();
            int cursor = start;
            for (Edit e : edits) {
                if (e.lo < cursor) return null; // overlapping parts
                neu.append(f.text(), cursor - f.startPos(), e.lo - f.startPos());
                int from = neu.length();
                neu.append(e.text);
                marks.add(new int[] {from, neu.length()});
                cursor = e.hi;
            }
            neu.append(f.text(), cursor - f.startPos(), end - f.startPos());
            String[] lines = neu.toString().split("\n", -1);
            List<List<int[]>> perLine = new ArrayList<>();
            int lineStart = 0;
            for (String line : lines) {
                List<int[]> here = new ArrayList<>();
                for (int[] m : marks) {
                    int a = Math.max(m[0], lineStart) - lineStart, b = Math.min(m[1], lineStart + line.length()) - lineStart;
                    if (a < b) here.add(new int[] {a, b});
                }
                perLine.add(here);
                lineStart += line.length() + 1;
            }
            return new Multipart(edits, first, lines, perLine);
        }

        boolean oneLineInsertions() {
            if (lines.length != 1) return false;
            for (Edit e : edits) if (e.lo != e.hi) return false;
            return true;
        }
    }

    private static String renderMultipart(Suggestion s, SourceMap sources, int width, StringBuilder out) {
        Multipart m = Multipart.of(s, sources);
        if (m == null) return out.toString();
        String pad = " ".repeat(width + 1);
        out.append(pad).append("|\n");
        SourceFile f = m.edits.get(0).file;
        if (m.oneLineInsertions()) {
            // All insertions on one line: the new line, then `+` under each inserted text (without its spaces).
            String line = m.lines[0];
            out.append(number(m.firstLine, width)).append(" | ").append(detab(line)).append('\n');
            StringBuilder marks = new StringBuilder();
            for (int[] h : m.highlights.get(0)) {
                String text = line.substring(h[0], h[1]);
                int lead = text.length() - text.stripLeading().length();
                String shown = text.strip();
                int col = displayWidth(line.substring(0, h[0] + lead));
                while (marks.length() < col) marks.append(' ');
                marks.append("+".repeat(shown.codePointCount(0, shown.length())));
            }
            out.append(pad).append('|').append(' ').append(marks).append('\n');
            return out.toString();
        }
        if (m.lines.length == 1 && f.line(m.edits.get(0).lo) == f.line(m.edits.get(m.edits.size() - 1).hi)) {
            out.append(number(m.firstLine, width)).append(" - ").append(detab(f.lineText(m.firstLine))).append('\n');
            out.append(number(m.firstLine, width)).append(" + ").append(detab(m.lines[0])).append('\n');
        } else {
            for (int i = 0; i < m.lines.length; i++) {
                List<int[]> h = m.highlights.get(i);
                String marker = h.isEmpty() ? " | " : h.size() == 1 && h.get(0)[0] == 0 && h.get(0)[1] == m.lines[i].length() ? " + " : " ~ ";
                out.append(number(m.firstLine + i, width)).append(marker).append(detab(m.lines[i])).append('\n');
            }
        }
        out.append(pad).append("|\n");
        return out.toString();
    }

    private static int displayWidth(String s) { return detab(s).codePointCount(0, detab(s).length()); }

    /** {@code kind}: the child's kind in the output language ("help", or "aide" in French). */
    static String render(Suggestion s, SourceMap sources, int width, String kind) {
        StringBuilder out = new StringBuilder(kind).append(": ").append(s.message()).append('\n');
        if (s.parts().size() > 1) return renderMultipart(s, sources, width, out);
        if (s.style() == Suggestion.Style.ADDED_LINES) {
            SourceFile f = sources.fileOf(s.span());
            if (f == null) return out.toString();
            String pad = " ".repeat(width + 1);
            out.append(pad).append("|\n");
            String[] added = s.replacement().split("\n");
            for (int i = 0; i < added.length; i++) out.append(number(f.line(s.span().lo()) + i, width)).append(" + ").append(detab(added[i])).append('\n');
            out.append(pad).append("|\n");
            return out.toString();
        }
        Edit e = Edit.of(s, sources);
        if (e == null) return out.toString();
        String pad = " ".repeat(width + 1);
        out.append(pad).append("|\n");
        int line = e.firstLine();
        String[] lines = e.newLines();
        boolean oneLine = e.file.line(e.hi) == line && lines.length == 1;
        if (oneLine && e.lo == e.hi) {
            out.append(number(line, width)).append(" | ").append(detab(lines[0])).append('\n');
            int col = AnnotatedFile.displayCol(e.file, e.lo);
            // As rustc: the markers cover the inserted text without its surrounding spaces (`mut `: `+++`).
            String shown = e.text.strip();
            int lead = e.text.length() - e.text.stripLeading().length();
            out.append(pad).append('|').append(" ".repeat(col + 1 + lead)).append("+".repeat(shown.codePointCount(0, shown.length())))
                    .append('\n');
            return out.toString();
        }
        if (oneLine) {
            out.append(number(line, width)).append(" - ").append(detab(e.file.lineText(line))).append('\n');
            out.append(number(line, width)).append(" + ").append(detab(lines[0])).append('\n');
        } else {
            // As rustc: a line holding some of the original text is `~` (changed), a wholly new one `+`.
            String src = e.file.text();
            int at = Math.min(Math.max(e.hi - e.file.startPos(), 0), src.length()), nl = src.indexOf('\n', at);
            String after = src.substring(at, nl < 0 ? src.length() : nl).strip();
            // Whole lines inserted before a line: they are `+`, the line they precede is shown unchanged.
            boolean wholeLines = e.text.endsWith("\n") && e.lo == e.hi && AnnotatedFile.displayCol(e.file, e.lo) == 0;
            for (int i = 0; i < lines.length; i++) {
                boolean last = i == lines.length - 1;
                String marker = wholeLines ? (last ? " | " : " + ")
                        : (i == 0 || last && !after.isEmpty()) ? " ~ " : " + ";
                out.append(number(line + i, width)).append(marker).append(detab(lines[i])).append('\n');
            }
        }
        out.append(pad).append("|\n");
        return out.toString();
    }

    private static String number(int line, int width) {
        String n = Integer.toString(line);
        return " ".repeat(width - n.length()) + n;
    }

    private static String detab(String s) { return s.replace("\t", "    "); }
}
