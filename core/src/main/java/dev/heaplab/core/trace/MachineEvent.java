package dev.heaplab.core.trace;

import dev.heaplab.core.source.Span;

/**
 * Something the machine did, with the source span responsible. Allocation ids are small integers
 * in allocation order. Renderers and statistics read only these events. Memory events (Alloc,
 * Realloc, Dealloc) and Output/Panic are always emitted; the step events (StorageLive, StorageDead,
 * Move, Drop, Call, Return) only when an observer is {@link MachineObserver#detailed() detailed}.
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
    /** A value was moved out of {@code place} (printed MIR place, e.g. `_1.0`), leaving it uninitialised. */
    record Move(Span span, int depth, String place) implements MachineEvent {}
    /** A value of type {@code ty} is being dropped (drop glue starts for it). */
    record Drop(Span span, int depth, String ty) implements MachineEvent {}
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
