package dev.heaplab.core.types;

import dev.heaplab.core.source.Span;
import java.util.List;
import java.util.Map;

/**
 * A trait: its generics (index 0 is `Self`), methods by name, associated type names, supertraits,
 * and its role if the language treats it specially ({@code lang}: "Clone", "Copy", "Drop", "Iterator",
 * "Fn", "FnMut", "FnOnce", "Display", "Debug", "PartialEq", "Deref", "Index", "Add", ... or null).
 */
public record TraitDef(DefId id, String name, GenericsDef generics, Map<String, DefId> methods,
                       List<String> assocTypes, List<DefId> supertraits, String lang, Span span) {
    public TraitDef {
        methods = Map.copyOf(methods);
        assocTypes = List.copyOf(assocTypes);
        supertraits = List.copyOf(supertraits);
    }
}
