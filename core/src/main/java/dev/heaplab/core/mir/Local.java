package dev.heaplab.core.mir;

/** Index of a local in a {@link Body}: `_0` is the return place, then the arguments, then the rest. */
public record Local(int index) {
    public static final Local RETURN = new Local(0);

    @Override public String toString() { return "_" + index; }
}
