package dev.heaplab.core.memview;

import dev.heaplab.core.trace.MachineEvent;

/** The trace's sentences in English and French: event lines, diagram titles, notes. */
final class TraceWords {
    private final boolean fr;
    private final Trace trace;

    TraceWords(Trace trace, boolean french) {
        this.trace = trace;
        this.fr = french;
    }

    String t(String en, String french) { return fr ? french : en; }

    /** A title for a shown step. */
    String title(ShownSteps.Shown s) {
        long step = trace.store().step(s.index());
        if (s.line() >= 0) {
            String code = trace.source().lineText(s.line()).strip();
            return t("after line ", "après la ligne ") + s.line() + " (" + t("step ", "étape ") + step + ")" + t(": ", " : ") + code;
        }
        int line = trace.line(s.index());
        return t("step ", "étape ") + step + (line >= 0 ? t(", before line ", ", avant la ligne ") + line + t(": ", " : ")
                + trace.source().lineText(line).strip() : t(", in the standard library", ", dans la bibliothèque standard"));
    }

    /**
     * One line for an event worth reading in a diagram's caption, or null. Moves, borrows and drops
     * inside the standard library's own code are left out; its allocations and output are not.
     */
    String event(TraceEvent te) {
        boolean user = trace.line(te.event().span()) >= 0;
        return switch (te.event()) {
            case MachineEvent.Alloc a -> t("alloc #", "allocation #") + a.allocId() + ": " + bytes(a.size()) + " (" + a.what() + ")";
            case MachineEvent.Realloc r -> t("realloc #", "réallocation #") + r.allocId() + ": " + r.oldSize() + " → " + bytes(r.newSize());
            case MachineEvent.Dealloc d -> t("free #", "libération #") + d.allocId() + ": " + bytes(d.size());
            case MachineEvent.Move m -> m.name() == null || !user ? null : t("move out of ", "déplacement hors de ") + m.name();
            case MachineEvent.Borrow b -> b.place() == null || !user ? null : t("borrow ", "emprunt ") + (b.mutable() ? "&mut " : "&") + b.place()
                    + (te.lastUse() == null ? "" : t(", last used line ", ", dernière utilisation ligne ") + trace.line(te.lastUse()));
            case MachineEvent.Drop d -> (d.place() == null || !user) && !d.userDrop() ? null
                    : t("drop ", "destruction de ") + (d.place() == null || !user ? "" : d.place() + ": ") + d.ty()
                    + (d.userDrop() ? t(" (calls Drop::drop)", " (appelle Drop::drop)") : "");
            case MachineEvent.Output o -> (o.stderr() ? "stderr: " : "stdout: ") + Diagram.quoteText(o.text());
            case MachineEvent.Panic p -> t("panic: ", "panique : ") + p.message();
            case MachineEvent.Copy c -> null;
            case MachineEvent.StorageLive l -> null;
            case MachineEvent.StorageDead d -> null;
            case MachineEvent.Call c -> null;
            case MachineEvent.Return r -> null;
            case MachineEvent.Step s -> null;
        };
    }

    private String bytes(long n) { return n + (n == 1 ? t(" byte", " octet") : t(" bytes", " octets")); }

    /** The note closing a trace the step limit cut short. */
    String truncated() {
        return t("note: the run hit a limit after " + trace.size() + " recorded steps (" + trace.result().message()
                + "); the trace shows the steps recorded so far",
                "note : l'exécution a atteint une limite après " + trace.size() + " étapes enregistrées (" + trace.result().message()
                + ") ; la trace montre les étapes enregistrées jusque-là");
    }

    String noSteps() { return t("note: no step was recorded", "note : aucune étape n'a été enregistrée"); }

    String more(int n) {
        return t("note: " + n + " more diagrams are not shown (mark lines with // @show, or use --step N)",
                "note : " + n + " diagrammes de plus ne sont pas montrés (marquez des lignes avec // @show, ou utilisez --step N)");
    }
}
