package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import java.util.function.Consumer;

/**
 * The single allocator every owning type goes through. It numbers heap allocations in order, emits
 * Alloc/Realloc/Dealloc events, enforces the heap limit and detects double frees. Zero-sized
 * requests must not reach it (callers use dangling pointers, as std does).
 */
public final class Heap {
    private final Consumer<MachineEvent> events;
    private final long maxBytes;
    /**
     * The live heap allocations: by id (ids are dense, from 0), and linked in allocation order
     * (through {@link Allocation#prevLive}/{@link Allocation#nextLive}) for the memory views, so that
     * an allocation or a free is a few writes rather than a boxed key and a hash-map entry.
     */
    private Allocation[] byId = new Allocation[256];
    private Allocation first, last;
    private int liveCount;
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
        a.allocatedAt = locate.apply(span);
        a.log = log;
        a.touch();
        link(a);
        liveBytes += size;
        if (statsOnly != null) statsOnly.alloc(size);
        else events.accept(new MachineEvent.Alloc(span, a.id(), size, align, what));
        return a;
    }

    /**
     * Resizes a heap block. With undefined-behaviour checks on, the block moves as Miri's realloc
     * always does: the old allocation is freed (pointers into it dangle) and a new one, keeping the
     * id the events and statistics use, is returned; otherwise the block is resized in place.
     */
    public Allocation realloc(Allocation a, long newSize, Span span) {
        check(a, "realloc", span);
        if (newSize <= 0) throw new MachineStop.Internal("realloc to zero bytes", span);
        if (newSize > a.size) reserve(newSize - a.size, span);
        long old = a.size;
        Allocation result = a;
        if (movingRealloc) {
            result = new Allocation(a.id(), Allocation.Kind.HEAP, a.root, newSize, a.align, a.what());
            result.allocatedAt = locate.apply(span);
            result.log = log;
            a.live = false;
            a.freedAt = locate.apply(span);
            replace(a, result);
        }
        result.size = newSize;
        a.touch();
        result.touch();
        liveBytes += newSize - old;
        if (statsOnly != null) statsOnly.realloc(old, newSize);
        else events.accept(new MachineEvent.Realloc(span, a.id(), old, newSize));
        return result;
    }

    /** The statistics when they are the machine's only observer: counted directly, with no event objects. */
    HeapStatsCounter statsOnly;

    /** Where allocations report their writes while a trace tracks changes (see {@link WriteLog}). */
    WriteLog log;

    /** The live heap allocation numbered {@code id}, or null. */
    Allocation live(int id) { return id >= 0 && id < byId.length ? byId[id] : null; }

    private void link(Allocation a) {
        int id = a.id();
        if (id >= byId.length) byId = java.util.Arrays.copyOf(byId, Math.max(byId.length * 2, id + 1));
        byId[id] = a;
        a.prevLive = last;
        a.nextLive = null;
        if (last == null) first = a;
        else last.nextLive = a;
        last = a;
        liveCount++;
    }

    private void unlink(Allocation a) {
        if (byId[a.id()] != a) return;
        byId[a.id()] = null;
        if (a.prevLive == null) first = a.nextLive;
        else a.prevLive.nextLive = a.nextLive;
        if (a.nextLive == null) last = a.prevLive;
        else a.nextLive.prevLive = a.prevLive;
        a.prevLive = a.nextLive = null;
        liveCount--;
    }

    /** {@code now} takes {@code old}'s place (same id, same position in allocation order). */
    private void replace(Allocation old, Allocation now) {
        byId[old.id()] = now;
        now.prevLive = old.prevLive;
        now.nextLive = old.nextLive;
        if (old.prevLive == null) first = now;
        else old.prevLive.nextLive = now;
        if (old.nextLive == null) last = now;
        else old.nextLive.prevLive = now;
        old.prevLive = old.nextLive = null;
    }

    /** Whether realloc moves blocks (set when the machine checks for undefined behaviour). */
    boolean movingRealloc;
    /** Maps the span of an allocator call to the user's code (set with undefined-behaviour checks). */
    java.util.function.UnaryOperator<Span> locate = s -> s;

    public void dealloc(Allocation a, Span span) {
        check(a, "free", span);
        a.live = false;
        a.freedAt = locate.apply(span);
        unlink(a);
        a.touch();
        liveBytes -= a.size;
        if (statsOnly != null) statsOnly.dealloc(a.size);
        else events.accept(new MachineEvent.Dealloc(span, a.id(), a.size));
    }

    private void check(Allocation a, String op, Span span) {
        if (a == null || a.kind() != Allocation.Kind.HEAP)
            throw new MachineStop.Undefined(op + " of memory not allocated on the heap", span);
        if (!a.live) throw new MachineStop.Undefined((op.equals("free") ? "double free: " : op + " of freed memory: ")
                + a.miriName() + " has already been freed", span, a.origins());
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
    public Iterable<Allocation> liveAllocations() {
        return () -> new java.util.Iterator<>() {
            private Allocation next = first;

            @Override public boolean hasNext() { return next != null; }

            @Override public Allocation next() {
                if (next == null) throw new java.util.NoSuchElementException();
                Allocation a = next;
                next = a.nextLive;
                return a;
            }
        };
    }

    public int liveCount() { return liveCount; }
}
