package dev.heaplab.core.interp;

/** Bounds on a run; exceeding one stops the program with `error: limit: …` (exit 3). */
public record Limits(long maxSteps, long maxHeapBytes, int maxStackDepth, long maxOutputBytes, long maxWallMillis) {
    public static final Limits DEFAULT = new Limits(50_000_000L, 1L << 30, 10_000, 16L << 20, 10_000L);
}
