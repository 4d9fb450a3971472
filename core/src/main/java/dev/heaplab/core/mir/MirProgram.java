package dev.heaplab.core.mir;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ProgramDefs;
import java.util.Map;

/**
 * A whole program lowered to MIR: a body for every function and closure that has one (builtins have
 * none), the definitions table, and `main`. Bodies are generic: the machine substitutes type arguments.
 */
public record MirProgram(SourceFile source, ProgramDefs defs, Map<DefId, Body> bodies, DefId main) {
    public MirProgram { bodies = Map.copyOf(bodies); }

    public Body body(DefId fn) { return bodies.get(fn); }
}
