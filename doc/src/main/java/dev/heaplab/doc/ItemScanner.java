package dev.heaplab.doc;

import java.util.Set;

/**
 * Decides, as rustdoc's `parse_source` does with rustc's parser, whether a doctest is a sequence
 * of items with a top-level `fn main` (then it is not wrapped). A light scanner is enough: it only
 * needs to know where each item ends (at a `;` or a closing `}` at nesting depth 0) and whether
 * something that is not an item (a `let`, an expression) appears. Macro calls count as items, as
 * rustc parses `name!(…);` in item position.
 */
final class ItemScanner {
    private ItemScanner() {}

    enum Shape { ITEMS_WITH_MAIN, ITEMS_WITHOUT_MAIN, STATEMENTS }

    /** Words that may precede an item keyword (`const fn`, `unsafe impl`, `extern "C" fn`) or be one. */
    private static final Set<String> QUALIFIERS = Set.of("unsafe", "async", "const", "extern", "default", "safe");
    private static final Set<String> QUALIFIED = Set.of("fn", "unsafe", "async", "const", "extern", "impl", "trait",
            "mod", "safe", "static", "type");
    private static final Set<String> ITEM_KEYWORDS = Set.of("fn", "struct", "enum", "union", "trait", "impl", "mod",
            "use", "static", "type");

    static Shape scan(String src) {
        Cursor c = new Cursor(src);
        boolean main = false;
        while (true) {
            c.skipTrivia();
            if (c.eof()) return main ? Shape.ITEMS_WITH_MAIN : Shape.ITEMS_WITHOUT_MAIN;
            if (c.peek() == ';') { c.pos++; continue; } // rustc's parser eats stray semicolons between items
            if (c.peek() == '#') { // attribute: #[…] or #![…]
                c.pos++;
                if (c.peek() == '!') c.pos++;
                c.skipTrivia();
                if (c.peek() != '[') return Shape.STATEMENTS;
                c.skipGroup();
                continue;
            }
            String word = c.ident();
            if (word == null) return Shape.STATEMENTS;
            boolean sawKeyword = false;
            while (word != null) {
                if (word.equals("pub")) {
                    c.skipTrivia();
                    if (c.peek() == '(') c.skipGroup();
                } else if (QUALIFIERS.contains(word)) {
                    c.skipTrivia();
                    if (word.equals("extern") && (c.peek() == '"' || c.startsWith("r\""))) { c.skipString(); c.skipTrivia(); }
                    if (c.peek() == '{') {
                        if (!word.equals("extern")) return Shape.STATEMENTS; // `unsafe { … }`: a block expression
                        sawKeyword = true; // `extern "C" { … }`
                        break;
                    }
                    if (!QUALIFIED.contains(String.valueOf(c.peekIdent()))) { sawKeyword = true; break; } // `const X`, `extern crate`
                } else if (word.equals("fn")) {
                    c.skipTrivia();
                    if ("main".equals(c.ident())) main = true;
                    sawKeyword = true;
                    break;
                } else if (ITEM_KEYWORDS.contains(word)) {
                    sawKeyword = true;
                    break;
                } else {
                    break;
                }
                c.skipTrivia();
                word = c.ident();
            }
            if (!sawKeyword) {
                // Only a macro call (`path!(…)`, `macro_rules! m {…}`) is an item here.
                if (word == null) return Shape.STATEMENTS;
                while (true) {
                    c.skipTrivia();
                    if (c.startsWith("::")) { c.pos += 2; c.skipTrivia(); if (c.ident() == null) return Shape.STATEMENTS; continue; }
                    break;
                }
                if (c.peek() != '!') return Shape.STATEMENTS;
                c.pos++;
                c.skipTrivia();
                if (Character.isJavaIdentifierStart(c.peek())) { c.ident(); c.skipTrivia(); }
                char open = c.peek();
                if (open != '(' && open != '[' && open != '{') return Shape.STATEMENTS;
                c.skipGroup();
                continue;
            }
            if (!c.skipItemRest()) return main ? Shape.ITEMS_WITH_MAIN : Shape.STATEMENTS;
        }
    }

