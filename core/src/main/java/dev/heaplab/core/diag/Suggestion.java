package dev.heaplab.core.diag;

import dev.heaplab.core.source.Span;
import java.util.Comparator;
import java.util.List;

/**
 * A `help:` that proposes an edit made of {@code parts}: each replaces the text of its span by its
 * replacement (an empty span inserts). One part is rendered as rustc does: `+++` under insertions,
 * `-`/`+` lines for replacements; several parts (rustc's multipart suggestions) as the edited lines,
 * each marked `~` (partly new), `+` (wholly new), or under a line of `+` when all are insertions on one line.
 */
public record Suggestion(String message, List<Part> parts, Style style) {
    /**
     * How rustc shows it: a block of its own with the edited lines ({@code BLOCK}), a label in the
     * snippet ({@code INLINE}), or only the whole lines it adds, without the line they precede
     * ({@code ADDED_LINES}: a suggested `use`).
     */
    public enum Style { BLOCK, INLINE, ADDED_LINES }

    public Suggestion {
        parts = parts.stream().sorted(Comparator.comparingInt(p -> p.span().lo())).toList();
        if (parts.isEmpty()) throw new IllegalArgumentException("a suggestion without edits");
    }

    public Suggestion(String message, List<Part> parts) {
        this(message, parts, Style.BLOCK);
    }

    public boolean inline() { return style == Style.INLINE; }

    public Suggestion(String message, Span span, String replacement) {
        this(message, List.of(new Part(span, replacement)));
    }

    /**
     * A short one-edit suggestion that rustc shows inside the snippet, as a label `help: MESSAGE`
     * under the edited span (`help: MESSAGE: `CODE`` when it inserts text), not as a block of its own.
     */
    public static Suggestion inline(String message, Span span, String replacement) {
        return new Suggestion(message, List.of(new Part(span, replacement)), Style.INLINE);
    }

    /** The label an inline suggestion shows in the snippet. */
    public String inlineLabel(String helpWord) {
        return helpWord + ": " + message + (replacement().isEmpty() ? "" : ": `" + replacement() + "`");
    }

    /** One edit: the text of {@code span} becomes {@code replacement}. */
    public record Part(Span span, String replacement) {}

    /** The first part's span (the whole edit's, for a one-part suggestion). */
    public Span span() { return parts.get(0).span(); }

    /** The first part's replacement. */
    public String replacement() { return parts.get(0).replacement(); }

    /** Whole lines ending with a newline, inserted at a line start and shown alone (a suggested `use`). */
    public static Suggestion addedLines(String message, Span lineStart, String lines) {
        return new Suggestion(message, List.of(new Part(lineStart, lines)), Style.ADDED_LINES);
    }

    public Suggestion withMessage(String m) { return new Suggestion(m, parts, style); }
}
