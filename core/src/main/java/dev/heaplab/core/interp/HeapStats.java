package dev.heaplab.core.interp;

/**
 * What a counting global allocator sees during `main`: alloc (+ alloc_zeroed) calls, realloc calls,
 * dealloc calls, bytes requested by allocs plus new sizes of reallocs, peak live bytes (a realloc
 * counts new − old), and bytes still live when `main` returns.
 */
public record HeapStats(long allocs, long reallocs, long deallocs, long bytesAllocated, long peakBytes,
                        long leakedBytes) {}
