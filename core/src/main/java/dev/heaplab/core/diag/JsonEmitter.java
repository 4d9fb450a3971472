package dev.heaplab.core.diag;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.SourceMap;
import dev.heaplab.core.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders diagnostics as rustc's `--error-format=json` does: one JSON object per line with
 * `message`, `code`, `level`, `spans`, `children` and the human `rendered` text
 * (documented in docs/json-diagnostics.md).
 */
public final class JsonEmitter {
    private final SourceMap sources;
    private final HumanEmitter human;

    public JsonEmitter(SourceMap sources, String explainCommand) {
        this.sources = sources;
        this.human = new HumanEmitter(sources, explainCommand);
    }

    public static JsonEmitter forFile(SourceFile file) {
        SourceMap map = new SourceMap();
        map.add(file);
        return new JsonEmitter(map, "heaplab explain");
    }

    /** One line per diagnostic, then the `aborting due to` summary as a final object when anything failed. */
    public String renderAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) out.append(render(d)).append('\n');
        String summary = human.summary(diagnostics);
        if (!summary.isEmpty()) {
            String first = summary.substring(0, summary.indexOf('\n'));
            int colon = first.indexOf(": ");
            JsonText j = new JsonText().field("$message_type", "diagnostic")
                    .field("message", first.substring(colon + 2)).field("code", (JsonText) null)
                    .field("level", first.substring(0, colon)).array("spans", List.of()).array("children", List.of())
                    .field("rendered", first + "\n\n");
            out.append(j).append('\n');
        }
        return out.toString();
    }

    /** One diagnostic as a single-line JSON object. */
    public String render(Diagnostic d) {
        List<JsonText> spans = new ArrayList<>();
        for (Label l : d.labels()) {
            JsonText s = span(l.span(), l.primary(), l.message().isEmpty() ? null : l.message(), null);
            if (s != null) spans.add(s);
        }
        List<JsonText> children = new ArrayList<>();
        for (Diagnostic.Child c : d.children()) children.add(child(c.help() ? "help" : "note", c.text(), List.of()));
        for (Diagnostic.SpanNote n : d.spanNotes()) {
            List<JsonText> ns = new ArrayList<>();
            for (Label l : n.labels()) {
                JsonText s = span(l.span(), l.primary(), l.message().isEmpty() ? null : l.message(), null);
                if (s != null) ns.add(s);
            }
            children.add(child(n.help() ? "help" : "note", n.message(), ns));
        }
        for (Suggestion s : d.suggestions()) {
            List<JsonText> parts = new ArrayList<>();
            for (Suggestion.Part p : s.parts()) {
                JsonText sp = span(p.span(), true, null, p.replacement());
                if (sp != null) parts.add(sp);
            }
            children.add(child("help", s.message(), parts));
        }
        JsonText code = d.code() == null ? null : new JsonText().field("code", d.code()).field("explanation", (String) null);
        return new JsonText().field("$message_type", "diagnostic").field("message", d.message()).field("code", code)
                .field("level", d.severity().word()).array("spans", spans).array("children", children)
                .field("rendered", human.render(d)).toString();
    }

    private static JsonText child(String level, String message, List<JsonText> spans) {
        return new JsonText().field("message", message).field("code", (JsonText) null).field("level", level)
                .array("spans", spans).array("children", List.of()).field("rendered", (String) null);
    }

    private JsonText span(Span span, boolean primary, String label, String replacement) {
        SourceFile f = sources.fileOf(span);
        if (f == null) return null;
        int lineStart = f.line(span.lo()), lineEnd = f.line(span.hi());
        List<JsonText> text = new ArrayList<>();
        for (int line = lineStart; line <= lineEnd; line++) {
            int from = line == lineStart ? f.column(span.lo()) : 1;
            int to = line == lineEnd ? f.column(span.hi()) : f.lineText(line).codePointCount(0, f.lineText(line).length()) + 1;
            text.add(new JsonText().field("text", f.lineText(line)).field("highlight_start", from).field("highlight_end", to));
        }
        JsonText j = new JsonText().field("file_name", f.displayPath())
                .field("byte_start", utf8Offset(f, span.lo())).field("byte_end", utf8Offset(f, span.hi()))
                .field("line_start", lineStart).field("line_end", lineEnd)
                .field("column_start", f.column(span.lo())).field("column_end", f.column(span.hi()))
                .field("is_primary", primary).array("text", text).field("label", label);
        if (replacement != null) j.field("suggested_replacement", replacement);
        return j;
    }

    private static long utf8Offset(SourceFile f, int pos) {
        int local = Math.min(Math.max(pos - f.startPos(), 0), f.text().length());
        return f.text().substring(0, local).getBytes(StandardCharsets.UTF_8).length;
    }
}
