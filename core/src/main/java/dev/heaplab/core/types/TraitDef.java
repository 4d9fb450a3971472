package dev.heaplab.core.types;

import dev.heaplab.core.source.Span;
import java.util.List;
import java.util.Map;

/**
 * A trait: its generics (index 0 is `Self`), methods by name, associated type names, supertraits,
 * and its role if the language treats it specially ({@code lang}: "Clone", "Copy", "Drop", "Iterator",
 * "Fn", "FnMut", "FnOnce", "Display", "Debug", "PartialEq", "Deref", "Index", "Add", ... or null).
 * {@code stdPath}: the path of the real std trait a stub stands for, null for the crate's own ({@link StdPaths}).
 */
public record TraitDef(DefId id, String name, GenericsDef generics, Map<String, DefId> methods,
                       List<String> assocTypes, List<DefId> supertraits, String lang, Span span, String stdPath) {
    public TraitDef {
        methods = Map.copyOf(methods);
        assocTypes = List.copyOf(assocTypes);
        supertraits = List.copyOf(supertraits);
    }

    public TraitDef(DefId id, String name, GenericsDef generics, Map<String, DefId> methods,
                    List<String> assocTypes, List<DefId> supertraits, String lang, Span span) {
        this(id, name, generics, methods, assocTypes, supertraits, lang, span, null);
    }
}
