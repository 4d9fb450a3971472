package dev.heaplab.core.interp;

import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.trace.MachineObserver;

/**
 * Counts allocator events exactly as a counting `#[global_allocator]` would:
 * <ul>
 * <li>allocs/reallocs/deallocs count calls; bytes_allocated sums alloc sizes and realloc new sizes;</li>
 * <li>live bytes grow by an alloc's size, by new − old on realloc, shrink on dealloc; peak is their max;</li>
 * <li>leaked bytes are the live bytes when {@link #stats()} is taken (at the end of `main`).</li>
 * </ul>
 */
public final class HeapStatsCounter implements MachineObserver {
    private long allocs, reallocs, deallocs, bytesAllocated, live, peak;

    @Override public void on(MachineEvent event) {
        if (event instanceof MachineEvent.Alloc a) alloc(a.size());
        else if (event instanceof MachineEvent.Realloc r) realloc(r.oldSize(), r.newSize());
        else if (event instanceof MachineEvent.Dealloc d) dealloc(d.size());
    }

    /** The counts of one allocator event (the heap calls these directly when no other observer listens). */
    void alloc(long size) {
        allocs++;
        bytesAllocated += size;
        live += size;
        peak = Math.max(peak, live);
    }

    void realloc(long oldSize, long newSize) {
        reallocs++;
        bytesAllocated += newSize;
        live += newSize - oldSize;
        peak = Math.max(peak, live);
    }

    void dealloc(long size) {
        deallocs++;
        live -= size;
    }

    @Override public boolean detailed() { return false; }

    public long liveBytes() { return live; }

    public HeapStats stats() { return new HeapStats(allocs, reallocs, deallocs, bytesAllocated, peak, live); }
}
