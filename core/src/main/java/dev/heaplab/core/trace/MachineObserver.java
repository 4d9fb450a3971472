package dev.heaplab.core.trace;

/** Receives the machine's events in order (statistics, traces, regime comparison are observers). */
@FunctionalInterface
public interface MachineObserver {
    void on(MachineEvent event);
}
