package dev.heaplab.doc;

/** Escaping for text and attribute values, and removal of characters XML (hence the page) cannot hold. */
public final class Html {
    private Html() {}

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return legal(out.toString());
    }

    /**
     * Replaces what may not appear in an HTML/XML document (control characters other than tab and
     * line ends, lone surrogates, U+FFFE/U+FFFF) by U+FFFD, so program output and odd Markdown
     * never make the page ill-formed.
     */
    public static String legal(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f) || (c > 0x9f && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (out != null) out.append(ok ? c : '\uFFFD');
        }
        return out == null ? s : out.toString();
    }
}
