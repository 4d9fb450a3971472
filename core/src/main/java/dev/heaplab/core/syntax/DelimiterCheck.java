package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Checks that `()`, `[]` and `{}` are balanced before parsing, as rustc's token-tree pass does,
 * reporting its first delimiter error in rustc's words. The parser runs only on balanced input.
 */
final class DelimiterCheck {
    private DelimiterCheck() {}

    /**
     * Returns true when balanced; otherwise adds one diagnostic and returns false. {@code delims} are
     * the indices of the delimiter tokens in {@code toks}, which ends with EOF.
     */
    static boolean check(List<Token> toks, int[] delims, Diagnostics diags) {
        Deque<Token> open = new ArrayDeque<>();
        for (int k = 0; k <= delims.length; k++) {
            Token t = k < delims.length ? toks.get(delims[k]) : toks.get(toks.size() - 1);
            if (t.kind().isOpenDelim()) {
                open.push(t);
            } else if (t.kind().isCloseDelim()) {
                if (open.isEmpty()) {
                    diags.add(Diagnostic.error(null, "unexpected closing delimiter: `" + t.text() + "`")
                            .primary(t.span(), "unexpected closing delimiter").build());
                    return false;
                }
                Token o = open.peek();
                if (matches(o.kind(), t.kind())) {
                    open.pop();
                    continue;
                }
                Diagnostic.Builder d = Diagnostic.error(null, "mismatched closing delimiter: `" + t.text() + "`")
                        .primary(o.span(), "unclosed delimiter")
                        .primary(t.span(), "mismatched closing delimiter");
                for (Token outer : open) {
                    if (outer != o && matches(outer.kind(), t.kind())) {
                        d.secondary(outer.span(), "closing delimiter possibly meant for this");
                        break;
                    }
                }
                diags.add(d.build());
                return false;
            } else if (t.is(TokenKind.EOF) && !open.isEmpty()) {
                Span eof = t.span();
                Diagnostic.Builder d = Diagnostic.error(null, "this file contains an unclosed delimiter").primary(eof, "");
                List<Token> unclosed = List.copyOf(open);
                for (int i = unclosed.size() - 1; i >= 0; i--) d.secondary(unclosed.get(i).span(), "unclosed delimiter");
                diags.add(d.build());
                return false;
            }
        }
        return true;
    }

    private static boolean matches(TokenKind open, TokenKind close) {
        return (open == TokenKind.OPEN_PAREN && close == TokenKind.CLOSE_PAREN)
                || (open == TokenKind.OPEN_BRACKET && close == TokenKind.CLOSE_BRACKET)
                || (open == TokenKind.OPEN_BRACE && close == TokenKind.CLOSE_BRACE);
    }
}
