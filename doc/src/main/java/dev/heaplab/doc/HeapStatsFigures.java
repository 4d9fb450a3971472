package dev.heaplab.doc;

import dev.heaplab.core.interp.HeapStats;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.trace.MachineObserver;
import java.util.List;

/**
 * The figures of a block: a table of allocation figures for blocks marked `heaplab-stats`, and
 * memory diagrams of the run ({@link MemoryDiagrams}) for blocks marked `heaplab-trace`.
 */
public final class HeapStatsFigures implements BlockFigures {
    @Override public Figure forBlock(CodeBlock block, SourceFile program) {
        MemoryDiagrams diagrams = block.info().heaplabTrace() ? new MemoryDiagrams(program) : null;
        return new Figure() {
            @Override public List<MachineObserver> observers() {
                return diagrams == null ? List.of() : diagrams.observers();
            }

            @Override public String html(BlockResult result, Lang lang) { return figures(block, diagrams, result, lang); }
        };
    }

    private static String figures(CodeBlock block, MemoryDiagrams diagrams, BlockResult result, Lang lang) {
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
        if (diagrams != null) out.append(diagrams.html(result, lang));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, long value) {
        out.append("<tr><th scope=\"row\">").append(Html.escape(label)).append("</th><td>").append(value).append("</td></tr>");
    }
}
