package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;
import java.util.List;

/** Generic parameters of an item (`<'a, T: Clone>`) and its where-clause. */
public record Generics(List<GenericParam> params, List<WherePredicate> where) {
    public static final Generics EMPTY = new Generics(List.of(), List.of());

    public Generics {
        params = List.copyOf(params);
        where = List.copyOf(where);
    }

    public sealed interface GenericParam {
        Ident name();

        record LifetimeParam(Ident name, List<Ident> bounds) implements GenericParam {
            public LifetimeParam { bounds = List.copyOf(bounds); }
        }

        record TypeParam(NodeId id, Ident name, List<Bound> bounds, TypeExpr defaultType) implements GenericParam {
            public TypeParam { bounds = List.copyOf(bounds); }
        }

        record ConstParam(NodeId id, Ident name, TypeExpr type) implements GenericParam {}
    }

    /**
     * A bound after `:`: a trait (possibly `?Sized`, possibly with `for<'a>`), a lifetime, or the
     * precise-capturing list `use<'a, T>` (meaningful only on a return-position `impl Trait`).
     */
    public sealed interface Bound {
        Span span();

        record TraitBound(Path path, boolean maybe, Span span) implements Bound {}
        record LifetimeBound(Ident lifetime) implements Bound {
            public Span span() { return lifetime.span(); }
        }
        record UseBound(Span span, List<Ident> captures) implements Bound {
            public UseBound { captures = List.copyOf(captures); }
        }

        /** Where the last of {@code bounds} ends, or {@code from} when that is later. */
        static int end(int from, List<Bound> bounds) {
            int end = from;
            for (Bound b : bounds) if (b.span() != null) end = Math.max(end, b.span().hi());
            return end;
        }
    }

    /** `T: Bound + Bound` or `'a: 'b` in a where-clause. */
    public record WherePredicate(Span span, TypeExpr boundedType, Ident boundedLifetime, List<Bound> bounds) {
        public WherePredicate { bounds = List.copyOf(bounds); }
    }
}
