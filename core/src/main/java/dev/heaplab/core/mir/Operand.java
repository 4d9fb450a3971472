package dev.heaplab.core.mir;

import dev.heaplab.core.types.Ty;

/** An input of an rvalue or call: a copy or move out of a place, or a constant. */
public sealed interface Operand {
    /** The place this operand reads, or null for a constant. */
    default Place readPlace() {
        return switch (this) {
            case Copy c -> c.place();
            case Move m -> m.place();
            case Constant k -> null;
        };
    }

    record Copy(Place place) implements Operand {}
    /** Moves leave the place uninitialised (the borrow checker and drop elaboration rely on it). */
    record Move(Place place) implements Operand {}
    record Constant(ConstValue value, Ty ty) implements Operand {}
}
