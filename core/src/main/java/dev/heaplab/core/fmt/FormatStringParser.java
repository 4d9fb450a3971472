package dev.heaplab.core.fmt;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.fmt.FormatSyntax.Count;
import dev.heaplab.core.fmt.FormatSyntax.Piece;
import dev.heaplab.core.fmt.FormatSyntax.Position;
import dev.heaplab.core.fmt.FormatSyntax.Spec;
import dev.heaplab.core.fmt.FormatTemplate.Align;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the string literal of a formatting macro (`println!("{x:>5.2}")`) into a
 * {@link FormatTemplate} and maps its holes to the macro's arguments (see {@link FormatArgMapping}).
 * Syntax follows rustc_parse_format:
 * <ul>
 *   <li>`{{` and `}}` are literal braces; a lone `}` is an error;</li>
 *   <li>a hole is `{` [position] [`:` spec] `}` where position is an integer or an identifier and
 *   whitespace may follow the position;</li>
 *   <li>spec = [[fill] align] [`+`|`-`] [`#`] [`0`] [width] [`.` precision] [trait], where a count is
 *   an integer, `N$` or `name$`, precision may be `*`, and trait is `?`, `x?`, `X?` or a word.</li>
 * </ul>
 * Only the first syntax error is reported, as rustc does.
 */
public final class FormatStringParser {
    private final String s;
    private final LiteralMap map;
    private int i;

    private FormatStringParser(String s, LiteralMap map) {
        this.s = s;
        this.map = map;
    }

    /**
     * Parses {@code value} (the literal after escape processing; {@code map} locates its chars) for a
     * macro with the given explicit arguments. Never throws on user input.
     */
    public static FormatParse parse(String value, LiteralMap map, MacroArgs args) {
        FormatStringParser p = new FormatStringParser(value, map);
        List<Piece> pieces = new ArrayList<>();
        Diagnostic error = p.pieces(pieces);
        if (error != null) return FormatParse.failed(error);
        return FormatArgMapping.map(new FormatSyntax(pieces), map, args);
    }

    /** Convenience for callers without source positions (tests, the machine's own strings). */
    public static FormatParse parse(String value, int positionalArgs, List<String> namedArgs) {
        return parse(value, LiteralMap.of(value, dev.heaplab.core.source.Span.DUMMY, null),
                MacroArgs.unlocated(positionalArgs, namedArgs));
    }

