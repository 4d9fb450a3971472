package dev.heaplab.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A Rust block turned into the program rustdoc would compile, with rustdoc 1.95's rules:
 * <ul>
 * <li>hidden lines: a line whose trimmed text starts with `# ` (or is `#` alone) is compiled without
 *     that prefix but not displayed; `##` at the start of the trimmed text shows and compiles as `#`;</li>
 * <li>partition: the leading run of `#![…]` crate attributes, blank and `//` comment lines, then of
 *     `extern crate` lines, stays outside `main`;</li>
 * <li>wrapping: the rest is wrapped in `fn main() { … }` unless it is entirely a sequence of items
 *     (macro calls count as items) with a top-level `fn main` ({@link ItemScanner}); a rest ending
 *     in `(())` is wrapped in a function returning `Result` whose result is unwrapped;</li>
 * <li>`#![allow(unused)]` is prepended, as rustdoc does when the crate sets no `doc(test(attr))`.</li>
 * </ul>
 * Unlike rustdoc, the program keeps every line of the block on its own Markdown line number (the
 * text before the block is blank, the wrapper sits on the fence lines), so heaplab's diagnostics and
 * panic locations point into the lesson itself, as rustdoc's do.
 *
 * @param shown   the lines the reader sees
 * @param program the text heaplab compiles, line N being Markdown line N
 * @param wrapped whether `fn main` was added
 */
public record Doctest(String shown, String program, boolean wrapped) {
    static final String ALLOW_UNUSED = "#![allow(unused)]";

    /** One line of the block: what is displayed (null when hidden) and what is compiled. */
    record Line(String shown, String compiled) {}

    /** rustdoc's `map_line`. */
    static Line mapLine(String s) {
        String trimmed = s.strip();
        if (trimmed.startsWith("##")) {
            String t = s.replaceFirst("##", "#");
            return new Line(t, t);
        }
        if (trimmed.startsWith("# ")) return new Line(null, trimmed.substring(2));
        if (trimmed.equals("#")) return new Line(null, "");
        return new Line(s, s);
    }

    public static Doctest prepare(CodeBlock block, boolean allowUnused) {
        List<Line> lines = block.lines().stream().map(Doctest::mapLine).toList();
        StringBuilder shown = new StringBuilder();
        for (Line l : lines) if (l.shown() != null) shown.append(l.shown()).append('\n');

        int n = lines.size();
        int header = headerLength(lines);
        StringBuilder rest = new StringBuilder();
        for (int i = header; i < n; i++) rest.append(lines.get(i).compiled()).append('\n');
        boolean wrap = !(ItemScanner.scan(rest.toString()) == ItemScanner.Shape.ITEMS_WITH_MAIN);
        boolean returnsResult = rest.toString().strip().endsWith("(())");
        String pre = returnsResult
                ? "fn main() { fn _inner() -> core::result::Result<(), impl core::fmt::Debug> {" : "fn main() {";
        String post = returnsResult ? "} _inner().unwrap() }" : "}";

        // Program line k (1-based) is Markdown line k; index 0 is unused.
        int first = block.firstLine();
        String[] prog = new String[first + n + 1];
        java.util.Arrays.fill(prog, "");
        for (int i = 0; i < n; i++) prog[first + i] = lines.get(i).compiled();
        int open = first - 1; // the opening fence, or the line before an indented block
        StringBuilder opening = new StringBuilder(allowUnused ? ALLOW_UNUSED : "");
        if (wrap) {
            if (header == 0) {
                append(opening, pre);
            } else if (header == n) {
                prog[first + n] = pre + " ";
            } else if (!prog[first + header - 1].contains("//")) {
                prog[first + header - 1] = prog[first + header - 1] + " " + pre;
            } else {
                prog[first + header] = pre + " " + prog[first + header];
            }
            prog[first + n] = prog[first + n] + post;
        }
        if (open >= 1) {
            prog[open] = opening.toString();
        } else if (!opening.isEmpty()) {
            prog[first] = opening + " " + prog[first];
        }
        StringBuilder program = new StringBuilder();
        for (int k = 1; k < prog.length; k++) program.append(prog[k]).append('\n');
        return new Doctest(shown.toString(), program.toString(), wrap);
    }

    private static void append(StringBuilder sb, String s) {
        if (!sb.isEmpty()) sb.append(' ');
        sb.append(s);
    }

    /** rustdoc's `partition_source`: how many leading lines stay outside `main`. */
    static int headerLength(List<Line> lines) {
        int state = 0; // 0: attributes, 1: extern crates, 2: everything else
        int header = 0;
        int openAttr = 0; // unbalanced `[` of a crate attribute spanning lines
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).compiled().strip();
            boolean blankOrComment = t.isEmpty() || (t.startsWith("//") && !t.startsWith("///"));
            boolean crate = t.startsWith("extern crate") || t.startsWith("#[macro_use] extern crate");
            if (state == 0) {
                if (openAttr > 0 || t.startsWith("#![")) {
                    openAttr = Math.max(0, openAttr + balance(t));
                } else if (blankOrComment) {
                    // stays in the attribute section
                } else if (crate) {
                    state = 1;
                } else {
                    state = 2;
                }
            } else if (state == 1 && !(crate || blankOrComment)) {
                state = 2;
            }
            if (state == 2) break;
            // Blank and comment lines after the last attribute or crate line can as well go inside
            // `main`: keeping them there leaves their lines as written (no wrapper text on them).
            if (!blankOrComment || openAttr > 0 || t.startsWith("#![")) header = i + 1;
        }
        return header;
    }

    private static int balance(String s) {
        int b = 0;
        for (char c : s.toCharArray()) {
            if (c == '[') b++;
            else if (c == ']') b--;
        }
        return b;
    }
}
