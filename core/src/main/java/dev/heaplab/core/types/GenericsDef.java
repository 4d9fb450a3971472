package dev.heaplab.core.types;

import java.util.List;

/**
 * Generic parameters of an item, parent first: a method in `impl<T> S<T>` with `<U>` has params
 * [T, U], and {@code Ty.Param(i)} indexes this combined list. {@code parentCount} is how many come
 * from the parent (impl or trait; for trait items index 0 is `Self`).
 */
public record GenericsDef(DefId parent, int parentCount, List<String> params, List<Predicate> predicates) {
    public static final GenericsDef EMPTY = new GenericsDef(null, 0, List.of(), List.of());

    public GenericsDef {
        params = List.copyOf(params);
        predicates = List.copyOf(predicates);
    }

    /** `self: Trait<args>` with associated type equalities (`Iterator<Item = u8>`), or a projection equality. */
    public record Predicate(Ty self, DefId trait, List<Ty> traitArgs, java.util.Map<String, Ty> assocBindings) {
        public Predicate {
            traitArgs = List.copyOf(traitArgs);
            assocBindings = java.util.Map.copyOf(assocBindings);
        }
    }
}
