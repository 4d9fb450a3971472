package dev.heaplab.core.diag;

import dev.heaplab.core.source.Span;

/**
 * A `help:` that proposes an edit: replace the text of {@code span} by {@code replacement}
 * (an empty span inserts). Rendered as rustc does: `+++` under insertions, `-`/`+` lines for replacements.
 */
public record Suggestion(String message, Span span, String replacement) {}