    /** A position in the source with Rust-aware skipping of comments, strings and bracket groups. */
    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s) { this.s = s; }

        boolean eof() { return pos >= s.length(); }

        char peek() { return pos < s.length() ? s.charAt(pos) : '\0'; }

        boolean startsWith(String p) { return s.startsWith(p, pos); }

        void skipTrivia() {
            while (!eof()) {
                char ch = peek();
                if (Character.isWhitespace(ch)) pos++;
                else if (startsWith("//")) { while (!eof() && peek() != '\n') pos++; }
                else if (startsWith("/*")) skipBlockComment();
                else return;
            }
        }

        private void skipBlockComment() {
            int depth = 0;
            while (!eof()) {
                if (startsWith("/*")) { depth++; pos += 2; }
                else if (startsWith("*/")) { depth--; pos += 2; if (depth == 0) return; }
                else pos++;
            }
        }

        String ident() {
            int start = pos;
            if (startsWith("r#")) pos += 2;
            if (eof() || !(Character.isLetter(peek()) || peek() == '_')) { pos = start; return null; }
            while (!eof() && (Character.isLetterOrDigit(peek()) || peek() == '_')) pos++;
            return s.substring(start, pos);
        }

        String peekIdent() {
            int save = pos;
            String w = ident();
            pos = save;
            return w;
        }

        /** Skips a string, raw string, byte string or char literal at the cursor (or a lifetime's quote). */
        void skipString() {
            char ch = peek();
            if (ch == '\'') {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == '\\') {
                    pos += 2;
                    while (!eof() && peek() != '\'') pos++;
                    pos++;
                } else if (pos + 2 < s.length() && s.charAt(pos + 2) == '\'') {
                    pos += 3;
                } else {
                    pos++; // a lifetime
                }
                return;
            }
            if (ch == 'b') pos++;
            if (peek() == 'r') {
                pos++;
                int hashes = 0;
                while (peek() == '#') { hashes++; pos++; }
                pos++; // the quote
                String close = "\"" + "#".repeat(hashes);
                int end = s.indexOf(close, pos);
                pos = end < 0 ? s.length() : end + close.length();
                return;
            }
            pos++; // opening quote
            while (!eof() && peek() != '"') {
                if (peek() == '\\') pos++;
                pos++;
            }
            pos++;
        }

        private boolean atLiteral() {
            char ch = peek();
            if (ch == '"' || ch == '\'') return true;
            if (ch == 'b' && (startsWith("b\"") || startsWith("b'") || startsWith("br\"") || startsWith("br#"))) return true;
            return ch == 'r' && (startsWith("r\"") || startsWith("r#\"") || startsWith("r##"))
                    && (pos == 0 || !Character.isLetterOrDigit(s.charAt(pos - 1)));
        }

        /** Skips one balanced (…), […] or {…} group starting at the cursor. */
        void skipGroup() {
            int depth = 0;
            while (!eof()) {
                skipTrivia();
                if (eof()) return;
                if (atLiteral()) { skipString(); continue; }
                char ch = peek();
                pos++;
                if (ch == '(' || ch == '[' || ch == '{') depth++;
                else if (ch == ')' || ch == ']' || ch == '}') { depth--; if (depth <= 0) return; }
            }
        }

        /** Skips the rest of an item: to a `;` at depth 0, or through its `{…}` body. False at end of input. */
        boolean skipItemRest() {
            while (true) {
                skipTrivia();
                if (eof()) return false;
                if (atLiteral()) { skipString(); continue; }
                char ch = peek();
                if (ch == ';') { pos++; return true; }
                if (ch == '{') { skipGroup(); return true; }
                if (ch == '(' || ch == '[') { skipGroup(); continue; }
                pos++;
            }
        }
    }
}
