package dev.heaplab.core.trace;

import dev.heaplab.core.source.Span;

/**
 * Something the machine did, with the source span responsible. Allocation ids are small integers
 * in allocation order. Renderers and statistics read only these events.
 */
public sealed interface MachineEvent {
    Span span();

    record Alloc(Span span, int allocId, long size, long align, String what) implements MachineEvent {}
    record Realloc(Span span, int allocId, long oldSize, long newSize) implements MachineEvent {}
    record Dealloc(Span span, int allocId, long size) implements MachineEvent {}
    record Output(Span span, boolean stderr, String text) implements MachineEvent {}
    record Panic(Span span, String message) implements MachineEvent {}
}
