package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;

/**
 * One lexical token: its kind, source text and global span. {@code value} is the decoded literal for
 * literal tokens (null otherwise); {@code raw} marks `r#ident`; {@code spaceBefore} is whether
 * whitespace or a comment precedes it (rustc's "joint" distinction, used to split `>>`).
 */
public record Token(TokenKind kind, String text, Span span, Expr.LitValue value, boolean raw, boolean spaceBefore) {
    /** Strict and reserved keywords of edition 2024 (raw identifiers are never keywords). */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
            "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
            "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
            "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
            "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
            "unsized", "virtual", "yield", "try", "gen");

    public boolean is(TokenKind k) { return kind == k; }

    /** Whether this is the (non-raw) keyword or contextual word {@code word}. */
    public boolean isWord(String word) { return kind == TokenKind.IDENT && !raw && text.equals(word); }

    public boolean isKeyword() { return kind == TokenKind.IDENT && !raw && KEYWORDS.contains(text); }

    /** An identifier usable as a name (not a keyword, `_` excluded). */
    public boolean isPlainIdent() { return kind == TokenKind.IDENT && !isKeyword() && !text.equals("_"); }

    /** How rustc names this token after "found": `` `x` ``, `` keyword `let` ``, `` `<eof>` ``. */
    public String describe() {
        if (kind == TokenKind.EOF) return "`<eof>`";
        if (isKeyword()) return "keyword `" + text + "`";
        return "`" + text + "`";
    }
}
