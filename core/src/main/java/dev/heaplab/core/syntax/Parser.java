package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import java.util.List;

/** Entry point of the front end's syntax stage: source text to AST. Never throws on user input. */
public final class Parser {
    private Parser() {}

    /** Parses a whole file; syntax errors and unsupported constructs are added to {@code diags}. */
    public static Crate parse(SourceFile file, Diagnostics diags) {
        return parse(file, diags, 0);
    }

    /** Parses a file whose NodeIds start at {@code firstNodeId} (spans use the file's global positions). */
    public static Crate parse(SourceFile file, Diagnostics diags, int firstNodeId) {
        // FIXME(skeleton): replaced by the real recursive-descent parser.
        return new Crate(file, List.of(), firstNodeId, firstNodeId);
    }
}
