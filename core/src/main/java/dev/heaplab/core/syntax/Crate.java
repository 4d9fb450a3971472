package dev.heaplab.core.syntax;

import dev.heaplab.core.source.SourceFile;
import java.util.List;

/** A parsed source file: its top-level items. */
public record Crate(SourceFile source, List<Item> items) {
    public Crate { items = List.copyOf(items); }
}
