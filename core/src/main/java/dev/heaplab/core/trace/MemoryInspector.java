package dev.heaplab.core.trace;

/** Read access to the running machine's memory, for observers that draw it (traces, diagrams). */
@FunctionalInterface
public interface MemoryInspector {
    /** An immutable picture of the stack frames, heap and static data at this instant. */
    MemorySnapshot snapshot();
}
