package dev.heaplab.core.memview;

import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.ChangeTracker;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.trace.MachineObserver;
import dev.heaplab.core.trace.MemoryInspector;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a run for `heaplab trace`: the memory of every step (as changes, in a {@link SnapshotStore})
 * and the machine's events, each tagged with the step during which it happened. When the run stops
 * early (a limit, a panic) everything recorded so far stays available.
 */
public final class TraceRecorder implements MachineObserver {
    /** Where a borrow is last used, from the borrow checker's facts (null when unknown). */
    @FunctionalInterface
    public interface LastUseProvider {
        Span lastUse(MachineEvent.Borrow borrow);
    }

    private final SourceFile source;
    private final SnapshotStore store = new SnapshotStore();
    private final List<TraceEvent> events = new ArrayList<>();
    private LastUseProvider lastUse;
    private MemoryInspector inspector;
    private ChangeTracker changes;
    private long step;

    public TraceRecorder(SourceFile source) { this.source = source; }

    /** Joins each Borrow event with where the borrow is last used (the hook for the checker's facts). */
    public TraceRecorder withLastUse(LastUseProvider provider) {
        this.lastUse = provider;
        return this;
    }

    /** Memory is taken as the changes the machine reports when it can, else as whole snapshots compared. */
    @Override public void attach(MemoryInspector inspector) {
        this.inspector = inspector;
        this.changes = inspector.trackChanges();
    }

    @Override public void on(MachineEvent e) {
        switch (e) {
            case MachineEvent.Step s -> {
                step = s.step();
                if (changes != null) store.add(changes.delta());
                else if (inspector != null) store.add(inspector.snapshot());
            }
            case MachineEvent.Borrow b -> events.add(new TraceEvent(step, b, lastUse == null ? null : lastUse.lastUse(b)));
            case MachineEvent.Alloc a -> events.add(new TraceEvent(step, a, null));
            case MachineEvent.Realloc r -> events.add(new TraceEvent(step, r, null));
            case MachineEvent.Dealloc d -> events.add(new TraceEvent(step, d, null));
            case MachineEvent.Output o -> events.add(new TraceEvent(step, o, null));
            case MachineEvent.Panic p -> events.add(new TraceEvent(step, p, null));
            case MachineEvent.StorageLive l -> events.add(new TraceEvent(step, l, null));
            case MachineEvent.StorageDead d -> events.add(new TraceEvent(step, d, null));
            case MachineEvent.Move m -> events.add(new TraceEvent(step, m, null));
            case MachineEvent.Copy c -> events.add(new TraceEvent(step, c, null));
            case MachineEvent.Drop d -> events.add(new TraceEvent(step, d, null));
            case MachineEvent.Call c -> { } // frames are visible in every snapshot
            case MachineEvent.Return r -> { }
        }
    }

    /** The recorded run; {@code result} says how it ended. */
    public Trace finish(ExecutionResult result) { return new Trace(source, store, List.copyOf(events), result); }
}
