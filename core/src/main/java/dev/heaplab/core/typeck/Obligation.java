package dev.heaplab.core.typeck;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Map;

/** A trait bound to prove, `self: Trait<args, Name = T>`, where it came from, and how deep it was derived. */
record Obligation(Ty self, DefId trait, List<Ty> args, Map<String, Ty> bindings, Span span, int depth) {
    Obligation {
        args = List.copyOf(args);
        bindings = Map.copyOf(bindings);
    }
}
