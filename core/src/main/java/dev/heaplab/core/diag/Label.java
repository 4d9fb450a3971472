package dev.heaplab.core.diag;

import dev.heaplab.core.source.Span;

/** A span in a diagnostic's snippet: primary labels are underlined `^^^`, secondary ones `---`. */
public record Label(Span span, String message, boolean primary) {
    public static Label primary(Span span, String message) { return new Label(span, message, true); }

    public static Label secondary(Span span, String message) { return new Label(span, message, false); }
}
