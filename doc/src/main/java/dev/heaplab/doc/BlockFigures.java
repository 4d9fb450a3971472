package dev.heaplab.doc;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.trace.MachineObserver;
import java.util.List;

/**
 * The one place where a block's page section gets extra figures: heap statistics and memory
 * diagrams (inline SVG drawn from the run recorded by a {@code TraceRecorder} observer). For each
 * checked block the checker asks for a {@link Figure}, attaches its observers to the run, and puts
 * its HTML under the block's output.
 */
public interface BlockFigures {
    /**
     * @param program the text heaplab compiles for this block (memory diagrams need it to locate steps)
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
