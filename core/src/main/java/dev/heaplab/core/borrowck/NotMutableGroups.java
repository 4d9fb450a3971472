package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rustc reports the mutable borrows of one variable not declared `mut` as a single E0596 once there
 * are two or more: the primary span moves to the declaration ("not mutable") and every borrow gets a
 * secondary "cannot borrow as mutable" label; the message stays the first borrow's.
 */
final class NotMutableGroups {
    private NotMutableGroups() {}

    /** Merges, in place and in {@code found}'s order, the diagnostics {@code declOf} maps to one declaration. */
    static void merge(List<Diagnostic> found, Map<Diagnostic, Span> declOf) {
        if (declOf.size() < 2) return;
        Map<Span, Integer> first = new HashMap<>();
        Map<Integer, List<Span>> borrows = new HashMap<>();
        List<Diagnostic> kept = new ArrayList<>(found.size());
        for (Diagnostic d : found) {
            Span decl = declOf.get(d);
            if (decl == null) {
                kept.add(d);
                continue;
            }
            Integer at = first.get(decl);
            if (at == null) {
                first.put(decl, kept.size());
                kept.add(d);
                borrows.computeIfAbsent(kept.size() - 1, k -> new ArrayList<>()).add(d.primarySpan());
            } else {
                borrows.get(at).add(d.primarySpan());
            }
        }
        borrows.forEach((at, spans) -> {
            if (spans.size() < 2) return;
            Diagnostic d = kept.get(at);
            List<Label> labels = new ArrayList<>();
            labels.add(Label.primary(declOf.get(d), "not mutable"));
            for (Span s : spans) labels.add(Label.secondary(s, "cannot borrow as mutable"));
            kept.set(at, new Diagnostic(d.kind(), d.severity(), d.code(), d.message(), labels, d.children(), d.suggestions(), d.spanNotes()));
        });
        found.clear();
        found.addAll(kept);
    }
}
