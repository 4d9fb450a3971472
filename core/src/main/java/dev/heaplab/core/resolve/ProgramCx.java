package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program-wide state shared by item collection and body checking: definitions, name
 * resolution, and facts known from syntax before signatures are lowered.
 */
public final class ProgramCx {
    public final ProgramDefs defs;
    public final NameResolver resolver;
    public final Diagnostics diags;
    public final Map<DefId, Integer> adtParamCount = new LayeredMap<>();
    public final Map<DefId, Integer> traitParamCount = new LayeredMap<>();
    public final Map<DefId, List<String>> traitAssoc = new LayeredMap<>();
    /** Where each item's body and signature are checked: its environment. */
    public final Map<DefId, TyEnv> envs = new LayeredMap<>();
    /** Functions whose return type is `impl Trait`: the concrete type comes from their body. */
    public final Map<DefId, Boolean> opaqueReturn = new LayeredMap<>();
    /** The bounds of the user's generic structs and enums (`struct W<T: Display>`), which each use of them must meet. */
    public final Map<DefId, java.util.List<dev.heaplab.core.types.GenericsDef.Predicate>> adtPredicates = new HashMap<>();
    /** The bounds of each `-> impl Trait` (self left as an error type), expected of the body's value. */
    public final Map<DefId, java.util.List<dev.heaplab.core.types.GenericsDef.Predicate>> opaqueBounds = new HashMap<>();
    public final Map<DefId, Item> itemDecls = new LayeredMap<>();

    /**
     * The declarations written in this context, not read through from the std's (listing
     * {@link #itemDecls} walks all of the std's items first): for a program, its own items.
     */
    public Map<DefId, Item> ownItemDecls() { return ((LayeredMap<DefId, Item>) itemDecls).own(); }
    /** The scope each of the user's items is declared in (not std's), for privacy. */
    public final Map<DefId, ModuleScope> declScopes = new HashMap<>();
    /** The declarations of the user's inherent associated constants, for privacy. */
    public final Map<DefId, Item.ConstDecl> inherentConstDecls = new HashMap<>();

    /** Whether {@code from} may see the field {@code field} of the user's struct {@code adt} (enum variants' fields are public). */
    public boolean fieldVisible(DefId adt, String field, ModuleScope from) {
        ModuleScope declaredIn = declScopes.get(adt);
        if (declaredIn == null || !(itemDecls.get(adt) instanceof Item.StructDecl s)) return true;
        for (Item.FieldDecl f : s.fields()) if (f.name().name().equals(field)) return resolver.visible(from, f.vis(), declaredIn);
        return true;
    }

    /**
     * The declaration of the user's inherent method, associated function or constant {@code member}
     * when {@code from} may not see it (rustc's E0624), else null; trait items are as public as their trait.
     */
    public Item hiddenMember(DefId member, ModuleScope from) {
        TyEnv env = envs.get(member);
        if (env == null || env.scope == null || env.scope.isStd()) return null;
        Item decl = inherentConstDecls.get(member);
        var fn = defs.fn(member);
        if (decl == null && fn != null && fn.parentImpl() != null && defs.impl(fn.parentImpl()) != null
                && defs.impl(fn.parentImpl()).trait() == null) decl = fn.decl();
        if (decl == null) return null;
        return resolver.visible(from, NameResolver.visibility(decl), env.scope) ? null : decl;
    }
    /** Bounds on a trait's associated types (`type IntoIter: Iterator<Item = Self::Item>`), self = the projection on `Self`. */
    public final Map<DefId, List<dev.heaplab.core.types.GenericsDef.Predicate>> assocBounds = new LayeredMap<>();
    /** Associated constants of inherent impls: impl → constant name → its {@code ConstDef}. */
    public final Map<DefId, Map<String, DefId>> implConsts = new HashMap<>();
    /** Associated constants of traits and trait impls, checked and run as functions without parameters. */
    public final java.util.Set<DefId> assocConstFns = new java.util.HashSet<>();
    /** Traits declaring associated constants (not dyn-compatible). */
    public final java.util.Set<DefId> traitsWithConsts = new java.util.HashSet<>();
    /** Each `dyn Trait` written in the program, with its trait's path: dyn-compatibility is checked once signatures exist. */
    public record DynSite(DefId trait, Span span) {}
    public final List<DynSite> dynSites = new java.util.ArrayList<>();
    /**
     * The `#[derive]`s of this crate's own ADTs (not the std stubs'), for the type checker to prove each
     * field implements the derived trait: a field's type and span, the bounds in scope (the ADT's own
     * plus `P: Trait` for each type parameter), where the derive names the trait, and the ADT's name.
     */
    public record DeriveSite(DefId adt, String trait, Span traitSpan, Span nameSpan, List<Field> fields,
                             List<dev.heaplab.core.types.GenericsDef.Predicate> bounds) {
        public record Field(dev.heaplab.core.types.Ty ty, Span span) {}
    }
    public final List<DeriveSite> deriveSites = new java.util.ArrayList<>();

