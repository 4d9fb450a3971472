package dev.heaplab.core.diag;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.SourceMap;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders diagnostics exactly as rustc 1.95 prints them without colour: the header, the ` --> `
 * location, the annotated snippet, `= note:`/`= help:` lines, suggestions, a blank line; and after
 * all of them the `aborting due to` summary with a pointer to {@code heaplab explain}.
 */
public final class HumanEmitter {
    private final SourceMap sources;
    private final String explainCommand;

    /** @param explainCommand what the footer tells users to run, e.g. "heaplab explain" */
    public HumanEmitter(SourceMap sources, String explainCommand) {
        this.sources = sources;
        this.explainCommand = explainCommand;
    }

    /** An emitter for diagnostics that all point into one file. */
    public static HumanEmitter forFile(SourceFile file) {
        SourceMap map = new SourceMap();
        map.add(file);
        return new HumanEmitter(map, "heaplab explain");
    }

    /** The same, writing the diagnostics and its own phrases in French (`--lang fr`). */
    public static HumanEmitter forFile(SourceFile file, boolean french) {
        HumanEmitter e = forFile(file);
        e.french = french;
        return e;
    }

    private boolean french;

    private String word(Severity s) {
        if (!french) return s.word();
        return switch (s) {
            case ERROR -> "erreur";
            case WARNING -> "avertissement";
            case NOTE -> "note";
            case HELP -> "aide";
        };
    }

    /** Lint names (`unused_mut`) are codes of warnings, unlike `E0382`. */
    static boolean isLintName(String code) {
        return !(code.length() == 5 && code.charAt(0) == 'E' && Character.isDigit(code.charAt(1)));
    }

