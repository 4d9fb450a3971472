package dev.heaplab.core.mir;

/** A point in a body: statement {@code index} of {@code block} (index == statements.size() is the terminator). */
public record Location(BlockId block, int index) {}
