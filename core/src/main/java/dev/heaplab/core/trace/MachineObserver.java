package dev.heaplab.core.trace;

/** Receives the machine's events in order (statistics, traces, regime comparison are observers). */
@FunctionalInterface
public interface MachineObserver {
    void on(MachineEvent event);

    /** Whether this observer wants step events (storage, moves, drops, calls); statistics do not. */
    default boolean detailed() { return true; }
}
