package dev.heaplab.core.fmt;

import dev.heaplab.core.source.Span;

/**
 * Where each char of a string literal's value lies in the source, so that format-string errors
 * point inside the literal even across escapes (`\n`, unicode escapes, line continuations) and raw
 * strings. Without the literal's source text every position maps to the whole literal.
 */
public final class LiteralMap {
    private final Span literal;
    private final int[] starts;
    private final int[] ends;
    private final int closingQuote;

    private LiteralMap(Span literal, int[] starts, int[] ends, int closingQuote) {
        this.literal = literal;
        this.starts = starts;
        this.ends = ends;
        this.closingQuote = closingQuote;
    }

    /**
     * Maps the value of a literal whose source text (quotes and any `r#` included) is {@code raw}
     * at {@code literal}; falls back to the whole span when {@code raw} does not decode to {@code value}.
     */
    public static LiteralMap of(String value, Span literal, String raw) {
        if (raw != null) {
            LiteralMap m;
            try {
                m = decode(value, literal, raw);
            } catch (NumberFormatException | IndexOutOfBoundsException malformed) {
                m = null; // the lexer reports malformed escapes; fall back to the whole literal
            }
            if (m != null) return m;
        }
        return new LiteralMap(literal, null, null, literal.hi());
    }

    /** The literal's own span. */
    public Span literal() { return literal; }

    /** The source span of value chars [from, to); an empty range gives an empty span at {@code from}. */
    public Span span(int from, int to) {
        if (starts == null) return literal;
        int lo = from < starts.length ? starts[from] : closing();
        if (to <= from) return new Span(lo, lo);
        int hi = to - 1 < ends.length ? ends[to - 1] : closing();
        return new Span(lo, hi);
    }

    /** The one-char span of the closing quote, where "string was terminated" errors point. */
    public Span end() {
        if (starts == null) return literal;
        return new Span(closing(), closing() + 1);
    }

    private int closing() { return closingQuote; }

    private static LiteralMap decode(String value, Span literal, String raw) {
        int i = 0;
        boolean isRaw = false;
        int hashes = 0;
        if (raw.startsWith("r")) {
            isRaw = true;
            i = 1;
            while (i < raw.length() && raw.charAt(i) == '#') { hashes++; i++; }
        }
        if (i >= raw.length() || raw.charAt(i) != '"') return null;
        i++;
        int contentEnd = raw.length() - 1 - hashes;
        if (contentEnd < i) return null;
        int[] starts = new int[value.length()];
        int[] ends = new int[value.length()];
        int n = 0;
        while (i < contentEnd) {
            int from = i;
            String decoded;
            char c = raw.charAt(i);
            if (isRaw || c != '\\') {
                decoded = String.valueOf(c);
                i++;
            } else {
                char e = i + 1 < contentEnd ? raw.charAt(i + 1) : 0;
                i += 2;
                switch (e) {
                    case 'n' -> decoded = "\n";
                    case 't' -> decoded = "\t";
                    case 'r' -> decoded = "\r";
                    case '0' -> decoded = "\0";
                    case '\\', '\'', '"' -> decoded = String.valueOf(e);
                    case 'x' -> {
                        if (i + 2 > contentEnd) return null;
                        decoded = String.valueOf((char) Integer.parseInt(raw, i, i + 2, 16));
                        i += 2;
                    }
                    case 'u' -> {
                        int close = raw.indexOf('}', i);
                        if (close < 0 || raw.charAt(i) != '{') return null;
                        String hex = raw.substring(i + 1, close).replace("_", "");
                        decoded = Character.toString(Integer.parseInt(hex, 16));
                        i = close + 1;
                    }
                    case '\n', '\r' -> {
                        while (i < contentEnd && Character.isWhitespace(raw.charAt(i))) i++;
                        decoded = "";
                    }
                    default -> { return null; }
                }
            }
            for (int k = 0; k < decoded.length(); k++) {
                if (n >= value.length() || value.charAt(n) != decoded.charAt(k)) return null;
                starts[n] = literal.lo() + from;
                ends[n] = literal.lo() + i;
                n++;
            }
        }
        if (n != value.length()) return null;
        return new LiteralMap(literal, starts, ends, literal.lo() + contentEnd);
    }
}
