package dev.heaplab.core.profile;

import java.util.List;

/**
 * An allocation profile of one run, in the manner of dhat: totals as a counting global allocator
 * sees them, the peak (how many bytes, at which machine step and source line), what was still live
 * when `main` returned, one {@link Site} per source line that allocated, and the {@link Hint}s.
 */
public record Profile(Totals totals, Peak peak, long liveBlocksAtEnd, long liveBytesAtEnd, long steps,
        List<Site> sites, List<Hint> hints) {
    public Profile {
        sites = List.copyOf(sites);
        hints = List.copyOf(hints);
    }

    /** The figures `--stats-json` writes (allocs + reallocs + deallocs, bytes = alloc sizes + realloc new sizes). */
    public record Totals(long allocs, long reallocs, long deallocs, long bytesAllocated) {}

    /** The most bytes live at once; {@code step} 0 and {@code line} 0 when nothing was ever allocated. */
    public record Peak(long bytes, long step, int line) {}

    /**
     * The heap traffic of one source line: blocks first allocated there ({@code allocs}, how many of
     * them were freed and their lifetimes in machine steps), reallocations made there, and bytes
     * requested there (alloc sizes plus realloc new sizes).
     */
    public record Site(int line, String code, long allocs, long reallocs, long bytes, long freed, long liveAtEnd,
            long totalLifetime, long maxLifetime) {
        /** Mean lifetime of the freed blocks in steps, rounded down (0 when none was freed). */
        public long avgLifetime() { return freed == 0 ? 0 : totalLifetime / freed; }
    }
}
