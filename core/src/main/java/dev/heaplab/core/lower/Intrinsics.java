package dev.heaplab.core.lower;

import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.List;

/**
 * The machine-implemented functions that lowering itself calls (formatting and panicking macros),
 * registered as builtin FnDefs on first use so that every MIR call names a definition.
 */
final class Intrinsics {
    private final ProgramDefs defs;

    Intrinsics(ProgramDefs defs) {
        this.defs = defs;
    }

    /** The DefId of the builtin with this key, registering a variadic declaration when absent. */
    DefId get(String key, Ty output) {
        DefId known = defs.builtin(key);
        if (known != null) return known;
        DefId id = defs.newDefId(key);
        defs.put(new FnDef(id, key, key, GenericsDef.EMPTY, new FnSig(List.of(), output), null, null, key, false,
                null, null, dev.heaplab.core.source.Span.DUMMY));
        return id;
    }

    /** An existing builtin (declared in the std stubs) or null. */
    DefId find(String key) { return defs.builtin(key); }
}
