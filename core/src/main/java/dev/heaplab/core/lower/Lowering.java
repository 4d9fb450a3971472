package dev.heaplab.core.lower;

import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.typeck.TypedProgram;

/** Entry point of lowering: typed AST to MIR bodies with drops, storage markers and unwind edges. */
public final class Lowering {
    private Lowering() {}

    public static MirProgram lower(TypedProgram program, Diagnostics diags) {
        // FIXME(skeleton): replaced by the MIR builder.
        return null;
    }
}
