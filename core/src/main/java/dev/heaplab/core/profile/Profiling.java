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

    /**
     * The profile of the finished run; hints only when {@code completed} (`main` returned), since the
     * figures of a run cut short by a panic or a limit say little about the program.
     */
    public Profile profile(boolean completed) {
        java.util.List<Hint> found = java.util.List.of();
        try {
            if (completed) found = hints.judge(profiler.trail());
        } catch (RuntimeException e) {
            found = java.util.List.of(); // a fault of the judge costs the hints, never the profile
        }
        return profiler.profile(found);
    }
}
