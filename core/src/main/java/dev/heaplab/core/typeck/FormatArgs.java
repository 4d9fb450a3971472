package dev.heaplab.core.typeck;

import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import java.util.List;

/**
 * A formatting macro (println!, format!, write!, panic!, assert! messages…) after type checking:
 * its parsed template and its arguments in template index order — explicit expressions first, then
 * names captured implicitly from the string (`{x}`), each resolved like a path expression.
 */
public record FormatArgs(FormatTemplate template, List<Arg> args) {
    public FormatArgs { args = List.copyOf(args); }

    public sealed interface Arg {
        record Explicit(Expr expr) implements Arg {}
        /** `{name}` capturing a variable or constant; {@code res} is its resolution. */
        record Captured(String name, Res res, Span span) implements Arg {}
    }
}
