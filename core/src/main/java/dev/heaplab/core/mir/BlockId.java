package dev.heaplab.core.mir;

/** Index of a basic block in a {@link Body}; bb0 is the entry. */
public record BlockId(int index) {
    public static final BlockId START = new BlockId(0);

    @Override public String toString() { return "bb" + index; }
}
