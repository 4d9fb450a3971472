package dev.heaplab.core.profile;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lessons' three optimisations, found in two halves: before the run, {@link #find} reads the MIR
 * for the shapes where a rewrite is certain to compile ({@link GrowthCandidate}, {@link ParamCandidate});
 * after it, {@link #judge} replays the {@link Trail} of the spans they watch and keeps only the hints
 * whose rewrite saves something, with the exact figures. Anything unusual drops the hint: a hint
 * that is not given costs nothing, a wrong one misleads.
 */
public final class Hints {
    private final SourceFile file;
    private final List<GrowthCandidate> growths;
    private final List<ParamCandidate> params;

    private Hints(SourceFile file, List<GrowthCandidate> growths, List<ParamCandidate> params) {
        this.file = file;
        this.growths = growths;
        this.params = params;
    }

    /** No candidates at all. */
    static Hints none() { return new Hints(null, List.of(), List.of()); }

    /** The candidates of a checked program (a program without a user file gets none). */
    public static Hints find(MirProgram mir) {
        SourceFile file = mir.source();
        if (file == null) return new Hints(null, List.of(), List.of());
        MirScan scan = new MirScan(mir);
        List<GrowthCandidate> growths = new ArrayList<>();
        List<ParamCandidate> params = new ArrayList<>();
        for (Body body : MirScan.userBodies(mir)) growths.addAll(GrowthCandidate.in(mir, scan, body));
        params.addAll(ParamCandidate.in(mir, scan));
        return new Hints(file, growths, params);
    }

    /** The spans whose executions and allocations the profiler must keep in its trail. */
    public Set<Span> watched() {
        Set<Span> out = new HashSet<>();
        for (GrowthCandidate g : growths) out.addAll(g.watched());
        for (ParamCandidate p : params) out.addAll(p.watched());
        return out;
    }

    /** The hints this run supports, in source order. */
    public List<Hint> judge(Trail trail) {
        List<Hint> out = new ArrayList<>();
        for (GrowthCandidate g : growths) out.addAll(g.judge(trail, file));
        for (ParamCandidate p : params) {
            Hint h = p.judge(trail, file);
            if (h != null) out.add(h);
        }
        out.sort(java.util.Comparator.comparingInt(Hint::line).thenComparing(h -> h.kind().ordinal()));
        return out;
    }
}