    /**
     * A qualified type `<T as Trait>::Name` written in a signature or a body: `T: Trait` must hold under
     * the item's bounds ({@code env}, read when checked), checked once every impl is known.
     */
    public record QualifiedSite(dev.heaplab.core.types.Ty self, DefId trait, List<dev.heaplab.core.types.Ty> traitArgs,
                                List<dev.heaplab.core.types.GenericsDef.Predicate> env, Span path, Span selfSpan) {}
    public final List<QualifiedSite> qualifiedSites = new java.util.ArrayList<>();

    /**
     * A user struct or enum with arguments written in a signature (`W<String>`): the bounds of its
     * declaration must hold for them under the item's bounds ({@code env}, read when checked; rustc's
     * well-formedness check, E0277), checked once every impl is known.
     */
    public record WellFormedSite(dev.heaplab.core.types.Ty.Adt adt, List<dev.heaplab.core.types.GenericsDef.Predicate> env, Span span) {}
    public final List<WellFormedSite> wellFormedSites = new java.util.ArrayList<>();

    /** A trait's arguments after Self when each defaults to Self (`PartialEq<Rhs = Self>`): Self for each. */
    public List<dev.heaplab.core.types.Ty> selfArgs(DefId trait, dev.heaplab.core.types.Ty self) {
        return java.util.Collections.nCopies(traitParamCount.getOrDefault(trait, 0), self);
    }
    private final Map<String, DefId> langTraits = new LayeredMap<>();
    /**
     * The DefId of each closure expression of the program's bodies, made before any body is checked (in
     * the order of the bodies and of the source), so that a body gets the same DefIds whichever thread
     * and context checks it (typeck.SplitBodies); a closure not listed (in a block item) gets one then.
     */
    public final Map<dev.heaplab.core.syntax.NodeId, DefId> closureIds = new HashMap<>();
    /** All source files (user and std), for literal text and closure names; may be null in tests. */
    public dev.heaplab.core.source.SourceMap sources;

    public ProgramCx(ProgramDefs defs, NameResolver resolver, Diagnostics diags) {
        this.defs = defs;
        this.resolver = resolver;
        this.diags = diags;
        PrivacyErrors privacy = new PrivacyErrors(this);
        java.util.Set<Span> refused = new java.util.HashSet<>();
        if (resolver != null) {
            resolver.privateUse = privacy::report;
            resolver.badVisibility = at -> {
                if (refused.add(at)) unsupported(at, "this visibility (a `pub(in path)` or `pub(super)` naming no enclosing module)");
            };
        }
    }

