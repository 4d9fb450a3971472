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
        List<String> out = new ArrayList<>();
        for (String raw : a.args()) {
            for (String w : raw.split("[\\s,=()]+")) {
                String t = w.replace("\"", "").trim();
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    /** `#[name = "value"]`'s value; {@code dflt} when absent or valueless. */
    public static String value(List<Item.Attribute> attrs, String name, String dflt) {
        Item.Attribute a = find(attrs, name);
        if (a == null) return dflt;
        List<String> w = words(a);
        return w.isEmpty() ? dflt : String.join("", w);
    }
}
