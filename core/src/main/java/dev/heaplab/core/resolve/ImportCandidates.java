package dev.heaplab.core.resolve;

import dev.heaplab.core.source.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable items of the real std rustc suggests importing when a name is not found (resource
 * {@code std/import-candidates.txt}, generated from rustc's documentation by
 * scripts/std-import-candidates.py): `HashMap` is `std::collections::HashMap`, `Ordering` one of two enums.
 */
public final class ImportCandidates {
    private ImportCandidates() {}

    /** One importable item: its kind in rustc's words ("struct", "type alias", "module"…) and its path. */
    public record Candidate(String kind, String path) {}

    /** What the unresolved name was looked up as, which decides the kinds of item that may answer. */
    public enum Want { TYPE, TRAIT, VALUE, PATH_PREFIX }

    private static final class Table {
        static final Map<String, List<Candidate>> BY_NAME = load();
    }

    private static Map<String, List<Candidate>> load() {
        Map<String, List<Candidate>> out = new HashMap<>();
        for (String line : ResourceLines.of("/dev/heaplab/std/import-candidates.txt")) {
            String[] w = line.split(" ");
            if (w.length != 3) continue;
            out.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Candidate(w[1].replace('_', ' '), w[2]));
        }
        return out;
    }

    /**
     * The candidates for {@code name}, sorted by path as rustc lists them; empty when none, or when the
     * answer is not known well enough: a capitalised value may be a unit struct or an enum variant,
     * which the table does not list.
     */
    public static List<Candidate> of(String name, Want want) {
        if (want == Want.VALUE && !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : Table.BY_NAME.getOrDefault(name, List.of())) {
            boolean fits = switch (want) {
                case TYPE -> List.of("struct", "enum", "trait", "type alias", "union").contains(c.kind());
                case TRAIT -> c.kind().equals("trait");
                case VALUE -> List.of("function", "constant", "static").contains(c.kind());
                case PATH_PREFIX -> List.of("struct", "enum", "trait", "type alias", "union", "module").contains(c.kind());
            };
            if (fits) out.add(c);
        }
        out.sort(java.util.Comparator.comparing(Candidate::path));
        return out;
    }

    /**
     * Adds rustc's import help for {@code name} to {@code d}: one `use` line per candidate, inserted where
     * the module of {@code scope} takes imports (at most four, as rustc shows; more and none is shown, as
     * rustc's closing "and N other candidates" is not modelled). Whether any candidate was offered.
     */
    public static boolean suggest(dev.heaplab.core.diag.Diagnostic.Builder d, ModuleScope scope, String name, Want want,
            dev.heaplab.core.source.SourceMap sources) {
        List<Candidate> cs = of(name, want);
        ModuleScope module = scope == null ? null : scope.module();
        if (cs.isEmpty() || cs.size() > 4 || module == null || module.importAt() < 0 || sources == null) return false;
        var file = sources.fileOf(new dev.heaplab.core.source.Span(module.importAt(), module.importAt()));
        if (file == null) return false;
        int at = module.importAt() - file.startPos();
        int lineStart = file.text().lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        String indent = file.text().substring(lineStart, at);
        if (!indent.isBlank()) return false;
        var span = new dev.heaplab.core.source.Span(lineStart + file.startPos(), lineStart + file.startPos());
        for (Candidate c : cs) d.addedLines(helpMessage(cs), span, indent + "use " + c.path() + ";\n");
        return true;
    }

    /** rustc's help: "consider importing this struct", "… one of these enums", "… one of these items". */
    public static String helpMessage(List<Candidate> cs) {
        String kind = cs.get(0).kind();
        boolean same = cs.stream().allMatch(c -> c.kind().equals(kind));
        if (cs.size() == 1) return "consider importing this " + kind;
        return "consider importing one of these " + (same ? plural(kind) : "items");
    }

    private static String plural(String kind) {
        return kind.equals("type alias") ? "type aliases" : kind + "s";
    }
}
