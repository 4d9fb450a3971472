package dev.heaplab.core.interp;

import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.trace.MachineObserver;
import java.util.List;

/** The abstract machine: runs a MIR program over an explicit stack and heap, reporting events. */
public final class Machine {
    private final MirProgram program;
    private final Limits limits;
    private final ProgramOutput output;
    private final List<MachineObserver> observers;

    public Machine(MirProgram program, Limits limits, ProgramOutput output, List<MachineObserver> observers) {
        this.program = program;
        this.limits = limits;
        this.output = output;
        this.observers = List.copyOf(observers);
    }

    /** Runs `main` to completion, a panic, or a limit. Never throws. */
    public ExecutionResult run() {
        // FIXME(skeleton): replaced by the interpreter.
        return new ExecutionResult(ExecutionResult.Outcome.INTERNAL_ERROR, 4, "interpreter not built yet", null,
                new HeapStats(0, 0, 0, 0, 0, 0));
    }
}
