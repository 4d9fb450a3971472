package dev.heaplab.core.trace;

import dev.heaplab.core.source.Span;
import java.util.List;

/**
 * The machine's memory at one instant, as the lessons draw it: the stack (frames of slots, `main`
 * first), the heap (live allocations in allocation order) and static data (string literals).
 * Immutable; values are described with their Rust types so renderers need no access to the machine.
 *
 * @param step  the step about to execute (see {@link MachineEvent.Step})
 * @param at    the source span of that step
 * @param frames the running thread's frames, bottom (`main`) first
 * @param heap  live heap blocks, in allocation order
 * @param statics static blocks referenced from the stack or heap
 */
public record MemorySnapshot(long step, Span at, List<Frame> frames, List<Block> heap, List<Block> statics) {
    public MemorySnapshot {
        frames = List.copyOf(frames);
        heap = List.copyOf(heap);
        statics = List.copyOf(statics);
    }

    public enum Region { STACK, HEAP, STATIC }

    /** One activation: the function's name and its live named locals (and live temporaries, unnamed). */
    public record Frame(String fn, int depth, List<Slot> slots) {
        public Frame { slots = List.copyOf(slots); }
    }

    /**
     * A stack slot: {@code name} null for a temporary; {@code size} in bytes as rustc lays out
     * {@code ty}; {@code id} identifies the slot as a pointer target (see {@link Val.Pointer}).
     */
    public record Slot(int id, String name, String ty, long size, Val value) {}

    /** A heap or static block: {@code id} is the allocation number the events use. */
    public record Block(int id, Region region, String ty, long size, Val contents) {}

    /** A value as drawn. */
    public sealed interface Val {
        /** Not initialised: never written, or dropped. */
        record Uninit() implements Val {}

        /** Moved out: the place keeps its old bits but may not be used until it is assigned again. */
        record Moved() implements Val {}

        /** A number, bool or char, as Rust's `Debug` prints it. */
        record Scalar(String text) implements Val {}

        /**
         * A pointer to {@code region} block {@code target} (a slot id for the stack), at {@code path}
         * inside it (field/element indices), with {@code len} elements for a slice/str (-1 if thin).
         * {@code target} -1 is a dangling (well-aligned, never dereferenced) pointer, as an empty
         * Vec's. {@code kind} says how Rust sees it: "&", "&mut", "Box", "ptr" (inside a Vec/String),
         * "Rc", "Weak", "Arc", "*const", "*mut", "fn".
         */
        record Pointer(String kind, Region region, int target, List<Integer> path, long len) implements Val {
            public Pointer { path = List.copyOf(path); }
        }

        /** A struct, tuple, enum variant or std aggregate, with named fields ("0", "1" for tuples). */
        record Struct(String name, List<Field> fields) implements Val {
            public Struct { fields = List.copyOf(fields); }
        }

        /**
         * Array or buffer elements; {@code capacity} ≥ elements' count for a Vec buffer (the rest
         * uninitialised). Long buffers are cut: {@code more} elements after the listed ones are not described.
         */
        record Seq(List<Val> elems, long capacity, long more) implements Val {
            public Seq { elems = List.copyOf(elems); }
        }

        /** UTF-8 text of a String or str buffer: {@code len} bytes in use of {@code capacity}. */
        record Text(String text, long len, long capacity) implements Val {}

        /** Something the snapshot does not describe (closures' environments, native state). */
        record Opaque(String what) implements Val {}
    }

    public record Field(String name, Val value) {}
}
