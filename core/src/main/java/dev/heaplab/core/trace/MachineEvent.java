package dev.heaplab.core.trace;

import dev.heaplab.core.source.Span;

/**
 * Something the machine did, with the source span responsible. Allocation ids are small integers
 * in allocation order. Renderers and statistics read only these events. Memory events (Alloc,
 * Realloc, Dealloc) and Output/Panic are always emitted; the step events (StorageLive, StorageDead,
 * Move, Copy, Borrow, Drop, Call, Return) only when an observer is {@link MachineObserver#detailed() detailed}.
 */
public sealed interface MachineEvent {
    Span span();

    record Alloc(Span span, int allocId, long size, long align, String what) implements MachineEvent {}
    record Realloc(Span span, int allocId, long oldSize, long newSize) implements MachineEvent {}
    record Dealloc(Span span, int allocId, long size) implements MachineEvent {}
    record Output(Span span, boolean stderr, String text) implements MachineEvent {}
    record Panic(Span span, String message) implements MachineEvent {}
    /** A local's storage begins in frame {@code depth} (0 is `main`); {@code name} null for temporaries. */
    record StorageLive(Span span, int depth, int local, String name) implements MachineEvent {}
    record StorageDead(Span span, int depth, int local, String name) implements MachineEvent {}
    /**
     * A value was moved out of {@code place} (printed MIR place, e.g. `_1.0`), leaving it uninitialised;
     * {@code name} is the place as the user wrote it (`s`, `p.name`), null for a temporary.
     */
    record Move(Span span, int depth, String place, String name) implements MachineEvent {}
    /** A `Copy` value was read from the user variable {@code name} (MIR place {@code place}). */
    record Copy(Span span, int depth, String place, String name) implements MachineEvent {}
    /**
     * A `&`/`&mut` rvalue executed: a reference to {@code place} (as the user wrote it; null when the
     * place is a temporary) was created. Where the borrow is last used comes from the checker's facts,
     * not from the machine (see the trace recorder's last-use provider).
     */
    record Borrow(Span span, int depth, String place, boolean mutable) implements MachineEvent {}
    /**
     * A value of type {@code ty} is being dropped (drop glue starts for it); {@code place} names the
     * dropped variable for a MIR Drop of a user variable (null for parts and temporaries), and
     * {@code userDrop} says whether a user `Drop::drop` runs for this value.
     */
    record Drop(Span span, int depth, String ty, String place, boolean userDrop) implements MachineEvent {}
    /** A frame for {@code fn} is pushed at {@code depth}. */
    record Call(Span span, int depth, String fn) implements MachineEvent {}
    record Return(Span span, int depth, String fn) implements MachineEvent {}
    /**
     * The machine is about to execute step {@code step} (a MIR statement or terminator) at
     * {@code span}. Emitted only for detailed observers; memory changed by the previous step is
     * visible to {@link MachineObserver#attach inspection} at this point.
     */
    record Step(Span span, long step) implements MachineEvent {}
}
