package dev.heaplab.core.profile;

import dev.heaplab.core.mir.MirProgram;

/** One profiled run: the hint candidates read from the MIR and the profiler that watches their spans. */
public final class Profiling {
    private final Hints hints;
    private final Profiler profiler;

    private Profiling(Hints hints, Profiler profiler) {
        this.hints = hints;
        this.profiler = profiler;
    }

    /** Prepares the profiling of a checked program; pass {@link #profiler()} to the machine. */
    public static Profiling of(MirProgram mir) {
        Hints hints;
        try {
            hints = Hints.find(mir);
        } catch (RuntimeException | StackOverflowError e) {
            hints = Hints.none(); // a fault of the hint finder costs the hints, never the run
        }
        return new Profiling(hints, new Profiler(mir.source(), hints.watched()));
    }

    public Profiler profiler() { return profiler; }

    /** The profile of the finished run, with the hints it supports. */
    public Profile profile() {
        java.util.List<Hint> found;
        try {
            found = hints.judge(profiler.trail());
        } catch (RuntimeException e) {
            found = java.util.List.of();
        }
        return profiler.profile(found);
    }
}
