package dev.heaplab.core.profile;

import java.util.Comparator;
import java.util.List;

/**
 * An optimisation the lessons teach, with the figures observed in this run and the rewrite that
 * applies it. {@code savedAllocs}/{@code savedReallocs} are what the rewrite saves over the whole
 * run; tests apply {@link #edits()} and check the counts drop by exactly those figures.
 *
 * @param line  source line the hint is about (1-based)
 * @param what  the variable or parameter concerned
 * @param count the observed figure the message quotes: pushes (final length) for {@link Kind#WITH_CAPACITY},
 *              calls for {@link Kind#BORROW_PARAM}, loop iterations for {@link Kind#REUSE_BUFFER}
 * @param from  the code as written (`Vec::new()`, `String`), {@code to} the suggested code
 */
public record Hint(Kind kind, int line, String what, long count, String from, String to, long savedAllocs,
        long savedReallocs, List<Edit> edits) {
    public Hint { edits = List.copyOf(edits); }

    public enum Kind {
        /** A Vec/String grown by pushes in a loop: allocate its final length up front. */
        WITH_CAPACITY,
        /** A `String`/`Vec<T>` parameter only read: take `&str`/`&[T]`, callers stop allocating. */
        BORROW_PARAM,
        /** A fresh String/Vec per loop iteration: declare it once before the loop and `clear()` it. */
        REUSE_BUFFER
    }

    /** Replace chars [lo, hi) of the source text (offsets relative to the file's start) by {@code text}. */
    public record Edit(int lo, int hi, String text) {}

    /** The program text with this hint's rewrite applied. */
    public String apply(String source) {
        StringBuilder sb = new StringBuilder(source);
        List<Edit> sorted = edits.stream().sorted(Comparator.comparingInt(Edit::lo).reversed()).toList();
        for (Edit e : sorted) sb.replace(e.lo(), e.hi(), e.text());
        return sb.toString();
    }
}
