package dev.heaplab.core.fmt;

import java.util.List;

/**
 * A format string (`"{} is {x:>5.2}"`) parsed into literal text and argument holes. Argument
 * indices refer to the macro's arguments after named and implicitly captured ones are appended.
 */
public record FormatTemplate(List<Piece> pieces) {
    public FormatTemplate { pieces = List.copyOf(pieces); }

    public sealed interface Piece {
        record Literal(String text) implements Piece {}
        record Argument(int argIndex, FormatSpec spec) implements Piece {}
    }

    /** Which formatting trait a hole uses: `{}`, `{:?}`, `{:x}`, .... */
    public enum Trait { DISPLAY, DEBUG, LOWER_HEX, UPPER_HEX, OCTAL, BINARY, LOWER_EXP, UPPER_EXP, POINTER }

    public enum Align { NONE, LEFT, CENTER, RIGHT }

    /** A width or precision: absent, a literal, or taken from an argument (`{:1$}`, `{:.*}`). */
    public sealed interface Count {
        record Absent() implements Count {}
        record Literal(int value) implements Count {}
        record FromArg(int argIndex) implements Count {}
    }

    /** Everything after the `:` of a hole. {@code debugHex} is `{:x?}`/`{:X?}` (0 none, 1 lower, 2 upper). */
    public record FormatSpec(int fill, Align align, boolean plus, boolean minus, boolean alternate, boolean zeroPad,
                             Count width, Count precision, Trait trait, int debugHex) {
        public static final FormatSpec DEFAULT = new FormatSpec(' ', Align.NONE, false, false, false, false,
                new Count.Absent(), new Count.Absent(), Trait.DISPLAY, 0);
    }
}
