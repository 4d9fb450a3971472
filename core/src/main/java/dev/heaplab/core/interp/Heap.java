package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The single allocator every owning type goes through. It numbers heap allocations in order, emits
 * Alloc/Realloc/Dealloc events, enforces the heap limit and detects double frees. Zero-sized
 * requests must not reach it (callers use dangling pointers, as std does).
 */
public final class Heap {
    private final Consumer<MachineEvent> events;
    private final long maxBytes;
    private final Map<Integer, Allocation> live = new LinkedHashMap<>();
    private int nextId;
    private long liveBytes;

    public Heap(Consumer<MachineEvent> events, long maxBytes) {
        this.events = events;
        this.maxBytes = maxBytes;
    }

    public Allocation alloc(long size, long align, Value root, String what, Span span) {
        if (size <= 0) throw new MachineStop.Internal("zero-sized allocation of " + what, span);
        reserve(size, span);
        Allocation a = new Allocation(nextId++, Allocation.Kind.HEAP, root, size, align, what);
        live.put(a.id(), a);
        liveBytes += size;
        events.accept(new MachineEvent.Alloc(span, a.id(), size, align, what));
        return a;
    }

    public void realloc(Allocation a, long newSize, Span span) {
        check(a, "realloc", span);
        if (newSize <= 0) throw new MachineStop.Internal("realloc to zero bytes", span);
        if (newSize > a.size) reserve(newSize - a.size, span);
        long old = a.size;
        a.size = newSize;
        liveBytes += newSize - old;
        events.accept(new MachineEvent.Realloc(span, a.id(), old, newSize));
    }

    public void dealloc(Allocation a, Span span) {
        check(a, "free", span);
        a.live = false;
        live.remove(a.id());
        liveBytes -= a.size;
        events.accept(new MachineEvent.Dealloc(span, a.id(), a.size));
    }

    private void check(Allocation a, String op, Span span) {
        if (a == null || a.kind() != Allocation.Kind.HEAP)
            throw new MachineStop.Undefined(op + " of memory not allocated on the heap", span);
        if (!a.live) throw new MachineStop.Undefined("double free: " + op + " of " + a.label() + " already freed", span);
    }

    /**
     * Checks that {@code more} bytes can be allocated before the machine builds the Java object that
     * holds them: within the heap limit, and within what one Java array can hold.
     */
    void ensure(long more, Span span) {
        reserve(more, span);
        checkLength(more, span);
    }

    /** One Java array holds at most about 2^31 elements: a longer buffer is a limit of the machine. */
    static void checkLength(long n, Span span) {
        if (n > Integer.MAX_VALUE - 16)
            throw new MachineStop.Limit("limit: one buffer of " + n + " elements is larger than the machine supports", span);
    }

    private void reserve(long more, Span span) {
        if (liveBytes + more > maxBytes)
            throw new MachineStop.Limit("limit: the program used more than " + maxBytes
                    + " bytes of heap (see --max-heap)", span);
    }

    public long liveBytes() { return liveBytes; }

    /** Live heap allocations in allocation order. */
    public Iterable<Allocation> liveAllocations() { return live.values(); }

    public int liveCount() { return live.size(); }
}
