package dev.heaplab.core.diag;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.SourceMap;
import dev.heaplab.core.source.Span;

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
        static Edit of(Suggestion s, SourceMap sources) {
            SourceFile f = sources.fileOf(s.span());
            if (f == null) return null;
            String old = f.slice(s.span());
            String neu = s.replacement();
            int pre = 0;
            while (pre < old.length() && pre < neu.length() && old.charAt(pre) == neu.charAt(pre)) pre++;
            int suf = 0;
            while (suf < old.length() - pre && suf < neu.length() - pre
                    && old.charAt(old.length() - 1 - suf) == neu.charAt(neu.length() - 1 - suf)) suf++;
            return new Edit(f, s.span().lo() + pre, s.span().hi() - suf, neu.substring(pre, neu.length() - suf));
        }

        int firstLine() { return file.line(lo); }

        /** The affected lines of the file after the edit. */
        String[] newLines() {
            int lineLo = file.line(lo), lineHi = file.line(hi);
            int start = file.startPos() + offsetOfLine(lineLo), end = file.startPos() + offsetOfLine(lineHi)
                    + file.lineText(lineHi).length();
            String whole = file.text().substring(start - file.startPos(), end - file.startPos());
            String edited = whole.substring(0, lo - start) + text + whole.substring(hi - start);
            return edited.split("\n", -1);
        }

        private int offsetOfLine(int line) {
            int off = 0;
            for (int l = 1; l < line; l++) off += file.lineText(l).length() + 1;
            return off;
        }
    }

    static int lastLine(Suggestion s, SourceMap sources) {
        Edit e = Edit.of(s, sources);
        if (e == null) return 0;
        return Math.max(e.file.line(e.hi), e.firstLine() + e.newLines().length - 1);
    }

    /** {@code kind}: the child's kind in the output language ("help", or "aide" in French). */
    static String render(Suggestion s, SourceMap sources, int width, String kind) {
        StringBuilder out = new StringBuilder(kind).append(": ").append(s.message()).append('\n');
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
            for (int i = 0; i < lines.length; i++) {
                out.append(number(line + i, width)).append(i == 0 ? " ~ " : " + ").append(detab(lines[i])).append('\n');
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
