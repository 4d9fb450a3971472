package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;

/**
 * Why native code inside the machine (builtins, drop glue, arithmetic) cannot continue normally.
 * These never leave {@link Machine#run()}: a panic becomes unwinding of the user's frames, the others
 * become an {@link ExecutionResult}. Control flow of the user program itself is terminators.
 */
public abstract sealed class MachineStop extends RuntimeException {
    private final transient Span span;

    MachineStop(String message, Span span) {
        super(message, null, false, false);
        this.span = span;
    }

    public Span span() { return span; }

    /** A Rust panic with its message; {@code reported} once the message has been printed. */
    public static final class Panic extends MachineStop {
        boolean reported;
        /** For panics std raises in its own code (not `#[track_caller]`): the location rustc's binary prints. */
        final String stdLocation;

        public Panic(String message, Span span) { this(message, span, null); }

        Panic(String message, Span span, String stdLocation) {
            super(message, span);
            this.stdLocation = stdLocation;
        }

        /** `capacity overflow`, which std reports at its own source line (rustc 1.95's std). */
        static Panic capacityOverflow(Span span) {
            return new Panic("capacity overflow", span,
                    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/raw_vec/mod.rs:28:5");
        }
    }

    /** The process aborts (a panic while unwinding); the message was already printed. */
    public static final class Abort extends MachineStop {
        public Abort(String message, Span span) { super(message, span); }
    }

    /** `std::process::exit(code)`: the process ends at once, without running destructors. */
    public static final class Exit extends MachineStop {
        final int code;

        public Exit(int code, Span span) {
            super("exit " + code, span);
            this.code = code;
        }
    }

    /** A resource limit (steps, heap, stack, output, time). */
    public static final class Limit extends MachineStop {
        public Limit(String message, Span span) { super(message, span); }
    }

    /** Undefined behaviour detected (use after free, double free, read of uninitialised memory). */
    public static final class Undefined extends MachineStop {
        private final transient java.util.List<ExecutionResult.Origin> origins;

        public Undefined(String message, Span span) { this(message, span, java.util.List.of()); }

        public Undefined(String message, Span span, java.util.List<ExecutionResult.Origin> origins) {
            super(message, span);
            this.origins = origins;
        }

        public java.util.List<ExecutionResult.Origin> origins() { return origins; }
    }

    /** A feature the machine does not model, or a bug in an earlier stage's output. */
    public static final class Internal extends MachineStop {
        public Internal(String message, Span span) { super(message, span); }
    }
}
