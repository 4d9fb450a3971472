package dev.heaplab.core.trace;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MemorySnapshot.Block;
import dev.heaplab.core.trace.MemorySnapshot.Slot;
import java.util.List;

/**
 * What changed in memory between a step and the one before it: the frames (by index) whose slots
 * changed, with the slots written and the slot ids gone, and the heap and static blocks put or
 * removed. Frames beyond {@code frameCount} were popped. Applied in order to the first snapshot,
 * the deltas rebuild every step.
 */
public record MemoryDelta(long step, Span at, int frameCount, List<FrameChange> frames, List<Block> heapPut,
                          int[] heapRemoved, List<Block> staticPut, int[] staticRemoved) {
    public MemoryDelta {
        frames = List.copyOf(frames);
        heapPut = List.copyOf(heapPut);
        staticPut = List.copyOf(staticPut);
    }

    /** The changes of one frame: its identity at this index, slots written, slot ids gone. */
    public record FrameChange(int index, String fn, int depth, List<Slot> put, int[] removed) {
        public FrameChange { put = List.copyOf(put); }
    }

    /** True when memory is the same as at the step before (only frames may have been popped). */
    public boolean empty() {
        return frames.isEmpty() && heapPut.isEmpty() && heapRemoved.length == 0 && staticPut.isEmpty() && staticRemoved.length == 0;
    }
}
