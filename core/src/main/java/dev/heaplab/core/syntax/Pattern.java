package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;
import java.util.List;

/** A pattern in `let`, parameters, `match` arms, `for`, `if let` and `while let`. */
public sealed interface Pattern {
    NodeId id();
    Span span();

    /** `_`. */
    record Wildcard(NodeId id, Span span) implements Pattern {}
    /** `..` inside tuple, tuple-struct and slice patterns. */
    record Rest(NodeId id, Span span) implements Pattern {}
    /** `ref mut name @ sub`; sub may be null. A single-segment path that names a unit variant or const is still parsed as a Binding; resolution decides. */
    record Binding(NodeId id, Span span, Ident name, boolean byRef, boolean mutable, Pattern sub) implements Pattern {}
    /** A literal, possibly negated: `1`, `-1`, `'a'`, `"s"`, `true`. */
    record Literal(NodeId id, Span span, Expr value) implements Pattern {}
    /** `a..=b`, `a..b`, `a..`, `..=b`; bounds are literal or path expressions, null when open. */
    record Range(NodeId id, Span span, Expr lo, Expr hi, boolean inclusive) implements Pattern {}
    /** `(a, b, ..)`. */
    record Tuple(NodeId id, Span span, List<Pattern> elems) implements Pattern {
        public Tuple { elems = List.copyOf(elems); }
    }
    /** A path naming a unit struct, unit variant or constant: `None`, `Color::Red`. */
    record PathPat(NodeId id, Span span, Path path) implements Pattern {}
    /** `Some(x)`, `Point(a, ..)`. */
    record TupleStruct(NodeId id, Span span, Path path, List<Pattern> elems) implements Pattern {
        public TupleStruct { elems = List.copyOf(elems); }
    }
    /** `Point { x, y: 0, .. }`. */
    record Struct(NodeId id, Span span, Path path, List<FieldPat> fields, boolean hasRest) implements Pattern {
        public Struct { fields = List.copyOf(fields); }
    }
    /** `&p`, `&mut p`. */
    record Ref(NodeId id, Span span, boolean mutable, Pattern inner) implements Pattern {}
    /** `a | b | c`. */
    record Or(NodeId id, Span span, List<Pattern> alts) implements Pattern {
        public Or { alts = List.copyOf(alts); }
    }
    /** `[a, b, rest @ ..]`. */
    record Slice(NodeId id, Span span, List<Pattern> elems) implements Pattern {
        public Slice { elems = List.copyOf(elems); }
    }

    /** `name: pat` or shorthand `name` (then pattern is a Binding with the same name). */
    record FieldPat(Span span, Ident name, Pattern pattern, boolean shorthand) {}

    /** `..` in a slice pattern, alone or bound (`rest @ ..`). */
    static boolean isRestLike(Pattern p) {
        return p instanceof Rest || (p instanceof Binding b && b.sub() instanceof Rest);
    }
}