    /**
     * A context for a program checked after the std stubs: {@code std}'s facts read through (its maps are
     * never written again), with the program's own definitions, resolver and diagnostics.
     */
    public ProgramCx(ProgramCx std, ProgramDefs defs, NameResolver resolver, Diagnostics diags) {
        this(defs, resolver, diags);
        this.stdCx = std;
        // std's facts are read through (layered), not copied; implConsts is listed, so copied
        layOn(adtParamCount, std.adtParamCount);
        layOn(traitParamCount, std.traitParamCount);
        layOn(traitAssoc, std.traitAssoc);
        layOn(envs, std.envs);
        layOn(opaqueReturn, std.opaqueReturn);
        layOn(itemDecls, std.itemDecls);
        layOn(assocBounds, std.assocBounds);
        implConsts.putAll(std.implConsts);
        layOn(langTraits, std.langTraits);
    }

    private static <K, V> void layOn(Map<K, V> map, Map<K, V> base) {
        ((LayeredMap<K, V>) map).layOn(base);
    }

    private Map<String, List<dev.heaplab.core.types.ImplDef>> inherentByName = Map.of();
    private int inherentIndexedAt = -1;
    /** The std stubs' context this one was made from (their index is reused), or null. */
    private ProgramCx stdCx;
    /** This context's inherent impls indexed by name, once (for a std context, which never changes; any thread may make it). */
    private volatile Map<String, List<dev.heaplab.core.types.ImplDef>> frozenIndex;
    /** Whether {@link #inherentByName} holds only the impls after the std's, which {@link #stdCx}'s index holds. */
    private boolean indexAfterStd;

    /**
     * The inherent impls defining a method or associated function named {@code name}, in impl order
     * (an index rebuilt when impls change, as items in blocks add some while bodies are checked; the
     * std stubs' part is indexed once per JVM).
     */
    public List<dev.heaplab.core.types.ImplDef> inherentImplsWith(String name) {
        if (inherentIndexedAt != defs.implsVersion()) {
            List<dev.heaplab.core.types.ImplDef> all = defs.implsOf(null);
            List<dev.heaplab.core.types.ImplDef> std = stdCx == null ? List.of() : stdCx.defs.implsOf(null);
            indexAfterStd = !std.isEmpty() && startsWith(all, std);
            inherentByName = index(indexAfterStd ? all.subList(std.size(), all.size()) : all);
            inherentIndexedAt = defs.implsVersion();
        }
        List<dev.heaplab.core.types.ImplDef> mine = inherentByName.getOrDefault(name, List.of());
        if (!indexAfterStd) return mine;
        List<dev.heaplab.core.types.ImplDef> std = stdCx.frozenInherentIndex().getOrDefault(name, List.of());
        if (mine.isEmpty()) return std;
        if (std.isEmpty()) return mine;
        List<dev.heaplab.core.types.ImplDef> both = new java.util.ArrayList<>(std);
        both.addAll(mine);
        return both;
    }

    private Map<String, List<dev.heaplab.core.types.ImplDef>> frozenInherentIndex() {
        Map<String, List<dev.heaplab.core.types.ImplDef>> m = frozenIndex;
        if (m == null) frozenIndex = m = index(defs.implsOf(null));
        return m;
    }

    private static Map<String, List<dev.heaplab.core.types.ImplDef>> index(List<dev.heaplab.core.types.ImplDef> impls) {
        Map<String, List<dev.heaplab.core.types.ImplDef>> index = new HashMap<>();
        for (var impl : impls) {
            for (String m : impl.methods().keySet()) index.computeIfAbsent(m, k -> new java.util.ArrayList<>()).add(impl);
        }
        return index;
    }

    private static boolean startsWith(List<?> all, List<?> prefix) {
        if (all.size() < prefix.size()) return false;
        for (int i = 0; i < prefix.size(); i++) if (all.get(i) != prefix.get(i)) return false;
        return true;
    }

    private Map<String, List<dev.heaplab.core.types.TraitDef>> traitsByMethod = Map.of();
    private int traitsIndexedAt = -1;

