package dev.heaplab.core.diag;

import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One message about the user's program, in rustc's shape: a header with an optional error code,
 * labelled spans, and trailing `= note:` / `= help:` lines.
 *
 * <p>{@code kind} separates what rustc itself would say ({@link Kind#RUST}) from heaplab's own
 * refusals ({@link Kind#UNSUPPORTED}, exit 2) and from faults of heaplab itself ({@link Kind#INTERNAL},
 * exit 4) so that drivers can choose the exit code.
 */
public record Diagnostic(
        Kind kind, Severity severity, String code, String message, List<Label> labels,
        List<Child> children, List<Suggestion> suggestions, List<SpanNote> spanNotes) {

    public enum Kind { RUST, UNSUPPORTED, INTERNAL }

    /**
     * A `note:` with its own snippet (rustc's span note), rendered after the `= note`/`= help` lines:
     * labels in the program, or, for a place in rustc's standard library, only its {@code location}
     * (`/rustc/<hash>/library/...:LINE:COL`), as rustc prints it without the std sources. With
     * {@code help}, a `help:` with its own snippet instead.
     */
    public record SpanNote(String message, List<Label> labels, String location, List<StdLabel> stdLabels, int position, boolean help) {
        public SpanNote {
            labels = List.copyOf(labels);
            stdLabels = List.copyOf(stdLabels);
        }

        public SpanNote(String message, List<Label> labels, String location) { this(message, labels, location, List.of(), -1, false); }

        /** The same note with its texts replaced (a translation). */
        public SpanNote translated(java.util.function.UnaryOperator<String> text) {
            return new SpanNote(text.apply(message), labels.stream().map(l -> new Label(l.span(), text.apply(l.message()), l.primary())).toList(),
                    location, stdLabels.stream().map(l -> new StdLabel(l.location(), text.apply(l.text()))).toList(), position, help);
        }
    }

    /**
     * A label at a place in rustc's standard library, which rustc prints without the source line:
     * ` ::: LOCATION`, then `= note: TEXT` (a variant "not covered" in its enum's definition).
     */
    public record StdLabel(String location, String text) {}

    /** A `= note:` or `= help:` line; rustc prints them in the order they were added. */
    public record Child(boolean help, String text) {}

    public Diagnostic {
        labels = List.copyOf(labels);
        children = List.copyOf(children);
        suggestions = List.copyOf(suggestions);
        spanNotes = List.copyOf(spanNotes);
    }

    /** A diagnostic with only labels (a note under another diagnostic). */
    public Diagnostic(Kind kind, Severity severity, String code, String message, List<Label> labels) {
        this(kind, severity, code, message, labels, List.of(), List.of(), List.of());
    }

    /** The `= note:` lines, in order. */
    public List<String> notes() { return children.stream().filter(c -> !c.help()).map(Child::text).toList(); }

    /** The `= help:` lines, in order. */
    public List<String> helps() { return children.stream().filter(Child::help).map(Child::text).toList(); }

    /** The primary span, or null when the diagnostic has no location. */
    public Span primarySpan() {
        for (Label l : labels) if (l.primary()) return l.span();
        return labels.isEmpty() ? null : labels.get(0).span();
    }

    public static Builder error(String code, String message) {
        return new Builder(Kind.RUST, Severity.ERROR, code, message);
    }

    public static Builder warning(String code, String message) {
        return new Builder(Kind.RUST, Severity.WARNING, code, message);
    }

    /** `error: unsupported: <what>` — heaplab refuses a construct outside its subset. */
    public static Diagnostic unsupported(Span span, String what) {
        return new Builder(Kind.UNSUPPORTED, Severity.ERROR, null, "unsupported: " + what)
                .primary(span, "").build();
    }

    /** `error: internal: <what>` — a stage of heaplab failed on this input (a bug, never the user's fault). */
    public static Diagnostic internal(Span span, String what) {
        Builder b = new Builder(Kind.INTERNAL, Severity.ERROR, null, "internal: " + what);
        return (span == null ? b : b.primary(span, "")).build();
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** The same diagnostic with one more `= note:` after its children (a lint's default level, noted once). */
    public Diagnostic withNote(String note) {
        List<Child> more = new java.util.ArrayList<>(children);
        more.add(new Child(false, note));
        return new Diagnostic(kind, severity, code, message, labels, more, suggestions, spanNotes);
    }

    /** Fluent construction; diagnostics themselves are immutable. */
    public static final class Builder {
        private final Kind kind;
        private final Severity severity;
        private final String code;
        private final String message;
        private final List<Label> labels = new ArrayList<>();
        private final List<Child> children = new ArrayList<>();
        private final List<Suggestion> suggestions = new ArrayList<>();
        private final List<SpanNote> spanNotes = new ArrayList<>();

        Builder(Kind kind, Severity severity, String code, String message) {
            this.kind = kind;
            this.severity = severity;
            this.code = code;
            this.message = message;
        }

        public Builder primary(Span span, String label) { labels.add(Label.primary(span, label)); return this; }

        public Builder secondary(Span span, String label) { labels.add(Label.secondary(span, label)); return this; }

        public Builder note(String note) { children.add(new Child(false, note)); return this; }

        public Builder help(String help) { children.add(new Child(true, help)); return this; }

        /** A `help:` proposing to replace {@code span} by {@code replacement} (empty span: insert). */
        /** Whole lines inserted at {@code lineStart} and shown alone (rustc's suggested `use`). */
        public Builder addedLines(String message, Span lineStart, String lines) {
            suggestions.add(Suggestion.addedLines(message, lineStart, lines));
            return this;
        }

        public Builder suggestion(String message, Span span, String replacement) {
            suggestions.add(new Suggestion(message, span, replacement));
            return this;
        }

        /** A suggestion rustc shows as a `help:` label in the snippet (see {@link Suggestion#inline}). */
        public Builder inlineSuggestion(String message, Span span, String replacement) {
            suggestions.add(Suggestion.inline(message, span, replacement));
            return this;
        }

        /** A `help:` proposing several edits at once (rustc's multipart suggestion). */
        public Builder multipartSuggestion(String message, List<Suggestion.Part> parts) {
            suggestions.add(new Suggestion(message, parts));
            return this;
        }

        /** A `note:` with its own labelled snippet. */
        public Builder spanNote(String message, List<Label> labels) {
            spanNotes.add(new SpanNote(message, labels, null));
            return this;
        }

        /**
         * A span note printed before the `= note`/`= help` lines added after it (rustc's order of
         * children), not after all of them.
         */
        public Builder spanNoteInOrder(String message, List<Label> labels) {
            spanNotes.add(new SpanNote(message, labels, null, List.of(), children.size(), false));
            return this;
        }

        /** The same into rustc's standard library: {@code location}, then the labels there. */
        public Builder stdNoteInOrder(String message, String location, List<StdLabel> stdLabels) {
            spanNotes.add(new SpanNote(message, List.of(), location, stdLabels, children.size(), false));
            return this;
        }

        /** A `help:` with its own labelled snippet. */
        public Builder spanHelp(String message, List<Label> labels) {
            spanNotes.add(new SpanNote(message, labels, null, List.of(), -1, true));
            return this;
        }

        /** A span help printed before the `= note`/`= help` lines added after it, as {@link #spanNoteInOrder}. */
        public Builder spanHelpInOrder(String message, List<Label> labels) {
            spanNotes.add(new SpanNote(message, labels, null, List.of(), children.size(), true));
            return this;
        }

        /** A `note:` pointing into rustc's standard library, at {@code location}. */
        public Builder stdNote(String message, String location) {
            spanNotes.add(new SpanNote(message, List.of(), location));
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(kind, severity, code, message, labels, children, suggestions, spanNotes);
        }
    }
}
