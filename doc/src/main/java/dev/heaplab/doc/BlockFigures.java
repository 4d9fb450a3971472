package dev.heaplab.doc;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.trace.MachineObserver;
import java.util.List;

/**
 * The one place where a block's page section gets extra figures: heap statistics now, memory
 * diagrams (SVG from {@code MemorySnapshot}s, via an observer that collects them) once renderers
 * exist (e.g. a figure whose observer is the trace branch's {@code TraceRecorder} and whose HTML is
 * {@code TraceSvg.render(recorder.finish(result.execution()), lang.french(), -1)}). For each checked block the checker asks for a {@link Figure}, attaches its observers to the
 * run, and puts its HTML under the block's output.
 */
public interface BlockFigures {
    /**
     * @param program the text heaplab compiles for this block (a memory-diagram renderer such as the
     *                trace branch's {@code TraceRecorder(SourceFile)} needs it to locate steps)
     */
    Figure forBlock(CodeBlock block, SourceFile program);

    /** The figures of one block; stateful for the duration of that block's run. */
    interface Figure {
        /** Observers to attach to the run (a diagram renderer would collect snapshots here). */
        default List<MachineObserver> observers() { return List.of(); }

        /** Well-formed HTML with every text escaped ({@link Html}), or "" for nothing. */
        String html(BlockResult result, Lang lang);
    }

    /** No figures. */
    BlockFigures NONE = (block, program) -> (result, lang) -> "";
}