    /**
     * The traits declaring a method or associated function named {@code name}, in the order of
     * {@code defs.traits()} (an index rebuilt when traits change): method probing asks at every
     * autoderef step of every method call.
     */
    public List<dev.heaplab.core.types.TraitDef> traitsWithMethod(String name) {
        if (traitsIndexedAt != defs.traitsVersion()) {
            Map<String, List<dev.heaplab.core.types.TraitDef>> index = new HashMap<>();
            for (var t : defs.traits()) {
                for (String m : t.methods().keySet()) index.computeIfAbsent(m, k -> new java.util.ArrayList<>()).add(t);
            }
            traitsByMethod = index;
            traitsIndexedAt = defs.traitsVersion();
        }
        return traitsByMethod.getOrDefault(name, List.of());
    }

    private final Map<DefId, Map<Object, List<dev.heaplab.core.types.ImplDef>>> implsByHead = new HashMap<>();
    private int headIndexedAt = -1;

    /**
     * The impls of {@code trait} whose self type may have head {@code head} (see {@link #head}): those
     * with that head and those whose self type is a parameter, in impl order. Trait selection looks
     * only at these, as rustc's impls indexed by simplified self type (an index rebuilt when impls change).
     */
    public List<dev.heaplab.core.types.ImplDef> implsWithHead(DefId trait, Object head) {
        if (headIndexedAt != defs.implsVersion()) {
            implsByHead.clear();
            headIndexedAt = defs.implsVersion();
        }
        return implsByHead.computeIfAbsent(trait, t -> new HashMap<>()).computeIfAbsent(head, h -> {
            List<dev.heaplab.core.types.ImplDef> out = new java.util.ArrayList<>();
            for (var impl : defs.implsOf(trait)) {
                Object own = head(impl.selfTy());
                if (own == null || own.equals(h)) out.add(impl);
            }
            return out;
        });
    }

    /**
     * What a type's outermost constructor is, for {@link #implsWithHead}: an ADT's definition, an integer
     * or float type itself, else the kind of type; null for a parameter, projection, variable or error,
     * which may stand for any type.
     */
    public static Object head(dev.heaplab.core.types.Ty t) {
        return switch (t) {
            case dev.heaplab.core.types.Ty.Adt a -> a.def();
            case dev.heaplab.core.types.Ty.Int i -> i;
            case dev.heaplab.core.types.Ty.Float f -> f;
            case dev.heaplab.core.types.Ty.Param p -> null;
            case dev.heaplab.core.types.Ty.Projection p -> null;
            case dev.heaplab.core.types.Ty.Infer i -> null;
            case dev.heaplab.core.types.Ty.Error e -> null;
            case dev.heaplab.core.types.Ty.Bool x -> x;
            case dev.heaplab.core.types.Ty.Char x -> x;
            case dev.heaplab.core.types.Ty.Str x -> x;
            case dev.heaplab.core.types.Ty.Never x -> x;
            case dev.heaplab.core.types.Ty.Tuple x -> x.getClass();
            case dev.heaplab.core.types.Ty.Array x -> x.getClass();
            case dev.heaplab.core.types.Ty.Slice x -> x.getClass();
            case dev.heaplab.core.types.Ty.Ref x -> x.getClass();
            case dev.heaplab.core.types.Ty.RawPtr x -> x.getClass();
            case dev.heaplab.core.types.Ty.FnDef x -> x.getClass();
            case dev.heaplab.core.types.Ty.FnPtr x -> x.getClass();
            case dev.heaplab.core.types.Ty.Closure x -> x.getClass();
            case dev.heaplab.core.types.Ty.Dynamic x -> x.getClass();
            case dev.heaplab.core.types.Ty.Opaque x -> x.getClass();
        };
    }

    public void registerLangTrait(String lang, DefId def) { langTraits.putIfAbsent(lang, def); }

    /** The trait with this lang name (see {@link TraitDef#lang()}), or null. */
    public DefId langTrait(String lang) { return langTraits.get(lang); }

    public void error(String code, String message, Span span, String label) {
        diags.add(Diagnostic.error(code, message).primary(span, label).build());
    }

    public void unsupported(Span span, String what) { diags.add(Diagnostic.unsupported(span, what)); }

    public void report(Diagnostic d) { diags.add(d); }
}
