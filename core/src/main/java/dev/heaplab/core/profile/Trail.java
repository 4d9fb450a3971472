package dev.heaplab.core.profile;

import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/** The events at the spans the hints watch, in the order the machine produced them. */
public final class Trail {
    /** One entry of the trail. */
    public sealed interface Entry {}

    /** The step(s) at a watched span ran once (e.g. a watched call was executed). */
    public record Hit(Span span) implements Entry {}

    /** A block was allocated by the code at a watched span. */
    public record Alloc(Span span, int id) implements Entry {}

    /** A block allocated at a watched span was reallocated (at {@code span}). */
    public record Realloc(Span span, int id) implements Entry {}

    /** A block allocated at a watched span was freed. */
    public record Dealloc(int id) implements Entry {}

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry e) { entries.add(e); }

    public List<Entry> entries() { return List.copyOf(entries); }
}
