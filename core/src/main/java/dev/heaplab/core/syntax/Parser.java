package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import java.util.List;

/** Entry point of the front end's syntax stage: source text to AST. Never throws on user input. */
public final class Parser {
    private Parser() {}

    /** Parses a whole file; syntax errors and unsupported constructs are added to {@code diags}. */
    public static Crate parse(SourceFile file, Diagnostics diags) {
        // FIXME(skeleton): replaced by the real recursive-descent parser.
        return new Crate(file, List.of());
    }
}
