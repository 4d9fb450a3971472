package dev.heaplab.core.profile;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.trace.MachineObserver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link Profile} from the machine's events. Rules:
 * <ul>
 * <li>the step count is the number of {@link MachineEvent.Step} events seen (so the observer is detailed);</li>
 * <li>an event located in the standard library is charged to the last step in the user's file, i.e.
 *     the user's call that led into the library (or the user closure the library called back);</li>
 * <li>a block belongs to the line of its first allocation; reallocations and bytes to the line where
 *     they happen; lifetime is the number of steps from allocation to deallocation;</li>
 * <li>for the hints, executions of the {@code watched} spans (a run of consecutive steps with that span
 *     counts once) and the allocator events located there are kept in order in a {@link Trail}.</li>
 * </ul>
 */
public final class Profiler implements MachineObserver {
    private final SourceFile file;
    private final Set<Span> watched;
    private final Trail trail = new Trail();
    private long step;
    private Span lastUser = Span.DUMMY, lastStep = Span.DUMMY;
    private final Map<Integer, Block> live = new HashMap<>();
    private final Set<Integer> tracked = new java.util.HashSet<>();
    private final TreeMap<Integer, long[]> lines = new TreeMap<>();
    private long allocs, reallocs, deallocs, bytes, liveBytes, peak, peakStep;
    private int peakLine;

    /** A live block: its allocation line and step, and its size now. */
    private static final class Block {
        final int line;
        final long born;
        long size;

        Block(int line, long born, long size) {
            this.line = line;
            this.born = born;
            this.size = size;
        }
    }

    // indices into a line's counters
    private static final int ALLOCS = 0, REALLOCS = 1, BYTES = 2, FREED = 3, LIFETIME = 4, MAX_LIFE = 5, N = 6;

    public Profiler(SourceFile file, Set<Span> watched) {
        this.file = file;
        this.watched = Set.copyOf(watched);
    }

    @Override public void on(MachineEvent event) {
        // Only steps and allocator events matter here; like HeapStatsCounter, every other event is ignored.
        if (event instanceof MachineEvent.Step s) {
            step = s.step();
            Span sp = s.span();
            if (isUser(sp)) lastUser = sp;
            if (!sp.equals(lastStep) && watched.contains(sp)) trail.add(new Trail.Hit(sp));
            lastStep = sp;
        } else if (event instanceof MachineEvent.Alloc a) {
            int line = lineOf(a.span());
            allocs++;
            bytes += a.size();
            long[] c = counters(line);
            c[ALLOCS]++;
            c[BYTES] += a.size();
            live.put(a.allocId(), new Block(line, step, a.size()));
            grow(a.size(), line);
            if (watched.contains(a.span())) {
                tracked.add(a.allocId());
                trail.add(new Trail.Alloc(a.span(), a.allocId()));
            }
        } else if (event instanceof MachineEvent.Realloc r) {
            int line = lineOf(r.span());
            reallocs++;
            bytes += r.newSize();
            long[] c = counters(line);
            c[REALLOCS]++;
            c[BYTES] += r.newSize();
            Block b = live.get(r.allocId());
            if (b != null) b.size = r.newSize();
            grow(r.newSize() - r.oldSize(), line);
            if (tracked.contains(r.allocId())) trail.add(new Trail.Realloc(r.span(), r.allocId()));
        } else if (event instanceof MachineEvent.Dealloc d) {
            deallocs++;
            liveBytes -= d.size();
            Block b = live.remove(d.allocId());
            if (b != null) {
                long[] c = counters(b.line);
                long life = step - b.born;
                c[FREED]++;
                c[LIFETIME] += life;
                c[MAX_LIFE] = Math.max(c[MAX_LIFE], life);
            }
            if (tracked.remove(d.allocId())) trail.add(new Trail.Dealloc(d.allocId()));
        }
    }

    private void grow(long delta, int line) {
        liveBytes += delta;
        if (liveBytes > peak) {
            peak = liveBytes;
            peakStep = step;
            peakLine = line;
        }
    }

    private boolean isUser(Span s) {
        return file != null && !s.isEmpty() && file.contains(s.lo()) && file.contains(s.hi());
    }

    private int lineOf(Span s) {
        Span at = isUser(s) ? s : lastUser;
        return at.isEmpty() || file == null ? 0 : file.line(at.lo());
    }

    private long[] counters(int line) { return lines.computeIfAbsent(line, k -> new long[N]); }

    /** What the watched spans saw, for {@link Hints}. */
    public Trail trail() { return trail; }

    /** The profile as it stands (call after the run); {@code hints} are attached as given. */
    public Profile profile(List<Hint> hints) {
        Map<Integer, Long> liveAt = new HashMap<>();
        for (Block b : live.values()) liveAt.merge(b.line, 1L, Long::sum);
        List<Profile.Site> sites = new ArrayList<>();
        for (var e : lines.entrySet()) {
            long[] c = e.getValue();
            int line = e.getKey();
            String code = line > 0 && line <= file.lineCount() ? file.lineText(line).strip() : "";
            sites.add(new Profile.Site(line, code, c[ALLOCS], c[REALLOCS], c[BYTES], c[FREED],
                    liveAt.getOrDefault(line, 0L), c[LIFETIME], c[MAX_LIFE]));
        }
        return new Profile(new Profile.Totals(allocs, reallocs, deallocs, bytes), new Profile.Peak(peak, peakStep, peakLine),
                live.size(), liveBytes, step, sites, hints);
    }
}
