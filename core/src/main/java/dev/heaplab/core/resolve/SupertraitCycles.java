package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.DefId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rustc's E0391 for traits that are their own supertraits (`trait A: B {}` and `trait B: A {}`):
 * computing the super predicates of the first such trait in declaration order needs themselves.
 * One error per cycle, walked as rustc does: from that trait, through the first bound on the cycle.
 * Only the bounds after the colon are read (a `where Self: B` clause is not followed).
 */
final class SupertraitCycles {
    /** A supertrait bound as written: the trait it names and the span of its path. */
    record Edge(DefId to, Span at) {}

    private final ProgramCx cx;
    private final Map<DefId, List<Edge>> edges = new LinkedHashMap<>();
    private final Map<DefId, Item.TraitDecl> decls = new LinkedHashMap<>();

    SupertraitCycles(ProgramCx cx) { this.cx = cx; }

    void add(DefId trait, Item.TraitDecl decl, List<Edge> supers) {
        edges.put(trait, supers);
        decls.put(trait, decl);
    }

    void check() {
        Set<DefId> reported = new HashSet<>();
        for (DefId start : edges.keySet()) {
            if (reported.contains(start) || !reaches(start, start)) continue;
            // the cycle through the first bound that leads back to `start`, at every step
            List<Edge> cycle = new ArrayList<>();
            DefId at = start;
            do {
                Edge next = null;
                for (Edge e : edges.getOrDefault(at, List.of())) {
                    if (e.to().equals(start) || (!seen(cycle, e.to()) && reaches(e.to(), start))) { next = e; break; }
                }
                if (next == null) break;
                cycle.add(next);
                at = next.to();
            } while (!at.equals(start));
            if (cycle.isEmpty()) continue;
            List<DefId> members = new ArrayList<>();
            members.add(start);
            for (Edge e : cycle) members.add(e.to());
            reported.addAll(members);
            String name = name(start);
            Diagnostic.Builder d = Diagnostic.error("E0391", "cycle detected when computing the super predicates of `" + name + "`")
                    .primary(cycle.get(0).at(), "");
            if (cycle.size() == 1) {
                d.note("...which immediately requires computing the super predicates of `" + name + "` again");
            } else {
                for (int i = 1; i < cycle.size(); i++) {
                    d.spanNoteInOrder("...which requires computing the super predicates of `" + name(cycle.get(i - 1).to()) + "`...",
                            List.of(Label.primary(cycle.get(i).at(), "")));
                }
                d.note("...which again requires computing the super predicates of `" + name + "`, completing the cycle");
            }
            d.spanNoteInOrder("cycle used when checking that `" + name + "` is well-formed", List.of(Label.primary(head(decls.get(start)), "")));
            d.note("see https://rustc-dev-guide.rust-lang.org/overview.html#queries and https://rustc-dev-guide.rust-lang.org/query.html for more information");
            cx.diags.add(d.build());
        }
    }

    private static boolean seen(List<Edge> cycle, DefId t) {
        for (Edge e : cycle) if (e.to().equals(t)) return true;
        return false;
    }

    /** Whether {@code to} is a supertrait of {@code from}, at any depth (through at least one bound). */
    private boolean reaches(DefId from, DefId to) {
        Set<DefId> visited = new HashSet<>();
        List<DefId> work = new ArrayList<>(List.of(from));
        while (!work.isEmpty()) {
            DefId t = work.remove(work.size() - 1);
            for (Edge e : edges.getOrDefault(t, List.of())) {
                if (e.to().equals(to)) return true;
                if (visited.add(e.to())) work.add(e.to());
            }
        }
        return false;
    }

    private String name(DefId t) { return decls.get(t).name().name(); }

    /** `trait A: B` without the where-clause and the body (rustc's span of the trait's definition). */
    private static Span head(Item.TraitDecl t) {
        int hi = t.name().span().hi();
        for (var b : t.supertraits()) hi = Math.max(hi, b.span().hi());
        return new Span(t.span().lo(), hi);
    }
}
