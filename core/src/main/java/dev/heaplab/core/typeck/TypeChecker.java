package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.syntax.Crate;

/** Entry point of name resolution and type checking: AST (plus the std stubs) to a typed program. */
public final class TypeChecker {
    private TypeChecker() {}

    /** Returns null when errors make a typed program impossible; errors go to {@code diags}. */
    public static TypedProgram check(Crate crate, Diagnostics diags) {
        // FIXME(skeleton): replaced by resolution + inference.
        return null;
    }
}
