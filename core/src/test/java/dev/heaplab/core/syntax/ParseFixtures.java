package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import java.util.stream.Collectors;

/** Shared helpers for syntax tests: parse text and render diagnostics compactly. */
final class ParseFixtures {
    private ParseFixtures() {}

    record Result(Crate crate, Diagnostics diags, SourceFile file) {
        String errors() {
            return diags.all().stream().map(d -> render(file, d)).collect(Collectors.joining("\n"));
        }
    }

    static Result parse(String text) {
        SourceFile f = new SourceFile("t.rs", text);
        Diagnostics d = new Diagnostics();
        Crate c = Parser.parse(f, d);
        return new Result(c, d, f);
    }

    /** `message @line:col` plus each label `[^ or -]line:col "text"`. */
    static String render(SourceFile f, Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.code() == null ? "" : "[" + d.code() + "] ").append(d.message());
        for (var l : d.labels()) {
            sb.append(" | ").append(l.primary() ? "^" : "-").append(f.line(l.span().lo())).append(':')
                    .append(f.column(l.span().lo())).append('-').append(f.column(l.span().hi()))
                    .append(l.message().isEmpty() ? "" : " " + l.message());
        }
        return sb.toString();
    }
}
