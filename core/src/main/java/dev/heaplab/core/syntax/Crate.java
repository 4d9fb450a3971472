package dev.heaplab.core.syntax;

import dev.heaplab.core.source.SourceFile;
import java.util.List;

/**
 * A parsed source file: its top-level items. NodeIds of this crate lie in [firstNodeId, nextNodeId),
 * so several crates (the user's file and the std stubs) never share an id.
 */
public record Crate(SourceFile source, List<Item> items, int firstNodeId, int nextNodeId) {
    public Crate { items = List.copyOf(items); }
}
