package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns source text into tokens, ending with one EOF token. Lexical errors become rustc-style
 * diagnostics and the lexer recovers with a best-effort token; it never throws.
 *
 * <ul>
 *   <li>whitespace and comments (line, nested block, doc) are skipped;</li>
 *   <li>a number right after a `.` is lexed as an integer only, so `t.0.1` is two tuple indices;</li>
 *   <li>`1..2` and `1.foo()` keep the `.` out of the number.</li>
 * </ul>
 */
public final class Lexer {
    final String src;
    final int base;
    final Diagnostics diags;
    int pos;
    private final List<Token> tokens = new ArrayList<>();
    /** Indices in {@link #tokens} of the delimiters `( ) [ ] { }`, for {@link DelimiterCheck} (which then skips the rest). */
    private int[] delims = new int[256];
    private int delimCount;
    private final LiteralLexer literals;

    private Lexer(SourceFile file, Diagnostics diags) {
        this.src = file.text();
        this.base = file.startPos();
        this.diags = diags;
        this.literals = new LiteralLexer(this);
    }

    /** Lexes the whole file. */
    public static List<Token> tokenize(SourceFile file, Diagnostics diags) {
        return lex(file, diags).tokens();
    }

    /** Tokens ending with EOF, and the indices of the delimiter tokens among them, in order. */
    record Lexed(List<Token> tokens, int[] delims) {}

    static Lexed lex(SourceFile file, Diagnostics diags) {
        Lexer lx = new Lexer(file, diags);
        lx.run();
        return new Lexed(lx.tokens, java.util.Arrays.copyOf(lx.delims, lx.delimCount));
    }

    Span span(int lo, int hi) { return new Span(base + lo, base + hi); }

    void error(String code, String message, int lo, int hi, String label) {
        diags.add(Diagnostic.error(code, message).primary(span(lo, hi), label).build());
    }

    char peek(int k) { return pos + k < src.length() ? src.charAt(pos + k) : '\0'; }

    boolean atEnd(int k) { return pos + k >= src.length(); }

    private void run() {
        while (true) {
            boolean space = skipTrivia();
            if (pos >= src.length()) break;
            int start = pos;
            Token t = next(space);
            if (t != null) tokens.add(t);
            if (pos == start) pos++; // defensive: always make progress
        }
        tokens.add(new Token(TokenKind.EOF, "", span(src.length(), src.length()), null, false, true));
    }

