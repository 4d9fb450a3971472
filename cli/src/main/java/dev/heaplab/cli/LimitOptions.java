package dev.heaplab.cli;

import dev.heaplab.core.interp.Limits;
import picocli.CommandLine.Option;

/** The machine's limit flags, shared by the commands that run a program (a picocli mixin). */
final class LimitOptions {
    @Option(names = "--max-steps", paramLabel = "N", description = "Step limit.") Long maxSteps;

    @Option(names = "--max-heap", paramLabel = "BYTES") Long maxHeap;

    @Option(names = "--max-depth", paramLabel = "N") Integer maxDepth;

    @Option(names = "--max-output", paramLabel = "BYTES") Long maxOutput;

    @Option(names = "--timeout", paramLabel = "MS", description = "Wall-clock limit in milliseconds.") Long timeout;

    /** The limits given on the command line, the others from {@code defaults}. */
    Limits resolve(Limits defaults) {
        return new Limits(maxSteps != null ? maxSteps : defaults.maxSteps(), maxHeap != null ? maxHeap : defaults.maxHeapBytes(),
                maxDepth != null ? maxDepth : defaults.maxStackDepth(), maxOutput != null ? maxOutput : defaults.maxOutputBytes(),
                timeout != null ? timeout : defaults.maxWallMillis());
    }
}
