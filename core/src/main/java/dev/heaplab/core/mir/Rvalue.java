package dev.heaplab.core.mir;

import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.List;

/** The right side of an assignment. */
public sealed interface Rvalue {
    /** The operands this rvalue reads (none for borrows, lengths and discriminants, which read places). */
    static java.util.List<Operand> operandsOf(Rvalue r) {
        return switch (r) {
            case Use u -> java.util.List.of(u.operand());
            case Repeat rp -> java.util.List.of(rp.operand());
            case Ref rf -> java.util.List.of();
            case RawPtr rp -> java.util.List.of();
            case Len l -> java.util.List.of();
            case Cast c -> java.util.List.of(c.operand());
            case BinaryOp b -> java.util.List.of(b.lhs(), b.rhs());
            case CheckedBinaryOp b -> java.util.List.of(b.lhs(), b.rhs());
            case UnaryOp u -> java.util.List.of(u.operand());
            case Discriminant d -> java.util.List.of();
            case Aggregate a -> a.operands();
            case ClosureValue c -> c.captures();
        };
    }

    record Use(Operand operand) implements Rvalue {}
    /** `[op; count]`. */
    record Repeat(Operand operand, long count) implements Rvalue {}
    /** `&place`, `&mut place`; two-phase borrows (autoref for method calls) are marked. */
    record Ref(BorrowKind kind, Place place) implements Rvalue {}
    /** `&raw const place`. */
    record RawPtr(boolean mutable, Place place) implements Rvalue {}
    /** Length of an array or slice place. */
    record Len(Place place) implements Rvalue {}
    record Cast(CastKind kind, Operand operand, Ty target) implements Rvalue {}
    /** Unchecked arithmetic and comparisons (overflow is checked separately by CheckedBinaryOp + Assert). */
    record BinaryOp(BinOp op, Operand lhs, Operand rhs) implements Rvalue {}
    /** Produces `(result, overflowed)` for + - * << >> on integers. */
    record CheckedBinaryOp(BinOp op, Operand lhs, Operand rhs) implements Rvalue {}
    record UnaryOp(UnOp op, Operand operand) implements Rvalue {}
    /** The discriminant value of an enum place. */
    record Discriminant(Place place) implements Rvalue {}
    record Aggregate(AggregateKind kind, List<Operand> operands) implements Rvalue {
        public Aggregate { operands = List.copyOf(operands); }
    }
    /** A closure value capturing the operands (in the closure's capture order). */
    record ClosureValue(DefId closure, Ty closureTy, List<Operand> captures) implements Rvalue {
        public ClosureValue { captures = List.copyOf(captures); }
    }

    enum BorrowKind { SHARED, MUT, TWO_PHASE_MUT, SHALLOW }

    enum CastKind { INT_TO_INT, INT_TO_FLOAT, FLOAT_TO_INT, FLOAT_TO_FLOAT, PTR_TO_PTR, UNSIZE, FN_TO_PTR, TRANSMUTE }

    enum BinOp { ADD, SUB, MUL, DIV, REM, BIT_AND, BIT_OR, BIT_XOR, SHL, SHR, EQ, NE, LT, LE, GT, GE, OFFSET }

    enum UnOp { NOT, NEG }

    /** What an Aggregate builds. */
    sealed interface AggregateKind {
        record Tuple() implements AggregateKind {}
        record Array(Ty elem) implements AggregateKind {}
        /** A struct (variant 0) or an enum variant, with the ADT's type arguments. */
        record Adt(DefId adt, int variant, List<Ty> args) implements AggregateKind {
            public Adt { args = List.copyOf(args); }
        }
    }
}
