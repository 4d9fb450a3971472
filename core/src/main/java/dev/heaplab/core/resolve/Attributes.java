package dev.heaplab.core.resolve;

import dev.heaplab.core.syntax.Item;
import java.util.ArrayList;
import java.util.List;

/** Reads outer attributes (`#[lang = "Vec"]`, `#[builtin]`, `#[derive(A, B)]`) from their raw words. */
public final class Attributes {
    private Attributes() {}

    public static Item.Attribute find(List<Item.Attribute> attrs, String name) {
        for (Item.Attribute a : attrs) if (a.name().equals(name)) return a;
        return null;
    }

    public static boolean has(List<Item.Attribute> attrs, String name) { return find(attrs, name) != null; }

    /** The words of an attribute without punctuation and quotes. */
    public static List<String> words(Item.Attribute a) {
        // split on runs of whitespace, `,`, `=`, `(` and `)` by hand: a regex split compiles its pattern
        // at every call, which the std stubs' hundreds of `#[builtin = "…"]` made a start-up cost
        List<String> out = new ArrayList<>();
        for (String raw : a.args()) {
            int i = 0, n = raw.length();
            while (i < n) {
                while (i < n && isSeparator(raw.charAt(i))) i++;
                int start = i;
                while (i < n && !isSeparator(raw.charAt(i))) i++;
                if (i > start) {
                    String t = raw.substring(start, i).replace("\"", "").trim();
                    if (!t.isEmpty()) out.add(t);
                }
            }
        }
        return out;
    }

    /** The characters of the regex {@code [\\s,=()]}. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ',' || c == '=' || c == '(' || c == ')';
    }

    /** `#[name = "value"]`'s value; {@code dflt} when absent or valueless. */
    public static String value(List<Item.Attribute> attrs, String name, String dflt) {
        Item.Attribute a = find(attrs, name);
        if (a == null) return dflt;
        List<String> w = words(a);
        return w.isEmpty() ? dflt : String.join("", w);
    }
}
