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
        dev.heaplab.core.syntax.Ident name = item.name();
        String text = source.text();
        int from = item.span().lo() - source.startPos(), to = name.span().lo() - source.startPos();
        if (from < 0 || to > text.length() || from > to) return null;
        int start = from + text.substring(from, to).lastIndexOf(']') + 1; // after the attributes
        while (start < to && Character.isWhitespace(text.charAt(start))) start++;
        return new Span(start + source.startPos(), name.span().hi());
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
