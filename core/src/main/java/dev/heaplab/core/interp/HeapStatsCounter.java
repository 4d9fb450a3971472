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
        if (event instanceof MachineEvent.Alloc a) {
            allocs++;
            bytesAllocated += a.size();
            live += a.size();
        } else if (event instanceof MachineEvent.Realloc r) {
            reallocs++;
            bytesAllocated += r.newSize();
            live += r.newSize() - r.oldSize();
        } else if (event instanceof MachineEvent.Dealloc d) {
            deallocs++;
            live -= d.size();
        }
        peak = Math.max(peak, live);
    }

    @Override public boolean detailed() { return false; }

    public long liveBytes() { return live; }

    public HeapStats stats() { return new HeapStats(allocs, reallocs, deallocs, bytesAllocated, peak, live); }
}
