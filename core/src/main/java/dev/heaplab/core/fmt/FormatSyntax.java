package dev.heaplab.core.fmt;

import java.util.List;

/**
 * A format string as written, before its holes are mapped to arguments: rustc_parse_format's
 * pieces. Positions are char indices into the literal's value (see {@link LiteralMap}).
 */
record FormatSyntax(List<Piece> pieces) {
    FormatSyntax { pieces = List.copyOf(pieces); }

    sealed interface Piece {
        record Text(String text) implements Piece {}
        /** A `{...}` hole from {@code start} to {@code end} (braces included). */
        record Hole(int start, int end, Position position, Spec spec) implements Piece {}
    }

    /** Which argument a hole names. */
    sealed interface Position {
        /** `{}` / `{:?}`: the next positional argument. */
        record Next() implements Position {}
        record Index(int index, int start, int end) implements Position {}
        record Name(String name, int start, int end) implements Position {}
    }

    /** A width or precision as written. */
    sealed interface Count {
        record Absent() implements Count {}
        record Literal(int value) implements Count {}
        /** `N$`. */
        record Index(int index, int start, int end) implements Count {}
        /** `name$`. */
        record Name(String name, int start, int end) implements Count {}
        /** `.*`: the next positional argument, taken before the hole's own value. */
        record Star(int start, int end) implements Count {}
    }

    /** The part after `:`; {@code traitName} is as written (`""`, `?`, `x`, ...) with its position. */
    record Spec(int fill, FormatTemplate.Align align, boolean plus, boolean minus, boolean alternate,
                boolean zeroPad, Count width, Count precision, String traitName, int traitStart, int debugHex) {
        static Spec empty(int at) {
            return new Spec(' ', FormatTemplate.Align.NONE, false, false, false, false,
                    new Count.Absent(), new Count.Absent(), "", at, 0);
        }
    }
}
