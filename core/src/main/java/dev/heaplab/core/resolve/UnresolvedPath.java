package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ImportCandidates.Want;
import dev.heaplab.core.source.Span;
import java.util.List;

/**
 * rustc's words for a path that names nothing, by where it stops: its only segment (E0425 "cannot find
 * type `X` in this scope", with the std items it could import), a first segment (E0433 "cannot find type"
 * / "cannot find module or crate", with the same help), a module on the way that lacks the next segment
 * (E0433 "cannot find `x` in `m`"), or a module that lacks the last one (E0425 "cannot find type `X` in
 * module `m::n`"). rustc reports the third kind at once, the others with their import help once every
 * name is resolved, and first segments without help last: {@link #order} tells the diagnostics' order.
 */
public final class UnresolvedPath {
    private UnresolvedPath() {}

    /**
     * The error for {@code segs} failing at {@code at} ({@code span} the failing segment, {@code scope}
     * where the path was written); {@code kind} is what the last segment was looked up as: "type",
     * "value" or "function".
     */
    public static Diagnostic of(ProgramCx cx, ModuleScope scope, List<String> segs, int at, Span span, String kind, int pathLo) {
        String name = segs.get(at);
        if (segs.size() == 1) {
            var d = Diagnostic.error("E0425", "cannot find " + kind + " `" + name + "` in this scope").primary(span, "not found in this scope");
            ImportCandidates.suggest(d, scope, name, kind.equals("type") ? Want.TYPE : Want.VALUE, cx.sources);
            return d.build();
        }
        if (at > 0) {
            Diagnostic.Builder d;
            Want want;
            if (at == segs.size() - 1) {
                String module = String.join("::", segs.subList(0, at));
                d = Diagnostic.error("E0425", "cannot find " + kind + " `" + name + "` in module `" + module + "`")
                        .primary(span, "not found in `" + module + "`");
                want = kind.equals("type") ? Want.TYPE : Want.VALUE;
            } else {
                String parent = segs.get(at - 1);
                d = Diagnostic.error("E0433", "cannot find `" + name + "` in `" + parent + "`")
                        .primary(span, "could not find `" + name + "` in `" + parent + "`");
                want = Want.PATH_PREFIX;
            }
            // the item exists elsewhere: rustc offers its import, then writing the name without the module
            if (ImportCandidates.suggest(d, scope, name, want, cx.sources) && at == 1) {
                d.suggestion("if you import `" + name + "`, refer to it directly", new Span(pathLo, span.lo()), "");
            }
            return d.build();
        }
        Diagnostic.Builder d;
        if (Character.isUpperCase(name.charAt(0))) {
            d = Diagnostic.error("E0433", "cannot find type `" + name + "` in this scope").primary(span, "use of undeclared type `" + name + "`");
        } else {
            d = Diagnostic.error("E0433", "cannot find module or crate `" + name + "` in this scope")
                    .primary(span, "use of unresolved module or unlinked crate `" + name + "`")
                    .help("you might be missing a crate named `" + name + "`");
        }
        ImportCandidates.suggest(d, scope, name, Want.PATH_PREFIX, cx.sources);
        return d.build();
    }

    /**
     * The group of a resolution error in rustc's order: 0 for a module lacking a path's next segment
     * (reported while resolving), 2 for a first segment without import help (reported after the others),
     * 1 for the rest (in the order of the source, as rustc resolves).
     */
    public static int order(Diagnostic d) {
        if (!"E0433".equals(d.code()) || !d.suggestions().isEmpty()) return 1;
        return d.message().startsWith("cannot find `") ? 0 : 2;
    }
}
