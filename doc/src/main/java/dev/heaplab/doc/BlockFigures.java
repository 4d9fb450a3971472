package dev.heaplab.doc;

import dev.heaplab.core.trace.MachineObserver;
import java.util.List;

/**
 * The one place where a block's page section gets extra figures: heap statistics now, memory
 * diagrams (SVG from {@code MemorySnapshot}s, via an observer that collects them) once renderers
 * exist. For each checked block the checker asks for a {@link Figure}, attaches its observers to the
 * run, and puts its HTML under the block's output.
 */
public interface BlockFigures {
    Figure forBlock(CodeBlock block);

    /** The figures of one block; stateful for the duration of that block's run. */
    interface Figure {
        /** Observers to attach to the run (a diagram renderer would collect snapshots here). */
        default List<MachineObserver> observers() { return List.of(); }

        /** Well-formed HTML with every text escaped ({@link Html}), or "" for nothing. */
        String html(BlockResult result, Lang lang);
    }

    /** No figures. */
    BlockFigures NONE = block -> (result, lang) -> "";
}