    /** Skips whitespace and comments; returns whether anything was skipped. */
    private boolean skipTrivia() {
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && peek(1) == '/') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (c == '/' && peek(1) == '*') {
                int lo = pos;
                int depth = 0;
                while (pos < src.length()) {
                    if (src.charAt(pos) == '/' && peek(1) == '*') { depth++; pos += 2; }
                    else if (src.charAt(pos) == '*' && peek(1) == '/') { depth--; pos += 2; if (depth == 0) break; }
                    else pos++;
                }
                if (depth > 0) error("E0758", "unterminated block comment", lo, lineEnd(lo), "");
            } else {
                break;
            }
        }
        return pos > start || tokens.isEmpty();
    }

    int lineEnd(int from) {
        int e = src.indexOf('\n', from);
        return e < 0 ? src.length() : e;
    }

    Token make(TokenKind kind, int lo, Expr.LitValue value, boolean raw, boolean space) {
        return new Token(kind, src.substring(lo, pos), span(lo, pos), value, raw, space);
    }

    private Token next(boolean space) {
        int lo = pos;
        char c = src.charAt(pos);
        if (c == 'r' && peek(1) == '#' && isIdentStart(peek(2))) {
            pos += 2;
            identTail();
            return new Token(TokenKind.IDENT, src.substring(lo + 2, pos), span(lo, pos), null, true, space);
        }
        if ((c == 'r' && (peek(1) == '"' || peek(1) == '#')) || (c == 'b' && peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#'))) {
            return literals.rawString(space);
        }
        if (c == 'b' && peek(1) == '\'') return literals.charLit(space, true);
        if (c == 'b' && peek(1) == '"') return literals.string(space, true);
        if (isIdentStart(c)) {
            identTail();
            return make(TokenKind.IDENT, lo, null, false, space);
        }
        if (c >= '0' && c <= '9') {
            boolean afterDot = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is(TokenKind.DOT);
            return literals.number(space, afterDot);
        }
        if (c == '\'') {
            // A lifetime `'a` unless it is a char literal `'a'`.
            if ((isIdentStart(peek(1)) || Character.isDigit(peek(1))) && peek(2) != '\'') {
                pos++;
                identTail();
                if (peek(0) != '\'') return make(TokenKind.LIFETIME, lo, null, false, space);
                pos = lo; // `'ab'`: a char literal with too many codepoints

            }
            return literals.charLit(space, false);
        }
        if (c == '"') return literals.string(space, false);
        TokenKind p = punct();
        if (p != null) {
            if (p.isOpenDelim() || p.isCloseDelim()) {
                // the index this token gets: run() adds it next
                if (delimCount == delims.length) delims = java.util.Arrays.copyOf(delims, delimCount * 2);
                delims[delimCount++] = tokens.size();
            }
            return make(p, lo, null, false, space);
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        error(null, "unknown start of token: " + escapeForMessage(cp), lo, pos, "");
        return null;
    }

    private static String escapeForMessage(int cp) {
        return cp < 0x20 || cp == 0x7f ? String.format("\\u{%x}", cp) : new String(Character.toChars(cp));
    }

    static boolean isIdentStart(char c) { return c == '_' || Character.isLetter(c); }

    static boolean isIdentContinue(char c) { return c == '_' || Character.isLetterOrDigit(c); }

    void identTail() {
        while (pos < src.length() && isIdentContinue(src.charAt(pos))) pos++;
    }

    private TokenKind punct() {
        char c = peek(0), d = peek(1), e = peek(2);
        TokenKind k = switch (c) {
            case '.' -> d == '.' ? (e == '.' ? TokenKind.DOTDOTDOT : e == '=' ? TokenKind.DOTDOTEQ : TokenKind.DOTDOT) : TokenKind.DOT;
            case '<' -> d == '<' ? (e == '=' ? TokenKind.SHLEQ : TokenKind.SHL) : d == '=' ? TokenKind.LE : TokenKind.LT;
            case '>' -> d == '>' ? (e == '=' ? TokenKind.SHREQ : TokenKind.SHR) : d == '=' ? TokenKind.GE : TokenKind.GT;
            case ':' -> d == ':' ? TokenKind.PATHSEP : TokenKind.COLON;
            case '-' -> d == '>' ? TokenKind.RARROW : d == '=' ? TokenKind.MINUSEQ : TokenKind.MINUS;
            case '=' -> d == '>' ? TokenKind.FATARROW : d == '=' ? TokenKind.EQEQ : TokenKind.EQ;
            case '!' -> d == '=' ? TokenKind.NE : TokenKind.NOT;
            case '&' -> d == '&' ? TokenKind.ANDAND : d == '=' ? TokenKind.ANDEQ : TokenKind.AND;
            case '|' -> d == '|' ? TokenKind.OROR : d == '=' ? TokenKind.OREQ : TokenKind.OR;
            case '+' -> d == '=' ? TokenKind.PLUSEQ : TokenKind.PLUS;
            case '*' -> d == '=' ? TokenKind.STAREQ : TokenKind.STAR;
            case '/' -> d == '=' ? TokenKind.SLASHEQ : TokenKind.SLASH;
            case '%' -> d == '=' ? TokenKind.PERCENTEQ : TokenKind.PERCENT;
            case '^' -> d == '=' ? TokenKind.CARETEQ : TokenKind.CARET;
            case ';' -> TokenKind.SEMI;
            case ',' -> TokenKind.COMMA;
            case '#' -> TokenKind.POUND;
            case '$' -> TokenKind.DOLLAR;
            case '?' -> TokenKind.QUESTION;
            case '@' -> TokenKind.AT;
            case '~' -> TokenKind.TILDE;
            case '(' -> TokenKind.OPEN_PAREN;
            case ')' -> TokenKind.CLOSE_PAREN;
            case '[' -> TokenKind.OPEN_BRACKET;
            case ']' -> TokenKind.CLOSE_BRACKET;
            case '{' -> TokenKind.OPEN_BRACE;
            case '}' -> TokenKind.CLOSE_BRACE;
            default -> null;
        };
        if (k != null) pos += k.symbol().length();
        return k;
    }
}
