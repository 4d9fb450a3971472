package dev.heaplab.core.interp;

/**
 * A block of memory: a stack slot, a heap object or static data. Heap allocations are numbered in
 * allocation order (the id a counting allocator and the diagrams show); slots and statics have their
 * own numbering. {@code size} is the byte size rustc would lay out.
 */
public final class Allocation {
    public enum Kind { STACK, HEAP, STATIC }

    private final int id;
    private final Kind kind;
    private final String what;
    public Value root;
    public long size;
    public final long align;
    public boolean live = true;
    /** Where the memory was allocated and freed (a slot: its `let` and the end of its scope), when known. */
    public dev.heaplab.core.source.Span allocatedAt, freedAt;
    /** Where writes to this allocation are reported while a trace tracks changes (null otherwise). */
    WriteLog log;
    /** Neighbours in the heap's list of live allocations (see {@link Heap}). */
    Allocation prevLive, nextLive;

    public Allocation(int id, Kind kind, Value root, long size, long align, String what) {
        this.id = id;
        this.kind = kind;
        this.root = root;
        this.size = size;
        this.align = align;
        this.what = what;
    }

    public int id() { return id; }

    /** Reports a write (or a read for writing) to the change log, if any. */
    void touch() {
        if (log != null) log.touched(this);
    }

    public Kind kind() { return kind; }

    /** A short description: the local's name or the heap object's type. */
    public String what() { return what; }

    public String label() {
        return switch (kind) {
            case STACK -> "stack#" + id;
            case HEAP -> "heap#" + id;
            case STATIC -> "static#" + id;
        };
    }

    /** Miri's name for the allocation in undefined-behaviour reports. */
    public String miriName() { return "alloc" + (kind == Kind.HEAP ? id + 1 : 1000 + id); }

    /** The allocation's origins for a report: allocated here, and deallocated here when it was freed. */
    public java.util.List<ExecutionResult.Origin> origins() {
        java.util.List<ExecutionResult.Origin> o = new java.util.ArrayList<>();
        if (allocatedAt != null) o.add(new ExecutionResult.Origin(miriName(), false, allocatedAt));
        if (freedAt != null) o.add(new ExecutionResult.Origin(miriName(), true, freedAt));
        return o;
    }

    @Override public String toString() { return label() + "(" + what + ", " + size + "B)"; }
}
