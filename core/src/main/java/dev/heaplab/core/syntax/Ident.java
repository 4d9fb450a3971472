package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;

/** A name as written, with its span. Tuple fields (`.0`) are idents named "0". */
public record Ident(String name, Span span) {
    @Override public String toString() { return name; }
}
