package dev.heaplab.core.mir;

import dev.heaplab.core.source.Span;

/** A straight-line step inside a basic block; each carries the source span it came from. */
public sealed interface Statement {
    Span span();

    record Assign(Span span, Place place, Rvalue rvalue) implements Statement {}
    /** The local's storage begins (its stack slot becomes usable, uninitialised). */
    record StorageLive(Span span, Local local) implements Statement {}
    /** The local's storage ends; borrows of it must be dead by now. */
    record StorageDead(Span span, Local local) implements Statement {}
    /** Writes the discriminant of an enum place whose fields were written separately. */
    record SetDiscriminant(Span span, Place place, int variant) implements Statement {}
    /**
     * Mentions a place (`let _ = place;`, a match or if-let scrutinee), as rustc's PlaceMention: the
     * place's borrows are live here, but it is neither read nor moved (the tests that follow read it).
     */
    record PlaceMention(Span span, Place place) implements Statement {}
    /** Sets a drop flag (a bool local) that guards a conditional Drop. */
    record SetDropFlag(Span span, Local flag, boolean value) implements Statement {}
    record Nop(Span span) implements Statement {}
}
