package dev.heaplab.core.mir;

import dev.heaplab.core.source.Span;
import java.math.BigInteger;
import java.util.List;

/**
 * How a basic block ends. {@code unwind} targets are cleanup blocks run while a panic unwinds,
 * or null when nothing needs dropping (then unwinding continues to the caller).
 */
public sealed interface Terminator {
    Span span();

    record Goto(Span span, BlockId target) implements Terminator {}
    /** Jump to the target whose value equals the operand, else to {@code otherwise}. */
    record SwitchInt(Span span, Operand discr, List<BigInteger> values, List<BlockId> targets, BlockId otherwise)
            implements Terminator {
        public SwitchInt {
            values = List.copyOf(values);
            targets = List.copyOf(targets);
        }
    }
    record Return(Span span) implements Terminator {}
    /** End of a cleanup path: continue unwinding in the caller. */
    record UnwindResume(Span span) implements Terminator {}
    record Unreachable(Span span) implements Terminator {}
    /**
     * Drop the value at {@code place} if initialised (runs `Drop::drop`, then drops fields/elements, frees heap).
     * When {@code flag} is non-null, the drop only happens if that bool local is true (drop elaboration).
     */
    record Drop(Span span, Place place, Local flag, BlockId target, BlockId unwind) implements Terminator {}
    /**
     * Call {@code func} (an Operand of FnDef, FnPtr or closure type) with {@code args}, storing the
     * result in {@code destination}, then continue at {@code target} (null for diverging calls).
     * {@code span} is rustc's {@code fn_span}: for a method call it starts at the method's name, where
     * `#[track_caller]` panics point. {@code site} holds the source spans the borrow checker reports.
     */
    record Call(Span span, Operand func, List<Operand> args, Place destination, BlockId target, BlockId unwind,
                Site site) implements Terminator {
        public Call { args = List.copyOf(args); }

        /** A call with no more to say about its source than its span (an operator, a desugaring). */
        public Call(Span span, Operand func, List<Operand> args, Place destination, BlockId target, BlockId unwind) {
            this(span, func, args, destination, target, unwind, new Site(span, null, List.of()));
        }

        /** The whole call expression (receiver included), where rustc reports a two-phase borrow's activation. */
        public Span exprSpan() { return site.expr(); }

        /**
         * Where a call sits in the source, as rustc's MIR keeps it: {@code expr} the whole expression,
         * {@code func} the callee as written (a path, a method's name; null for operators and
         * desugarings, rustc's `CallSource::OverloadedOperator`), {@code args} each argument's
         * expression (empty when not written as a call's arguments).
         */
        public record Site(Span expr, Span func, List<Span> args) {
            public Site { args = List.copyOf(args); }
        }
    }
    /** Panic with {@code message} unless {@code cond} equals {@code expected}. */
    record Assert(Span span, Operand cond, boolean expected, AssertMessage message, BlockId target, BlockId unwind)
            implements Terminator {}

    /** Why an Assert fails; rendered exactly as rustc's panic messages. */
    sealed interface AssertMessage {
        /** `index out of bounds: the len is {len} but the index is {index}`. */
        record BoundsCheck(Operand len, Operand index) implements AssertMessage {}
        /** `attempt to add with overflow` and friends; op is the Rvalue.BinOp name. */
        record Overflow(Rvalue.BinOp op) implements AssertMessage {
            /** rustc's panic message, the one wording the machine, the bytecode tier and the MIR printer use. */
            public String text() {
                return "attempt to " + switch (op) {
                    case ADD -> "add";
                    case SUB -> "subtract";
                    case MUL -> "multiply";
                    case DIV -> "divide";
                    case REM -> "calculate the remainder";
                    case SHL -> "shift left";
                    case SHR -> "shift right";
                    case BIT_AND, BIT_OR, BIT_XOR, EQ, NE, LT, LE, GT, GE, OFFSET -> op.name().toLowerCase(java.util.Locale.ROOT);
                } + " with overflow";
            }
        }
        /** `attempt to negate with overflow`. */
        record OverflowNeg() implements AssertMessage {
            public String text() { return "attempt to negate with overflow"; }
        }
        /** `attempt to divide by zero` / `attempt to calculate the remainder with a divisor of zero`. */
        record DivisionByZero(boolean remainder) implements AssertMessage {
            public String text() {
                return remainder ? "attempt to calculate the remainder with a divisor of zero" : "attempt to divide by zero";
            }
        }
    }
}
