package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The parser's view of the token list: lookahead, expected-token bookkeeping for rustc's
 * "expected one of ..." messages, NodeId allocation, nesting-depth limit, and the bail-out used to
 * abandon a statement or item after its first error (caught at recovery points, never escaping).
 */
abstract class TokenCursor {
    /** Deepest nesting of expressions, types, patterns and blocks before refusing the input. */
    static final int MAX_DEPTH = 200;

    /** Thrown after a diagnostic has been reported, to unwind to the nearest recovery point. */
    static final class Bail extends RuntimeException {
        Bail() { super(null, null, false, false); }
    }

    static final Bail BAIL = new Bail();

    final SourceFile file;
    final Diagnostics diags;
    final List<Token> toks;
    int pos;
    int nextId;
    int depth;
    /**
     * What would have been accepted at the current token (cleared on bump): token kinds, words
     * ({@link Word}) and descriptions, spelled only when a message needs them (parsing checks far
     * more tokens than it ever reports).
     */
    final List<Object> expected = new ArrayList<>();

    private record Word(String word) {}

    TokenCursor(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        this.file = file;
        this.diags = diags;
        this.toks = new ArrayList<>(toks);
        this.nextId = firstNodeId;
    }

    NodeId id() { return new NodeId(nextId++); }

    Token tok() { return toks.get(pos); }

    Token peek(int k) { return toks.get(Math.min(pos + k, toks.size() - 1)); }

    Token prev() { return toks.get(Math.max(pos - 1, 0)); }

    Span prevSpan() { return prev().span(); }

    /** The span from {@code lo}'s start to the end of the last consumed token. */
    Span from(Span lo) { return new Span(lo.lo(), Math.max(lo.lo(), prevSpan().hi())); }

    Token bump() {
        Token t = tok();
        if (!t.is(TokenKind.EOF)) pos++;
        expected.clear();
        return t;
    }

    boolean check(TokenKind k) {
        expected.add(k);
        return tok().is(k);
    }

    boolean eat(TokenKind k) {
        if (!check(k)) return false;
        bump();
        return true;
    }

    boolean checkWord(String w) {
        expected.add(new Word(w));
        return tok().isWord(w);
    }

    boolean eatWord(String w) {
        if (!checkWord(w)) return false;
        bump();
        return true;
    }

    /** Adds a non-token description ("identifier", "an operator") to the expected set. */
    void expecting(String what) { expected.add(what); }

    /** Consumes {@code k} or reports "expected ..., found ..." and bails. */
    Token expect(TokenKind k) {
        if (check(k)) return bump();
        throw unexpected();
    }

    /**
     * Splits a compound token whose spelling starts with {@code k}'s (`>>` into `>` `>`, `&&` into
     * `&` `&`, `||` into `|` `|`, `>=` into `>` `=`...) and consumes the first part.
     */
    boolean eatSplit(TokenKind k) {
        if (eat(k)) return true;
        Token t = tok();
        String sym = t.kind().symbol();
        if (sym == null || sym.length() < 2 || !sym.startsWith(k.symbol())) return false;
        String rest = sym.substring(k.symbol().length());
        TokenKind restKind = kindOf(rest);
        if (restKind == null) return false;
        int mid = t.span().lo() + k.symbol().length();
        toks.set(pos, new Token(k, k.symbol(), new Span(t.span().lo(), mid), null, false, t.spaceBefore()));
        toks.add(pos + 1, new Token(restKind, rest, new Span(mid, t.span().hi()), null, false, false));
        bump();
        return true;
    }

    boolean checkSplit(TokenKind k) {
        check(k);
        String sym = tok().kind().symbol();
        return sym != null && sym.startsWith(k.symbol());
    }

    private static TokenKind kindOf(String sym) {
        for (TokenKind k : TokenKind.values()) if (sym.equals(k.symbol())) return k;
        return null;
    }

    Ident expectIdent() {
        expecting("identifier");
        Token t = tok();
        if (t.isPlainIdent()) {
            bump();
            return new Ident(t.text(), t.span());
        }
        if (t.isKeyword() && !t.text().equals("_")) {
            throw fail(Diagnostic.error(null, "expected identifier, found " + t.describe())
                    .primary(t.span(), "expected identifier, found " + t.describe()).build());
        }
        throw unexpected();
    }

