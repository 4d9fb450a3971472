package dev.heaplab.core.trace;

/**
 * Memory as changes: the machine reports which slots and blocks each step wrote, so that a step
 * costs what it changed rather than what is live (see {@link MemoryInspector#trackChanges()}).
 */
@FunctionalInterface
public interface ChangeTracker {
    /** What changed since the previous call (the first call: everything, from an empty memory). */
    MemoryDelta delta();
}
