package dev.heaplab.doc;

import dev.heaplab.core.memview.Trace;
import dev.heaplab.core.memview.TraceOutput;
import dev.heaplab.core.memview.TraceRecorder;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.trace.MachineObserver;
import java.util.List;

/**
 * The memory diagrams of a `heaplab-trace` block: the block's run is recorded and drawn as inline
 * SVG, one diagram after each line that changes memory, or after each line marked `// @show` when
 * the block has such marks (at most {@link #MAX} per block, with a note when there are more).
 */
final class MemoryDiagrams implements BlockFigures.Figure {
    static final int MAX = 12;
    private final TraceRecorder recorder;

    MemoryDiagrams(SourceFile program) { this.recorder = new TraceRecorder(program); }

    @Override public List<MachineObserver> observers() { return List.of(recorder); }

    @Override public String html(BlockResult result, Lang lang) {
        if (result.execution() == null) {
            return "<p class=\"note\">" + Html.escape(lang.t("heaplab-trace: the block did not run, so there is no memory to draw.",
                    "heaplab-trace : le bloc ne s'est pas exécuté, il n'y a donc pas de mémoire à dessiner.")) + "</p>";
        }
        Trace trace = recorder.finish(result.execution());
        List<String> svgs = TraceOutput.inlineSvgs(trace, lang.french(), MAX + 1);
        StringBuilder out = new StringBuilder("<div class=\"memory\">");
        for (int i = 0; i < Math.min(MAX, svgs.size()); i++) out.append("<div class=\"diagram\">").append(svgs.get(i)).append("</div>");
        if (svgs.isEmpty()) out.append("<p class=\"note\">").append(Html.escape(lang.t("heaplab-trace: no line changed memory.",
                "heaplab-trace : aucune ligne n'a modifié la mémoire."))).append("</p>");
        if (svgs.size() > MAX) out.append("<p class=\"note\">").append(Html.escape(lang.t(
                "More diagrams are not shown: mark the lines to draw with // @show.",
                "Les diagrammes suivants ne sont pas montrés : marquez les lignes à dessiner avec // @show."))).append("</p>");
        if (trace.truncated()) out.append("<p class=\"note\">").append(Html.escape(lang.t(
                "The run hit a limit: the diagrams show the steps recorded before it.",
                "L'exécution a atteint une limite : les diagrammes montrent les étapes enregistrées avant."))).append("</p>");
        return out.append("</div>").toString();
    }
}
