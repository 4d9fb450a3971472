package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;

/**
 * How a run ended. {@code exitCode} follows the CLI contract: 0 completed, 101 panicked, 1 when
 * `main` returned `Err`, 3 a limit was hit. {@code message} explains limits and internal faults;
 * {@code span} locates them (null when unknown).
 */
public record ExecutionResult(Outcome outcome, int exitCode, String message, Span span, HeapStats stats,
        java.util.List<Origin> origins) {
    public enum Outcome { COMPLETED, PANICKED, MAIN_RETURNED_ERR, LIMIT, UNDEFINED_BEHAVIOR, INTERNAL_ERROR }

    /** Where the memory that undefined behaviour touched came from: "alloc3 was allocated here". */
    public record Origin(String label, boolean deallocated, Span span) {}

    public ExecutionResult(Outcome outcome, int exitCode, String message, Span span, HeapStats stats) {
        this(outcome, exitCode, message, span, stats, java.util.List.of());
    }
}
