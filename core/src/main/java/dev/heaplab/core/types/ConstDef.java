package dev.heaplab.core.types;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;

/** A `const` or `static` item: its type and initializer expression (type-checked like a body). */
public record ConstDef(DefId id, String name, Ty ty, Expr value, boolean isStatic, boolean mutable, Span span) {}
