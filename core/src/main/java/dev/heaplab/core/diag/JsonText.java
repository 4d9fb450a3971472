package dev.heaplab.core.diag;

import java.util.List;

/** A minimal JSON writer for one-line objects (core has no JSON library at run time). */
final class JsonText {
    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    JsonText() { out.append('{'); }

    JsonText field(String name, String value) { return raw(name, value == null ? "null" : quote(value)); }

    JsonText field(String name, long value) { return raw(name, Long.toString(value)); }

    JsonText field(String name, boolean value) { return raw(name, Boolean.toString(value)); }

    JsonText field(String name, JsonText value) { return raw(name, value == null ? "null" : value.toString()); }

    JsonText array(String name, List<JsonText> values) {
        StringBuilder a = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) a.append(i == 0 ? "" : ",").append(values.get(i));
        return raw(name, a.append(']').toString());
    }

    private JsonText raw(String name, String json) {
        if (!first) out.append(',');
        first = false;
        out.append(quote(name)).append(':').append(json);
        return this;
    }

    @Override public String toString() { return out + "}"; }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
