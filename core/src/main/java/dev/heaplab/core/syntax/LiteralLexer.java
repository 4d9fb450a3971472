package dev.heaplab.core.syntax;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Set;

/**
 * The literal half of the {@link Lexer}: numbers, chars, strings (plain, raw, byte) and their
 * escapes, decoded to {@link Expr.LitValue}s, with rustc's lexical error messages.
 */
final class LiteralLexer {
    private static final Set<String> INT_SUFFIXES = Set.of("u8", "u16", "u32", "u64", "u128", "usize",
            "i8", "i16", "i32", "i64", "i128", "isize");
    private static final Set<String> FLOAT_SUFFIXES = Set.of("f32", "f64");

    private final Lexer lx;

    LiteralLexer(Lexer lx) { this.lx = lx; }

    Token number(boolean space, boolean afterDot) {
        int lo = lx.pos;
        int radix = 10;
        if (lx.peek(0) == '0' && (lx.peek(1) == 'x' || lx.peek(1) == 'o' || lx.peek(1) == 'b')) {
            radix = lx.peek(1) == 'x' ? 16 : lx.peek(1) == 'o' ? 8 : 2;
            lx.pos += 2;
        }
        StringBuilder digits = new StringBuilder();
        boolean isFloat = false;
        digits(digits, radix == 10 ? 10 : 16);
        if (radix != 10) {
            boolean bad = digits.isEmpty();
            for (int i = 0; i < digits.length() && !bad; i++) bad = Character.digit(digits.charAt(i), radix) < 0;
            int suffixStart = lx.pos;
            lx.identTail();
            if (digits.isEmpty()) {
                lx.error("E0768", "no valid digits found for number", lo, lx.pos, "");
                return lx.make(TokenKind.INT, lo, new Expr.LitValue.Int(BigInteger.ZERO, ""), false, space);
            }
            if (bad) {
                lx.error(null, "invalid digit for a base " + radix + " literal", lo, lx.pos, "");
                return lx.make(TokenKind.INT, lo, new Expr.LitValue.Int(BigInteger.ZERO, ""), false, space);
            }
            String suffix = suffix(lo, suffixStart, INT_SUFFIXES);
            return lx.make(TokenKind.INT, lo, new Expr.LitValue.Int(new BigInteger(digits.toString(), radix), suffix), false, space);
        }
        StringBuilder text = new StringBuilder(digits);
        if (!afterDot && lx.peek(0) == '.' && lx.peek(1) != '.' && !Lexer.isIdentStart(lx.peek(1))) {
            isFloat = true;
            lx.pos++;
            text.append('.');
            if (Character.isDigit(lx.peek(0))) digits(text, 10);
        }
        if (!afterDot && (lx.peek(0) == 'e' || lx.peek(0) == 'E')
                && (Character.isDigit(lx.peek(1)) || ((lx.peek(1) == '+' || lx.peek(1) == '-') && Character.isDigit(lx.peek(2))))) {
            isFloat = true;
            text.append('e');
            lx.pos++;
            if (lx.peek(0) == '+' || lx.peek(0) == '-') text.append(lx.src.charAt(lx.pos++));
            digits(text, 10);
        }
        int suffixStart = lx.pos;
        lx.identTail();
        String raw = lx.src.substring(suffixStart, lx.pos);
        if (FLOAT_SUFFIXES.contains(raw)) isFloat = true;
        if (isFloat) {
            String suffix = suffix(lo, suffixStart, FLOAT_SUFFIXES);
            return lx.make(TokenKind.FLOAT, lo, new Expr.LitValue.Float(text.toString(), suffix), false, space);
        }
        String suffix = suffix(lo, suffixStart, INT_SUFFIXES);
        return lx.make(TokenKind.INT, lo, new Expr.LitValue.Int(new BigInteger(digits.toString()), suffix), false, space);
    }

    /** Reads digits (and `_`) up to the given radix into {@code out}, skipping underscores. */
    private void digits(StringBuilder out, int radix) {
        while (!lx.atEnd(0) && (Character.digit(lx.peek(0), radix) >= 0 || lx.peek(0) == '_')) {
            char c = lx.src.charAt(lx.pos++);
            if (c != '_') out.append(c);
        }
    }

    private String suffix(int lo, int suffixStart, Set<String> allowed) {
        String s = lx.src.substring(suffixStart, lx.pos);
        if (s.isEmpty() || allowed.contains(s)) return s;
        String what = allowed == FLOAT_SUFFIXES ? "float" : "number";
        lx.error(null, "invalid suffix `" + s + "` for " + what + " literal", lo, lx.pos, "invalid suffix `" + s + "`");
        return "";
    }

    Token charLit(boolean space, boolean isByte) {
        int lo = lx.pos;
        lx.pos += isByte ? 2 : 1;
        int value = 0;
        int count = 0;
        while (!lx.atEnd(0) && lx.peek(0) != '\'' && lx.peek(0) != '\n') {
            int v = lx.peek(0) == '\\' ? escape(isByte, false) : plainChar(isByte);
            if (count++ == 0) value = v;
        }
        if (lx.peek(0) != '\'') {
            String what = isByte ? "byte constant" : "character literal";
            lx.error(isByte ? "E0763" : "E0762", "unterminated " + what, isByte ? lo + 1 : lo, lx.pos, ""); // rustc: from the quote
        } else {
            lx.pos++;
            if (count == 0) {
                lx.error(null, "empty character literal", lo, lx.pos, "empty character literal");
            } else if (count > 1) {
                String what = isByte ? "byte literal" : "character literal";
                lx.error(null, what + " may only contain one codepoint", lo, lx.pos, "");
            }
        }
        Expr.LitValue v = isByte ? new Expr.LitValue.Byte(value & 0xff) : new Expr.LitValue.Char(value);
        return lx.make(isByte ? TokenKind.BYTE : TokenKind.CHAR, lo, v, false, space);
    }

