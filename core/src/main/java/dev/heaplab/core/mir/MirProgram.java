package dev.heaplab.core.mir;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ProgramDefs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole program lowered to MIR: a body for every function and closure that has one (builtins have
 * none), the definitions table, and `main`. Bodies are generic: the machine substitutes type arguments.
 * {@code bodies} holds those made already; {@code later} those of std stubs made when first asked
 * for by {@link #body} (the user's own bodies are always in {@code bodies}).
 */
public record MirProgram(SourceFile source, ProgramDefs defs, Map<DefId, Body> bodies, DefId main, LaterBodies later) {
    public MirProgram {
        if (!(bodies instanceof LayeredBodies)) bodies = Map.copyOf(bodies);
        if (later == null) later = LaterBodies.NONE;
    }

    public MirProgram(SourceFile source, ProgramDefs defs, Map<DefId, Body> bodies, DefId main) {
        this(source, defs, bodies, main, LaterBodies.NONE);
    }

    public Body body(DefId fn) {
        Body b = bodies.get(fn);
        return b != null ? b : later.body(fn);
    }

    /** Every body, those made on first use included (made now): for printing the whole program. */
    public Map<DefId, Body> allBodies() {
        Map<DefId, Body> all = new LinkedHashMap<>(bodies);
        for (DefId id : later.ids()) all.put(id, later.body(id));
        return all;
    }
}
