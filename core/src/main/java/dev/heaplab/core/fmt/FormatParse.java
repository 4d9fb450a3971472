package dev.heaplab.core.fmt;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import java.util.List;

/**
 * The outcome of parsing a format string: the template (null after a syntax error), the names
 * captured implicitly (for the type checker to resolve), the span of each hole in template order,
 * and the errors found.
 *
 * @param captures implicit captures in argument-index order: their indices follow the explicit
 *                 positional and named arguments
 * @param holeSpans the source span of each {@link FormatTemplate.Piece.Argument}, in order
 */
public record FormatParse(FormatTemplate template, List<Capture> captures, List<Span> holeSpans,
                          List<Diagnostic> diagnostics) {
    public FormatParse {
        captures = List.copyOf(captures);
        holeSpans = List.copyOf(holeSpans);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * `{name}` or `{:name$}` naming no explicit argument: a variable to capture. When it does not
     * resolve, the type checker reports rustc's E0425 "cannot find value `name` in this scope" at
     * {@code span} (the name inside the literal).
     */
    public record Capture(String name, Span span, int argIndex) {}

    static FormatParse failed(Diagnostic error) {
        return new FormatParse(null, List.of(), List.of(), List.of(error));
    }

    public boolean hasErrors() { return !diagnostics.isEmpty(); }
}