    private int plainChar(boolean isByte) {
        int at = lx.pos;
        int cp = lx.src.codePointAt(lx.pos);
        lx.pos += Character.charCount(cp);
        if (isByte && cp > 0x7f) {
            lx.error(null, "non-ASCII character in byte literal", at, lx.pos, "must be ASCII");
        }
        return cp;
    }

    Token string(boolean space, boolean isByte) {
        int lo = lx.pos;
        lx.pos += isByte ? 2 : 1;
        StringBuilder sb = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!lx.atEnd(0) && lx.peek(0) != '"') {
            if (lx.peek(0) == '\\' && (lx.peek(1) == '\n' || (lx.peek(1) == '\r' && lx.peek(2) == '\n'))) {
                lx.pos++;
                while (!lx.atEnd(0) && Character.isWhitespace(lx.peek(0))) lx.pos++;
                continue;
            }
            int cp = lx.peek(0) == '\\' ? escape(isByte, true) : plainChar(isByte);
            if (cp == '\r' && lx.peek(0) == '\n') continue; // CRLF in a literal is LF
            sb.appendCodePoint(cp);
            bytes.write(cp);
        }
        if (lx.atEnd(0)) {
            lx.error("E0765", "unterminated double quote " + (isByte ? "byte string" : "string"), lo, lx.pos, "");
        } else {
            lx.pos++;
        }
        if (isByte) return lx.make(TokenKind.BYTE_STR, lo, new Expr.LitValue.ByteStr(bytes.toByteArray()), false, space);
        return lx.make(TokenKind.STR, lo, new Expr.LitValue.Str(sb.toString()), false, space);
    }

    Token rawString(boolean space) {
        int lo = lx.pos;
        boolean isByte = lx.peek(0) == 'b';
        lx.pos += isByte ? 2 : 1;
        int hashes = 0;
        while (lx.peek(0) == '#') { hashes++; lx.pos++; }
        if (lx.peek(0) != '"') {
            lx.error(null, "found invalid character; only `#` is allowed in raw string delimitation", lo, lx.pos, "");
            return lx.make(TokenKind.STR, lo, new Expr.LitValue.Str(""), false, space);
        }
        lx.pos++;
        int contentStart = lx.pos;
        String close = "\"" + "#".repeat(hashes);
        int end = lx.src.indexOf(close, contentStart);
        if (end < 0) {
            lx.pos = lx.src.length();
            lx.error("E0748", "unterminated raw string", lo, lo + 1, "unterminated raw string");
            end = lx.pos;
        } else {
            lx.pos = end + close.length();
        }
        String content = lx.src.substring(contentStart, end).replace("\r\n", "\n");
        if (isByte) {
            return lx.make(TokenKind.BYTE_STR, lo, new Expr.LitValue.ByteStr(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), false, space);
        }
        return lx.make(TokenKind.STR, lo, new Expr.LitValue.Str(content), false, space);
    }

    /** Decodes one escape sequence starting at a backslash; reports and recovers on bad ones. */
    private int escape(boolean isByte, boolean inString) {
        int at = lx.pos;
        lx.pos++;
        if (lx.atEnd(0)) return '\\';
        char c = lx.src.charAt(lx.pos++);
        switch (c) {
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case '\\': return '\\';
            case '0': return 0;
            case '\'': return '\'';
            case '"': return '"';
            case 'x': {
                int v = 0;
                for (int i = 0; i < 2; i++) {
                    int d = Character.digit(lx.peek(0), 16);
                    if (d < 0) {
                        lx.error(null, "numeric character escape is too short", at, lx.pos, "");
                        return v;
                    }
                    v = v * 16 + d;
                    lx.pos++;
                }
                if (!isByte && v > 0x7f) {
                    lx.error(null, "out of range hex escape", at, lx.pos, "must be a character in the range [\\x00-\\x7f]");
                }
                return v;
            }
            case 'u': {
                if (isByte) {
                    lx.error(null, "unicode escape in byte string", at, lx.pos, "unicode escape in byte string");
                }
                if (lx.peek(0) != '{') {
                    lx.error(null, "incorrect unicode escape sequence", at, lx.pos, "incorrect unicode escape sequence");
                    return 0;
                }
                lx.pos++;
                long v = 0;
                int n = 0;
                while (!lx.atEnd(0) && lx.peek(0) != '}' && (Character.digit(lx.peek(0), 16) >= 0 || lx.peek(0) == '_')) {
                    char h = lx.src.charAt(lx.pos++);
                    if (h != '_') { v = v * 16 + Character.digit(h, 16); n++; if (v > 0x10ffff) v = 0x110000; }
                }
                if (lx.peek(0) != '}') {
                    lx.error(null, "unterminated unicode escape", at, lx.pos, "missing a closing `}`");
                    return 0;
                }
                lx.pos++;
                if (n == 0 || n > 6) {
                    lx.error(null, n == 0 ? "empty unicode escape" : "overlong unicode escape", at, lx.pos, "");
                    return 0;
                }
                if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
                    lx.error(null, "invalid unicode character escape", at, lx.pos, "invalid escape");
                    return 0;
                }
                return (int) v;
            }
            default: {
                lx.pos--;
                int cp = lx.src.codePointAt(lx.pos);
                lx.pos += Character.charCount(cp);
                lx.error(null, "unknown character escape: `" + new String(Character.toChars(cp)) + "`",
                        lx.pos - Character.charCount(cp), lx.pos, "unknown character escape");
                return cp;
            }
        }
    }
}
