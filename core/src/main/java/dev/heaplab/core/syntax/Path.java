package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;
import java.util.List;

/**
 * A path such as `Vec::<i32>::new`, `std::mem::swap`, `Self`, `Option::Some`.
 * {@code global} is a leading `::`; {@code qself} the `<T as Trait>` of a qualified path
 * (`<T as Trait>::Name`: the segments are then those after it), null otherwise.
 */
public record Path(Span span, List<PathSegment> segments, boolean global, QSelf qself) {
    public Path { segments = List.copyOf(segments); }

    public Path(Span span, List<PathSegment> segments, boolean global) { this(span, segments, global, null); }

    /** `<T as Trait>` or `<T>` in front of a qualified path ({@code trait} null for `<T>`). */
    public record QSelf(Span span, TypeExpr self, Path trait) {}

    public PathSegment last() { return segments.get(segments.size() - 1); }

    public boolean isSingle() { return !global && qself == null && segments.size() == 1; }

    /** Segments joined by `::`, without generic arguments. */
    public String text() {
        StringBuilder sb = new StringBuilder(global ? "::" : "");
        if (qself != null) sb.append("<…>::");
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) sb.append("::");
            sb.append(segments.get(i).name().name());
        }
        return sb.toString();
    }

    /** One segment: a name and its generic arguments (`Vec<T>` or turbofish `::<T>`), possibly empty. */
    public record PathSegment(Ident name, List<GenericArg> args) {
        public PathSegment { args = List.copyOf(args); }
    }

    /** An argument inside `<...>`. */
    public sealed interface GenericArg {
        record TypeArg(TypeExpr type) implements GenericArg {}
        record LifetimeArg(Ident lifetime) implements GenericArg {}
        record ConstArg(Expr value) implements GenericArg {}
        /** `Item = T` in `Iterator<Item = T>`. */
        record AssocBinding(Ident name, TypeExpr type) implements GenericArg {}
    }
}
