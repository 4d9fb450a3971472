package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;
import java.util.List;

/**
 * A path such as `Vec::<i32>::new`, `std::mem::swap`, `Self`, `Option::Some`.
 * {@code global} is a leading `::`.
 */
public record Path(Span span, List<PathSegment> segments, boolean global) {
    public Path { segments = List.copyOf(segments); }

    public PathSegment last() { return segments.get(segments.size() - 1); }

    public boolean isSingle() { return !global && segments.size() == 1; }

    /** Segments joined by `::`, without generic arguments. */
    public String text() {
        StringBuilder sb = new StringBuilder(global ? "::" : "");
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
