package dev.heaplab.core.fmt;

/**
 * Display and Debug of {@code str}, {@code char} and {@code bool} as Rust prints them. Debug uses
 * Rust's {@code escape_debug} rules:
 * <ul>
 *   <li>`\0`, `\t`, `\r`, `\n`, `\\` by name; `\"` only inside strings, `\'` only in chars;</li>
 *   <li>grapheme-extending marks (combining accents...) and non-printable code points as `&#92;u{hex}`,
 *   following rustc's own Unicode tables ({@link EscapeRanges});</li>
 *   <li>everything else as is.</li>
 * </ul>
 * Debug of str and char ignores width and precision, as Rust's does; Display pads.
 */
public final class TextFormat {
    private TextFormat() {}

    public static void displayStr(RustFormatter f, String s) { f.pad(s); }

    public static void displayChar(RustFormatter f, int codePoint) {
        if (f.width() == RustFormatter.NONE && f.precision() == RustFormatter.NONE) f.writeChar(codePoint);
        else f.pad(Character.toString(codePoint));
    }

    public static void displayBool(RustFormatter f, boolean b) { f.pad(b ? "true" : "false"); }

    public static void debugStr(RustFormatter f, String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            escapeDebug(sb, cp, true);
            i += Character.charCount(cp);
        }
        f.write(sb.append('"'));
    }

    public static void debugChar(RustFormatter f, int codePoint) {
        StringBuilder sb = new StringBuilder(8).append('\'');
        escapeDebug(sb, codePoint, false);
        f.write(sb.append('\''));
    }

    /** Appends one code point escaped as in a Debug string ({@code inString}) or char literal. */
    public static void escapeDebug(StringBuilder out, int cp, boolean inString) {
        switch (cp) {
            case 0 -> out.append("\\0");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            case '\n' -> out.append("\\n");
            case '\\' -> out.append("\\\\");
            case '"' -> out.append(inString ? "\\\"" : "\"");
            case '\'' -> out.append(inString ? "'" : "\\'");
            default -> {
                if (EscapeRanges.escaped(cp)) {
                    out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }

}