    private Diagnostic pieces(List<Piece> out) {
        StringBuilder text = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && peekAt(i + 1) == '{') { text.append('{'); i += 2; continue; }
            if (c == '}' && peekAt(i + 1) == '}') { text.append('}'); i += 2; continue; }
            if (c == '}') {
                return Diagnostic.error(null, "invalid format string: unmatched `}` found")
                        .primary(map.span(i, i + 1), "unmatched `}` in format string")
                        .note("if you intended to print `}`, you can escape it using `}}`").build();
            }
            if (c == '{') {
                if (!text.isEmpty()) { out.add(new Piece.Text(text.toString())); text.setLength(0); }
                int open = i++;
                Object hole = hole(open);
                if (hole instanceof Diagnostic d) return d;
                out.add((Piece.Hole) hole);
                continue;
            }
            text.append(c);
            i++;
        }
        if (!text.isEmpty()) out.add(new Piece.Text(text.toString()));
        return null;
    }

    /** Parses after `{`; returns a {@link Piece.Hole} or a {@link Diagnostic}. */
    private Object hole(int open) {
        Position position = new Position.Next();
        if (isDigit(peek())) {
            int start = i;
            int n = integer();
            position = new Position.Index(n, start, i);
        } else if (isIdentStart(peek())) {
            int start = i;
            String name = word();
            if (name.equals("_")) {
                return Diagnostic.error(null, "invalid format string: invalid argument name `_`")
                        .primary(map.span(start, i), "invalid argument name in format string")
                        .note("argument name cannot be a single underscore").build();
            }
            if (peek() == '.') {
                int dot = i;
                while (i < s.length() && (peek() == '.' || isIdentContinue(peek()))) i++;
                return Diagnostic.error(null, "invalid format string: field access isn't supported")
                        .primary(map.span(start, Math.max(i, dot + 1)), "not supported in format string")
                        .note("consider moving this expression to a local variable and then using the local here instead")
                        .build();
            }
            position = new Position.Name(name, start, i);
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        Spec spec = Spec.empty(i);
        if (peek() == ':') {
            i++;
            Object parsed = spec();
            if (parsed instanceof Diagnostic d) return d;
            spec = (Spec) parsed;
        }
        if (peek() == '}') {
            i++;
            return new Piece.Hole(open, i, position, spec);
        }
        return expectedClose(open);
    }

    private Diagnostic expectedClose(int open) {
        if (i >= s.length()) {
            return Diagnostic.error(null, "invalid format string: expected `}` but string was terminated")
                    .primary(map.end(), "expected `}` in format string")
                    .secondary(map.span(open, open + 1), "because of this opening brace")
                    .note("if you intended to print `{`, you can escape it using `{{`").build();
        }
        String found = Character.toString(s.codePointAt(i));
        return Diagnostic.error(null, "invalid format string: expected `}`, found `" + found + "`")
                .primary(map.span(i, i + Character.charCount(s.codePointAt(i))), "expected `}` in format string")
                .secondary(map.span(open, open + 1), "because of this opening brace")
                .note("if you intended to print `{`, you can escape it using `{{`").build();
    }

    /** Parses after `:`; returns a {@link Spec} or a {@link Diagnostic}. */
    private Object spec() {
        int fill = ' ';
        Align align = Align.NONE;
        if (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next < s.length() && alignOf(s.charAt(next)) != null) {
                fill = cp;
                i = next;
            }
        }
        if (alignOf(peek()) != null) align = alignOf(s.charAt(i++));
        boolean plus = false, minus = false, alternate = false, zeroPad = false;
        if (peek() == '+') { plus = true; i++; } else if (peek() == '-') { minus = true; i++; }
        if (peek() == '#') { alternate = true; i++; }
        Count width = new Count.Absent();
        boolean haveWidth = false;
        if (peek() == '0') {
            if (peekAt(i + 1) == '$') {
                width = new Count.Index(0, i, i + 2);
                i += 2;
                haveWidth = true;
            } else {
                zeroPad = true;
                i++;
            }
        }
        if (!haveWidth) width = count();
        Count precision = new Count.Absent();
        if (peek() == '.') {
            i++;
            if (peek() == '*') {
                precision = new Count.Star(i - 1, i + 1);
                i++;
            } else {
                precision = count();
            }
        }
        int traitStart = i;
        String trait;
        int debugHex = 0;
        if ((peek() == 'x' || peek() == 'X') && peekAt(i + 1) == '?') {
            debugHex = peek() == 'x' ? 1 : 2;
            trait = "?";
            i += 2;
        } else if (peek() == '?') {
            trait = "?";
            i++;
            char after = peek();
            if (after == 'x' || after == 'X' || after == '#') {
                String suggestion = after == '#' ? "#?" : after + "?";
                return Diagnostic.error(null, "invalid format string: expected `}`, found `" + after + "`")
                        .primary(map.span(i, i + 1), "expected `'}'` in format string")
                        .help("did you mean `" + suggestion + "`?").build();
            }
        } else {
            trait = word();
        }
        return new Spec(fill, align, plus, minus, alternate, zeroPad, width, precision, trait, traitStart, debugHex);
    }

    /** A width or precision: `N`, `N$`, `name$`, or nothing (an identifier without `$` is a trait). */
    private Count count() {
        int start = i;
        if (isDigit(peek())) {
            int n = integer();
            if (peek() == '$') { i++; return new Count.Index(n, start, i); }
            return new Count.Literal(n);
        }
        if (isIdentStart(peek())) {
            String name = word();
            if (peek() == '$') { i++; return new Count.Name(name, start, i - 1); }
            i = start;
        }
        return new Count.Absent();
    }

    private int integer() {
        long n = 0;
        while (isDigit(peek())) {
            n = Math.min((long) Integer.MAX_VALUE, n * 10 + (s.charAt(i) - '0'));
            i++;
        }
        return (int) n;
    }

    private String word() {
        int start = i;
        if (i < s.length() && isIdentStart(peek())) {
            i += Character.charCount(s.codePointAt(i));
            while (i < s.length() && isIdentContinue(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(start, i);
    }

    private static Align alignOf(char c) {
        return switch (c) { case '<' -> Align.LEFT; case '^' -> Align.CENTER; case '>' -> Align.RIGHT; default -> null; };
    }

    private char peek() { return peekAt(i); }

    private char peekAt(int k) { return k < s.length() ? s.charAt(k) : '\0'; }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private boolean isIdentStart(char c) {
        if (c == '_') return true;
        int cp = i < s.length() ? s.codePointAt(i) : c;
        return Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isIdentContinue(int cp) { return cp == '_' || Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp); }
}
