package dev.heaplab.doc;

import dev.heaplab.core.interp.HeapStats;
import dev.heaplab.core.source.SourceFile;

/**
 * Figures available today: a table of allocation figures for blocks marked `heaplab-stats`, and for
 * `heaplab-trace` a plain note that memory diagrams are not rendered by this build (no fake diagram).
 */
public final class HeapStatsFigures implements BlockFigures {
    @Override public Figure forBlock(CodeBlock block, SourceFile program) {
        return (result, lang) -> {
            StringBuilder out = new StringBuilder();
            HeapStats s = result.stats();
            if (block.info().heaplabStats() && s != null) {
                out.append("<table class=\"stats\"><caption>")
                        .append(Html.escape(lang.t("Heap allocations during main", "Allocations sur le tas pendant main")))
                        .append("</caption><tbody>");
                row(out, lang.t("allocations", "allocations"), s.allocs());
                row(out, lang.t("reallocations", "réallocations"), s.reallocs());
                row(out, lang.t("deallocations", "libérations"), s.deallocs());
                row(out, lang.t("bytes allocated", "octets alloués"), s.bytesAllocated());
                row(out, lang.t("peak bytes live", "pic d'octets vivants"), s.peakBytes());
                row(out, lang.t("bytes leaked", "octets non libérés"), s.leakedBytes());
                out.append("</tbody></table>");
            }
            if (block.info().heaplabTrace()) {
                out.append("<p class=\"note\">")
                        .append(Html.escape(lang.t("heaplab-trace: memory diagrams are not rendered by this version of heaplab doc.",
                                "heaplab-trace : les diagrammes mémoire ne sont pas encore dessinés par cette version de heaplab doc.")))
                        .append("</p>");
            }
            return out.toString();
        };
    }

    private static void row(StringBuilder out, String label, long value) {
        out.append("<tr><th scope=\"row\">").append(Html.escape(label)).append("</th><td>").append(value).append("</td></tr>");
    }
}
