package dev.heaplab.core.resolve;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.SourceMap;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;

/** rustc's definition spans of the program's items, where its notes point ("similarly named struct `P` defined here"). */
public final class DefinitionSpans {
    private DefinitionSpans() {}

    /** A struct or enum: from `pub`/`struct`/`enum` (after the attributes) to the end of its name; null for other items. */
    public static Span adtHead(Item item, SourceFile source) {
        if (!(item instanceof Item.StructDecl || item instanceof Item.EnumDecl) || source == null) return null;
        return head(item.span().lo(), item.name().span(), source);
    }

    /**
     * The same for a struct or enum known by its whole span and name only (after type checking, where the
     * syntax is gone): its name is found after `struct`/`enum` in the source.
     */
    public static Span adtHead(Span item, String name, SourceFile source) {
        if (source == null || !source.contains(item.lo())) return null;
        int from = item.lo() - source.startPos(), to = Math.min(item.hi() - source.startPos(), source.text().length());
        if (from >= to) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:struct|enum)\\s+(" + java.util.regex.Pattern.quote(name) + ")\\b")
                .matcher(source.text()).region(from, to);
        if (!m.find()) return null;
        return head(item.lo(), new Span(m.start(1) + source.startPos(), m.end(1) + source.startPos()), source);
    }

    /** From after the attributes of the item starting at {@code itemLo} to the end of its name. */
    private static Span head(int itemLo, Span name, SourceFile source) {
        String text = source.text();
        int from = itemLo - source.startPos(), to = name.lo() - source.startPos();
        if (from < 0 || to > text.length() || from > to) return null;
        int start = from + text.substring(from, to).lastIndexOf(']') + 1; // after the attributes
        while (start < to && Character.isWhitespace(text.charAt(start))) start++;
        return new Span(start + source.startPos(), name.hi());
    }

    /** A function: from its start to its return type (or its body), trailing blanks left out. */
    public static Span fnSignature(Item.FnDecl decl, SourceMap sources) {
        int hi = decl.ret() != null ? decl.ret().span().hi() : decl.body() != null ? decl.body().span().lo() : decl.span().hi();
        SourceFile file = sources == null ? null : sources.fileOf(decl.span());
        if (file == null) return new Span(decl.span().lo(), hi);
        String text = file.slice(new Span(decl.span().lo(), hi));
        return new Span(decl.span().lo(), decl.span().lo() + text.stripTrailing().length());
    }
}