    /** All diagnostics followed by the summary, as rustc prints them on stderr. */
    public String renderAll(List<Diagnostic> diagnostics) {
        if (french) diagnostics = French.translate(diagnostics);
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) out.append(render(d));
        out.append(summary(diagnostics));
        return out.toString();
    }

    /** The closing lines: `error: aborting due to …` and the explain pointer (empty when nothing failed). */
    public String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        StringBuilder out = new StringBuilder();
        String warned = warnings + " warning" + (warnings == 1 ? "" : "s") + " emitted";
        if (errors > 0 && french) {
            out.append("erreur : abandon à cause ").append(errors == 1 ? "de l'erreur précédente" : "des " + errors + " erreurs précédentes");
            if (warnings > 0) out.append(" ; ").append(warnings).append(warnings == 1 ? " avertissement" : " avertissements");
            out.append("\n\n");
        } else if (errors > 0) {
            out.append("error: aborting due to ").append(errors == 1 ? "1 previous error" : errors + " previous errors");
            if (warnings > 0) out.append("; ").append(warned);
            out.append("\n\n");
        } else if (warnings > 0) {
            out.append("warning: ").append(warned).append("\n\n");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (Diagnostic d : diagnostics) if (d.severity() == Severity.ERROR && d.code() != null) codes.add(d.code());
        if (french && !codes.isEmpty()) {
            if (codes.size() > 1) out.append("Certaines erreurs ont une explication détaillée : ").append(String.join(", ", codes)).append(".\n");
            out.append("Pour en savoir plus, essayez `").append(explainCommand).append(' ').append(codes.first())
                    .append(" --lang fr`.\n");
        } else if (codes.size() == 1) {
            out.append("For more information about this error, try `").append(explainCommand).append(' ')
                    .append(codes.first()).append("`.\n");
        } else if (codes.size() > 1) {
            out.append("Some errors have detailed explanations: ").append(String.join(", ", codes)).append(".\n");
            out.append("For more information about an error, try `").append(explainCommand).append(' ')
                    .append(codes.first()).append("`.\n");
        }
        return out.toString();
    }

    /** One diagnostic, ending with its blank line. */
    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        out.append(word(d.severity()));
        // A lint's name is its code in JSON; rustc's text shows only error codes.
        if (d.code() != null && !isLintName(d.code())) out.append('[').append(d.code()).append(']');
        out.append(": ").append(d.message()).append('\n');

        Map<SourceFile, List<Label>> byFile = labelsByFile(d);
        int width = Integer.toString(maxLineNumber(d, byFile)).length();
        String pad = " ".repeat(width + 1);
        boolean snippet = !byFile.isEmpty();
        if (snippet) {
            boolean first = true;
            for (var e : byFile.entrySet()) {
                SourceFile file = e.getKey();
                Span anchor = first ? primaryIn(d, file) : e.getValue().get(0).span();
                snippet(out, file, anchor, e.getValue(), width, first ? "--> " : "::: ");
                first = false;
            }
        }
        boolean children = !d.children().isEmpty() || d.suggestions().stream().anyMatch(x -> !x.inline())
                || !d.spanNotes().isEmpty();
        if (children) out.append(pad).append("|\n");
        for (int i = 0; i < d.children().size(); i++) {
            for (Diagnostic.SpanNote n : d.spanNotes()) if (n.position() == i) spanNote(out, n, width);
            Diagnostic.Child c = d.children().get(i);
            appendChild(out, pad, c.help() ? (french ? "aide" : "help") : "note", c.text());
        }
        for (Diagnostic.SpanNote n : d.spanNotes()) if (n.position() < 0 || n.position() >= d.children().size()) spanNote(out, n, width);
        Suggestion previous = null;
        for (Suggestion s : d.suggestions()) {
            if (s.inline()) continue;
            String r = SuggestionRenderer.render(s, sources, width, french ? "aide" : "help");
            // Alternatives of one help (same message): rustc writes the header and the opening `|` once.
            if (previous != null && previous.message().equals(s.message()) && r.endsWith("|\n")) {
                r = r.substring(r.indexOf('\n', r.indexOf('\n') + 1) + 1);
            }
            out.append(r);
            previous = s;
        }
        out.append('\n');
        return out.toString();
    }

    /** `note: …` (or `help: …`), then its location and its own snippet (only the location for a place in std). */
    private void spanNote(StringBuilder out, Diagnostic.SpanNote n, int width) {
        out.append(n.help() ? (french ? "aide" : "help") : "note").append(": ").append(n.message()).append('\n');
        if (n.location() != null) {
            out.append(" ".repeat(width)).append("--> ").append(n.location()).append('\n');
            for (Diagnostic.StdLabel l : n.stdLabels()) {
                out.append(" ".repeat(width)).append("::: ").append(l.location()).append('\n');
                out.append(" ".repeat(width + 1)).append("|\n");
                appendChild(out, " ".repeat(width + 1), "note", l.text());
            }
            return;
        }
        SourceFile file = n.labels().isEmpty() ? null : sources.fileOf(n.labels().get(0).span());
        if (file == null) return;
        List<Label> in = n.labels().stream().filter(l -> file.contains(l.span().lo())).toList();
        Label anchor = in.stream().filter(Label::primary).findFirst().orElse(in.get(0));
        snippet(out, file, anchor.span(), in, width, "--> ");
    }

    /** `--> file:line:col` (or `::: ` for a further file), then the file's lines with their labels. */
    private static void snippet(StringBuilder out, SourceFile file, Span anchor, List<Label> labels, int width, String arrow) {
        out.append(" ".repeat(width)).append(arrow).append(file.location(anchor)).append('\n');
        CharGrid grid = new CharGrid();
        grid.put(0, width + 1, '|');
        new SnippetRenderer(grid, width).render(AnnotatedFile.collect(file, labels));
        out.append(grid.render());
    }

    private static void appendChild(StringBuilder out, String pad, String kind, String text) {
        String prefix = pad + "= " + kind + ": ";
        String[] lines = text.split("\n", -1);
        out.append(prefix).append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) out.append(" ".repeat(prefix.length())).append(lines[i]).append('\n');
    }

    /** Labels grouped by file, the primary span's file first; labels outside every known file are dropped. */
    private Map<SourceFile, List<Label>> labelsByFile(Diagnostic d) {
        Map<SourceFile, List<Label>> byFile = new LinkedHashMap<>();
        Span primary = d.primarySpan();
        if (primary != null && sources.fileOf(primary) != null) byFile.put(sources.fileOf(primary), new ArrayList<>());
        List<Label> labels = new ArrayList<>(d.labels());
        for (Suggestion s : d.suggestions()) {
            if (s.inline()) labels.add(Label.secondary(s.span(), s.inlineLabel(french ? "aide" : "help")));
        }
        for (Label l : labels) {
            SourceFile f = sources.fileOf(l.span());
            if (f != null) byFile.computeIfAbsent(f, k -> new ArrayList<>()).add(l);
        }
        byFile.values().removeIf(List::isEmpty);
        return byFile;
    }

    private static Span primaryIn(Diagnostic d, SourceFile file) {
        for (Label l : d.labels()) if (l.primary() && file.contains(l.span().lo())) return l.span();
        for (Label l : d.labels()) if (file.contains(l.span().lo())) return l.span();
        return d.primarySpan();
    }

    private int maxLineNumber(Diagnostic d, Map<SourceFile, List<Label>> byFile) {
        int max = 0;
        for (var e : byFile.entrySet()) {
            for (Label l : e.getValue()) max = Math.max(max, e.getKey().line(l.span().hi()));
        }
        for (Suggestion s : d.suggestions()) max = Math.max(max, SuggestionRenderer.lastLine(s, sources));
        for (Diagnostic.SpanNote n : d.spanNotes()) {
            for (Label l : n.labels()) {
                SourceFile f = sources.fileOf(l.span());
                if (f != null) max = Math.max(max, f.line(l.span().hi()));
            }
        }
        return max;
    }
}
