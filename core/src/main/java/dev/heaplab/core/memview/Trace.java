package dev.heaplab.core.memview;

import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MemorySnapshot;
import java.util.List;

/**
 * A recorded run: the program, the memory of each recorded step, the events, and how it ended.
 * Recorded steps are numbered by index (0 ..{@link #size()}-1); {@link #snapshot} rebuilds any one.
 */
public record Trace(SourceFile source, SnapshotStore store, List<TraceEvent> events, ExecutionResult result) {
    public int size() { return store.size(); }

    public MemorySnapshot snapshot(int index) { return store.get(index); }

    /** Whether the run was stopped by a limit (the trace then holds the steps before it). */
    public boolean truncated() { return result != null && result.outcome() == ExecutionResult.Outcome.LIMIT; }

    /** The line in the user's program of a span, or -1 for the standard library's code. */
    public int line(Span span) {
        if (source == null || span == null || span == Span.DUMMY || !source.contains(span.lo())) return -1;
        return source.line(span.lo());
    }

    /** The user's line a recorded step executes, or -1 inside the standard library. */
    public int line(int index) { return line(store.at(index)); }
}
