package dev.heaplab.core.types;

import dev.heaplab.core.source.Span;
import java.util.List;
import java.util.Map;

/**
 * An impl block: `impl<generics> Trait<traitArgs> for selfTy` ({@code trait} null for inherent impls),
 * its methods by name and its associated types. Derived impls are ImplDefs too, with {@code derived} set.
 * {@code decl}: its generics as written (null for derived impls), whose lifetime bounds the borrow
 * checker reads (`impl<T: Send + 'static>`, E0310).
 */
public record ImplDef(DefId id, GenericsDef generics, DefId trait, List<Ty> traitArgs, Ty selfTy,
                      Map<String, DefId> methods, Map<String, Ty> assocTypes, boolean derived, Span span,
                      dev.heaplab.core.syntax.Generics decl) {
    public ImplDef {
        traitArgs = List.copyOf(traitArgs);
        methods = Map.copyOf(methods);
        assocTypes = Map.copyOf(assocTypes);
    }

    public ImplDef(DefId id, GenericsDef generics, DefId trait, List<Ty> traitArgs, Ty selfTy,
                   Map<String, DefId> methods, Map<String, Ty> assocTypes, boolean derived, Span span) {
        this(id, generics, trait, traitArgs, selfTy, methods, assocTypes, derived, span, null);
    }
}
