package dev.heaplab.core.typeck;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Map;

/**
 * A trait bound to prove, `self: Trait<args, Name = T>`, where it came from, and how deep it was
 * derived; {@code cause} is the written bound of a called function that required it, when known.
 */
record Obligation(Ty self, DefId trait, List<Ty> args, Map<String, Ty> bindings, Span span, int depth, BoundCause cause) {
    Obligation {
        args = List.copyOf(args);
        bindings = Map.copyOf(bindings);
    }

    Obligation(Ty self, DefId trait, List<Ty> args, Map<String, Ty> bindings, Span span, int depth) {
        this(self, trait, args, bindings, span, depth, null);
    }

    /** The same bound to prove at another place (an argument rather than the callee). */
    Obligation at(Span where) { return new Obligation(self, trait, args, bindings, where, depth, cause); }

    /**
     * A bound written on function {@code owner}'s generics ({@code bound}, the trait as written) that
     * a call at {@code call} required: rustc's "required by a bound introduced by this call" and
     * "required by this bound in `owner`".
     */
    record BoundCause(String owner, Span bound, Span call) {}
}
