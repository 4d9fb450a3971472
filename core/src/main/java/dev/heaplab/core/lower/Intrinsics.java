package dev.heaplab.core.lower;

import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-implemented functions that lowering itself calls (formatting and panicking macros),
 * registered as builtin FnDefs on first use so that every MIR call names a definition.
 */
final class Intrinsics {
    private final ProgramDefs defs;
    private final Map<String, DefId> byKey = new HashMap<>();

    Intrinsics(ProgramDefs defs) {
        this.defs = defs;
        for (FnDef f : defs.fns()) if (f.builtinKey() != null) byKey.putIfAbsent(f.builtinKey(), f.id());
    }

    /** The DefId of the builtin with this key, registering a variadic declaration when absent. */
    DefId get(String key, Ty output) {
        return byKey.computeIfAbsent(key, k -> {
            DefId id = defs.newDefId(k);
            defs.put(new FnDef(id, k, k, GenericsDef.EMPTY, new FnSig(List.of(), output), null, null, k, false,
                    null, null, dev.heaplab.core.source.Span.DUMMY));
            return id;
        });
    }

    /** An existing builtin (declared in the std stubs) or null. */
    DefId find(String key) { return byKey.get(key); }
}
