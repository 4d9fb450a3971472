package dev.heaplab.core.memview;

import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.trace.MemorySnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * What `heaplab trace` prints for a recorded run, in one of three formats: the steps chosen by
 * {@link ShownSteps} (or one step, or all), each with the events since the previous one, and a
 * closing note when a limit cut the run short.
 */
public final class TraceOutput {
    public enum Format { TEXT, SVG, JSON }

    /**
     * @param step     the one step number to show, or -1
     * @param maxShown at most this many diagrams by default (a note says how many more there were)
     */
    public record Options(Format format, boolean ascii, long step, boolean all, boolean french, int maxShown) {}

    /** The document, or the reason none can be made (a step that was not recorded). */
    public record Result(String text, String error) {}

    private TraceOutput() {}

    public static Result render(Trace t, Options o) {
        TraceWords w = new TraceWords(t, o.french());
        List<ShownSteps.Shown> shown;
        if (o.step() >= 0) {
            int i = t.store().indexOf(o.step());
            if (i < 0) return new Result(null, w.t("step " + o.step() + " was not recorded (the run has steps 1 to " + t.size() + ")",
                    "l'étape " + o.step() + " n'a pas été enregistrée (l'exécution a les étapes 1 à " + t.size() + ")"));
            shown = List.of(new ShownSteps.Shown(i, -1));
        } else {
            shown = o.all() ? ShownSteps.all(t) : ShownSteps.lines(t);
            // a run that stopped early also shows its last step: where the panic or the limit struck
            int last = t.size() - 1;
            if (!o.all() && last >= 0 && t.result() != null && t.result().outcome() != ExecutionResult.Outcome.COMPLETED
                    && (shown.isEmpty() || shown.get(shown.size() - 1).index() != last)) {
                shown = new ArrayList<>(shown);
                shown.add(new ShownSteps.Shown(last, -1));
            }
        }
        List<String> notes = new ArrayList<>();
        if (!o.all() && o.step() < 0 && shown.size() > o.maxShown()) {
            notes.add(w.more(shown.size() - o.maxShown()));
            shown = shown.subList(0, o.maxShown());
        }
        if (t.size() == 0) notes.add(w.noSteps());
        if (t.truncated()) notes.add(w.truncated());
        return new Result(switch (o.format()) {
            case TEXT -> text(t, shown, notes, w, o);
            case SVG -> svg(t, shown, notes, w, o);
            case JSON -> TraceJson.render(t, shown, notes);
        }, null);
    }

    /**
     * Event lines for each shown step: what happened since the previous shown step (or the start);
     * one more list at the end for what happened after the last one.
     */
    static List<List<String>> captions(Trace t, List<ShownSteps.Shown> shown, TraceWords w) {
        List<List<String>> out = new ArrayList<>();
        int e = 0;
        for (int i = 0; i <= shown.size(); i++) {
            long step = i < shown.size() ? t.store().step(shown.get(i).index()) : Long.MAX_VALUE;
            List<String> lines = new ArrayList<>();
            while (e < t.events().size() && t.events().get(e).step() < step) {
                String d = w.event(t.events().get(e++));
                if (d != null) lines.add(d);
            }
            out.add(lines);
        }
        return out;
    }

    private static String text(Trace t, List<ShownSteps.Shown> shown, List<String> notes, TraceWords w, Options o) {
        StringBuilder sb = new StringBuilder();
        List<List<String>> events = captions(t, shown, w);
        String rule = o.ascii() ? "--" : "──";
        String bullet = o.ascii() ? "* " : "• ";
        for (int i = 0; i < shown.size(); i++) {
            ShownSteps.Shown s = shown.get(i);
            if (i > 0) sb.append('\n');
            sb.append(rule).append(' ').append(w.title(s)).append('\n');
            for (String e : events.get(i)) sb.append("  ").append(bullet).append(e).append('\n');
            sb.append(TraceText.render(t.snapshot(s.index()), o.ascii(), o.french()));
        }
        List<String> after = events.get(shown.size());
        if (!after.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "\n").append(rule).append(' ').append(w.t("then", "ensuite")).append('\n');
            for (String e : after) sb.append("  ").append(bullet).append(e).append('\n');
        }
        for (String n : notes) sb.append(sb.isEmpty() ? "" : "\n").append(n).append('\n');
        return sb.toString();
    }

    private static String svg(Trace t, List<ShownSteps.Shown> shown, List<String> notes, TraceWords w, Options o) {
        List<MemorySnapshot> snaps = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (ShownSteps.Shown s : shown) {
            snaps.add(t.snapshot(s.index()));
            captions.add(w.title(s));
        }
        return TraceSvg.document(snaps, captions, notes, o.french());
    }

    /** Inline SVG figures (one `<svg>` per shown step, with its caption as title) for an HTML page. */
    public static List<String> inlineSvgs(Trace t, boolean french, int max) {
        TraceWords w = new TraceWords(t, french);
        List<ShownSteps.Shown> shown = ShownSteps.lines(t);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(max, shown.size()); i++)
            out.add(TraceSvg.diagram(t.snapshot(shown.get(i).index()), w.title(shown.get(i)), french));
        return out;
    }
}
