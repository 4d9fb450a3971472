package dev.heaplab.core.trace;

/** Receives the machine's events in order (statistics, traces, regime comparison are observers). */
@FunctionalInterface
public interface MachineObserver {
    void on(MachineEvent event);

    /** Whether this observer wants step events (storage, moves, drops, calls); statistics do not. */
    default boolean detailed() { return true; }

    /**
     * Called once before the first event with a view of the machine's memory, which observers may
     * inspect synchronously while handling an event (never after the run, never from another thread).
     */
    default void attach(MemoryInspector inspector) { }
}