    /** Reports a diagnostic and returns the bail-out to throw. */
    Bail fail(Diagnostic d) {
        diags.add(d);
        return BAIL;
    }

    /** rustc's generic "expected one of `a`, `b`, or `c`, found `x`" from the expected set. */
    Bail unexpected() { return fail(unexpectedDiagnostic().build()); }

    /** The diagnostic of {@link #unexpected()}, for callers that add labels. */
    Diagnostic.Builder unexpectedDiagnostic() {
        Token t = tok();
        TreeSet<String> spelled = new TreeSet<>();
        for (Object e : expected) {
            spelled.add(switch (e) {
                case TokenKind k -> "`" + k.symbol() + "`";
                case Word w -> "`" + w.word() + "`";
                default -> e.toString();
            });
        }
        List<String> exp = new ArrayList<>(spelled);
        String found = t.describe();
        if (exp.isEmpty()) {
            return Diagnostic.error(null, "unexpected token: " + found)
                    .primary(t.span(), "unexpected token after this");
        }
        String list = joinOr(exp);
        String msg = (exp.size() > 1 ? "expected one of " : "expected ") + list + ", found " + found;
        String label = exp.size() > 1
                ? "expected one of " + (exp.size() > 6 ? exp.size() + " possible tokens" : list)
                : "expected " + list;
        return labelAtOrAfterPrev(msg, label, t);
    }

    /**
     * rustc's placement: on the same line the label goes on the found token; across lines the
     * primary label points just after the previous token and the found token is "unexpected token".
     */
    Diagnostic.Builder labelAtOrAfterPrev(String msg, String label, Token t) {
        Span after = prevSpan().shrinkToHi();
        if (pos == 0 || t.is(TokenKind.EOF) || file.line(after.lo()) == file.line(t.span().lo())) {
            Span at = t.is(TokenKind.EOF) && pos > 0 ? after : t.span();
            return Diagnostic.error(null, msg).primary(at, label);
        }
        return Diagnostic.error(null, msg).secondary(after, label).primary(t.span(), "unexpected token");
    }

    static String joinOr(List<String> items) {
        if (items.size() == 1) return items.get(0);
        if (items.size() == 2) return items.get(0) + " or " + items.get(1);
        return String.join(", ", items.subList(0, items.size() - 1)) + ", or " + items.get(items.size() - 1);
    }

    /** Enters one nesting level; deep input is refused instead of overflowing the Java stack. */
    void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0; // let recovery proceed; the whole item is abandoned
            throw fail(Diagnostic.unsupported(tok().span(), "nesting deeper than " + MAX_DEPTH + " levels"));
        }
    }

    void exit() { depth--; }

    /**
     * Skips from the start of a statement or item to a recovery point: past its `;` at this
     * nesting level, up to (not past) the `}` closing the enclosing block, or, for block-like
     * statements and items, past the `}` ending them. Delimiters are balanced here.
     */
    void skipStatement(boolean blockLike) {
        int level = 0;
        while (!tok().is(TokenKind.EOF)) {
            Token t = tok();
            if (t.kind().isOpenDelim()) level++;
            else if (t.kind().isCloseDelim()) {
                if (level == 0) return;
                level--;
                if (level == 0 && blockLike && t.is(TokenKind.CLOSE_BRACE)) {
                    bump();
                    Token n = tok();
                    if (n.is(TokenKind.SEMI)) { bump(); return; }
                    if (!n.is(TokenKind.DOT) && !n.is(TokenKind.QUESTION) && !n.isWord("else")) return;
                    continue;
                }
            } else if (level == 0 && t.is(TokenKind.SEMI)) { bump(); return; }
            bump();
        }
    }

    abstract Expr parseExpr();

    /**
     * Whether attributes remove an item: `#[test]`, and any `#[cfg(…)]` with {@code anyCfg}, else
     * `#[cfg(test)]` only. A loop, not a stream: this runs for each of the std stubs' items at start-up.
     */
    static boolean skipped(List<Item.Attribute> attrs, boolean anyCfg) {
        for (Item.Attribute a : attrs) {
            if (a.name().equals("test")) return true;
            if (a.name().equals("cfg") && (anyCfg || a.args().equals(List.of("test")))) return true;
        }
        return false;
    }
}
