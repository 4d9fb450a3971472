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

    public Allocation(int id, Kind kind, Value root, long size, long align, String what) {
        this.id = id;
        this.kind = kind;
        this.root = root;
        this.size = size;
        this.align = align;
        this.what = what;
    }

    public int id() { return id; }

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

    @Override public String toString() { return label() + "(" + what + ", " + size + "B)"; }
}
