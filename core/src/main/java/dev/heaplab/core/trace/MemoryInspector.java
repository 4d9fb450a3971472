package dev.heaplab.core.trace;

/** Read access to the running machine's memory, for observers that draw it (traces, diagrams). */
@FunctionalInterface
public interface MemoryInspector {
    /** An immutable picture of the stack frames, heap and static data at this instant. */
    MemorySnapshot snapshot();

    /**
     * Asks the machine to report its writes from now on, for a recorder that stores changes: call it
     * from {@link MachineObserver#attach}, before the run starts. Null when the inspector cannot (or
     * already serves another tracker); the machine pays nothing for it when nobody asks.
     */
    default ChangeTracker trackChanges() { return null; }
}
