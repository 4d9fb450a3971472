package dev.heaplab.core.resolve;

import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * What type expressions of one item can name: its scope, its generic parameters (parent first, so a
 * name's position is its {@link Ty.Param} index), `Self`, and the bounds known so far.
 * {@code implTraitParams} collects `impl Trait` argument types as anonymous parameters when allowed.
 */
public final class TyEnv {
    public final ModuleScope scope;
    public final List<String> params;
    public final Ty selfTy;
    public final DefId selfTrait;
    /** In a trait impl, the implemented trait (for `Self::Item`). */
    public DefId implTrait;
    public List<Ty> implTraitArgs = List.of();
    public final List<GenericsDef.Predicate> predicates;
    public boolean allowImplTraitParams;
    public boolean inReturnPosition;
    public boolean sawOpaqueReturn;
    /** The bounds of the return position's `impl Trait`, lowered with an error type as self. */
    public final List<GenericsDef.Predicate> opaqueBounds = new ArrayList<>();
    /** The lifetime bounds of the return position's `impl Trait` (`'_`, `'static`), as written. */
    public final List<String> opaqueLifetimes = new ArrayList<>();
    /** Its `use<..>` list as written (lifetimes and type parameters), or null without one. */
    public List<String> opaqueCaptures;
    public dev.heaplab.core.source.Span opaqueCaptureSpan;
    /** Inside a body, the `_` placeholder is a fresh inference variable made by this; null in signatures. */
    public java.util.function.Supplier<Ty> placeholder;
    /**
     * Inside a body, where a written user ADT's declared bounds are proved (with the inference of the
     * body): called with the type and the span to report at; null in signatures (recorded as
     * {@link ProgramCx.WellFormedSite}s).
     */
    public java.util.function.BiConsumer<Ty.Adt, dev.heaplab.core.source.Span> wellFormed;
    /** Where a bound broken inside the type is reported instead of the ADT's own path (a `let`'s whole annotation). */
    public dev.heaplab.core.source.Span wellFormedSpan;
    /** Lowering a type alias's body: its types are checked where the alias is used, not where it is written. */
    public boolean inAlias;

    public TyEnv(ModuleScope scope, List<String> params, Ty selfTy, DefId selfTrait, List<GenericsDef.Predicate> predicates) {
        this.scope = scope;
        this.params = new ArrayList<>(params);
        this.selfTy = selfTy;
        this.selfTrait = selfTrait;
        this.predicates = new ArrayList<>(predicates);
    }

    public TyEnv withScope(ModuleScope s) {
        TyEnv e = new TyEnv(s, params, selfTy, selfTrait, predicates);
        e.implTrait = implTrait;
        e.implTraitArgs = implTraitArgs;
        e.placeholder = placeholder;
        e.wellFormed = wellFormed;
        return e;
    }

    /** The parameter named {@code name}, innermost wins; null if none. */
    public Ty param(String name) {
        for (int i = params.size() - 1; i >= 0; i--) if (params.get(i).equals(name)) return new Ty.Param(i, name);
        return null;
    }

    public List<Ty> identityArgs() {
        List<Ty> out = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) out.add(new Ty.Param(i, params.get(i)));
        return out;
    }
}
