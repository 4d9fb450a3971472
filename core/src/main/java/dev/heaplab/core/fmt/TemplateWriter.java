package dev.heaplab.core.fmt;

import dev.heaplab.core.fmt.FormatTemplate.Count;
import dev.heaplab.core.fmt.FormatTemplate.Piece;
import dev.heaplab.core.fmt.FormatTemplate.Trait;

/**
 * Writes a {@link FormatTemplate} as Rust's {@code fmt::write} does: literal pieces as they are,
 * each hole through a fresh {@link RustFormatter} whose width and precision are resolved from
 * literals or from `usize` arguments.
 */
public final class TemplateWriter {
    /** The macro's argument values as the machine sees them. */
    public interface Arguments {
        /** Formats argument {@code index} with {@code trait} into {@code f}. */
        void format(int index, Trait trait, RustFormatter f);

        /** The value of a `usize` argument used as a width or precision. */
        long usize(int index);
    }

    private TemplateWriter() {}

    public static void write(StringBuilder out, FormatTemplate template, Arguments args) {
        for (Piece piece : template.pieces()) {
            switch (piece) {
                case Piece.Literal l -> out.append(l.text());
                case Piece.Argument a -> {
                    int width = resolve(a.spec().width(), args);
                    int precision = resolve(a.spec().precision(), args);
                    args.format(a.argIndex(), a.spec().trait(), RustFormatter.of(out, a.spec(), width, precision));
                }
            }
        }
    }

    /** The hole's count as a number, {@link RustFormatter#NONE} when absent; huge values saturate. */
    private static int resolve(Count count, Arguments args) {
        return switch (count) {
            case Count.Absent a -> RustFormatter.NONE;
            case Count.Literal l -> l.value();
            case Count.FromArg f -> {
                long v = args.usize(f.argIndex());
                yield v < 0 || v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
            }
        };
    }
}
