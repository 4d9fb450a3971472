package dev.heaplab.core.mir;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;

/**
 * A local's declaration. {@code name} is the user's variable name, or null for temporaries.
 * {@code mutable} is whether the binding was declared `mut`.
 */
public record LocalDecl(Ty ty, String name, boolean mutable, Span span, Kind kind) {
    /** PROMOTED: a constant borrowed as `&'static` (rvalue promotion): its storage never ends. */
    public enum Kind { RETURN, ARG, USER, TEMP, PROMOTED }
}
