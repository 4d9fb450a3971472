package dev.heaplab.core.memview;

import dev.heaplab.core.trace.MemorySnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses which recorded steps a trace shows. By default, memory after each executed source line
 * that changed what the diagram shows; when the program marks lines with `// @show`, memory after
 * each execution of those lines only. A line is finished when its frame moves to another line or
 * returns (a call from the line is not its end).
 */
public final class ShownSteps {
    /** A step to show: recorded index, and the user line just finished (-1 for a step chosen by number). */
    public record Shown(int index, int line) {}

    private static final Pattern SHOW = Pattern.compile("//\\s*@show\\b");

    private ShownSteps() {}

    /** Lines of the program carrying a `// @show` mark. */
    public static Set<Integer> marks(Trace t) {
        Set<Integer> out = new HashSet<>();
        if (t.source() == null) return out;
        for (int l = 1; l <= t.source().lineCount(); l++) if (SHOW.matcher(t.source().lineText(l)).find()) out.add(l);
        return out;
    }

    /** Every recorded step. */
    public static List<Shown> all(Trace t) {
        List<Shown> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(new Shown(i, -1));
        return out;
    }

    /** The default selection (see the class comment). */
    public static List<Shown> lines(Trace t) {
        Set<Integer> marks = marks(t);
        List<Shown> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>(); // per frame depth: the user line being executed, or -1
        Diagram[] last = {t.size() == 0 ? null : Diagram.of(t.snapshot(0), false)};
        for (int i = 0; i < t.size(); i++) {
            int frames = t.store().frameCount(i);
            while (current.size() > frames) finish(t, i, current.remove(current.size() - 1), marks, out, last);
            int line = t.line(i);
            if (line < 0 || frames == 0) continue;
            while (current.size() < frames) current.add(-1);
            int k = frames - 1;
            if (current.get(k) != line) {
                finish(t, i, current.get(k), marks, out, last);
                current.set(k, line);
            }
        }
        int end = t.size() - 1;
        for (int k = current.size() - 1; k >= 0 && end >= 0; k--) finish(t, end, current.get(k), marks, out, last);
        return out;
    }

    private static void finish(Trace t, int index, int line, Set<Integer> marks, List<Shown> out, Diagram[] last) {
        if (line < 0) return;
        if (!marks.isEmpty()) {
            if (marks.contains(line)) out.add(new Shown(index, line));
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).index() == index) return;
        MemorySnapshot s = t.snapshot(index);
        Diagram d = Diagram.of(s, false);
        if (d.equals(last[0])) return;
        last[0] = d;
        out.add(new Shown(index, line));
    }
}
