package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;
import java.util.List;

/** A type as written in the source. */
public sealed interface TypeExpr {
    NodeId id();
    Span span();

    /** `i32`, `Vec<T>`, `Self`, `std::rc::Rc<T>`, `T`. */
    record PathType(NodeId id, Span span, Path path) implements TypeExpr {}
    /** `&'a mut T`; lifetime may be null. */
    record RefType(NodeId id, Span span, Ident lifetime, boolean mutable, TypeExpr inner) implements TypeExpr {}
    /** `*const T` / `*mut T`. */
    record RawPtrType(NodeId id, Span span, boolean mutable, TypeExpr inner) implements TypeExpr {}
    /** `(A, B)`; the unit type is an empty tuple. */
    record TupleType(NodeId id, Span span, List<TypeExpr> elems) implements TypeExpr {
        public TupleType { elems = List.copyOf(elems); }
    }
    /** `[T; N]`. */
    record ArrayType(NodeId id, Span span, TypeExpr elem, Expr len) implements TypeExpr {}
    /** `[T]`. */
    record SliceType(NodeId id, Span span, TypeExpr elem) implements TypeExpr {}
    /** `fn(A) -> B`. */
    record FnPtrType(NodeId id, Span span, List<TypeExpr> params, TypeExpr ret) implements TypeExpr {
        public FnPtrType { params = List.copyOf(params); }
    }
    /** `impl Trait + 'a`. */
    record ImplTraitType(NodeId id, Span span, List<Generics.Bound> bounds) implements TypeExpr {
        public ImplTraitType { bounds = List.copyOf(bounds); }

        /** The whole `impl A + 'a + use<..>` ({@link #span} is its `impl` keyword's). */
        public Span withBounds() { return new Span(span.lo(), Generics.Bound.end(span.hi(), bounds)); }
    }
    /** `dyn Trait + 'a`. */
    record DynTraitType(NodeId id, Span span, List<Generics.Bound> bounds) implements TypeExpr {
        public DynTraitType { bounds = List.copyOf(bounds); }
    }
    /** `!`. */
    record NeverType(NodeId id, Span span) implements TypeExpr {}
    /** `_`. */
    record InferType(NodeId id, Span span) implements TypeExpr {}
}
