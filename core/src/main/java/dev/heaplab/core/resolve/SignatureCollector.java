package dev.heaplab.core.resolve;

import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Ident;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.ConstDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase two of item collection: lowers the signatures of collected items into {@link ProgramDefs}
 * entries (ADTs, traits, impls with their derived impls, functions, consts) and records the
 * environment in which each body will be checked.
 */
public final class SignatureCollector {
    private static final Set<String> DERIVABLE = Set.of("Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord",
            "Default", "Debug", "Hash");

    private final ProgramCx cx;
    private final TypeLowerer lowerer;
    private final SupertraitCycles cycles;
    private final List<DefId> bodies = new ArrayList<>();

    public SignatureCollector(ProgramCx cx) {
        this.cx = cx;
        this.lowerer = new TypeLowerer(cx);
        this.cycles = new SupertraitCycles(cx);
    }

    /** Functions and consts with bodies to type-check, in declaration order. */
    public List<DefId> bodies() { return bodies; }

    public void run(List<ItemCollector.Scoped> items) {
        for (ItemCollector.Scoped s : items) {
            if (s.item() instanceof Item.TraitDecl t && t.items().stream().anyMatch(i -> i instanceof Item.ConstDecl))
                cx.traitsWithConsts.add(s.def());
        }
        for (ItemCollector.Scoped s : items) if (s.item() instanceof Item.TraitDecl t) trait(t, s.scope(), s.def());
        cycles.check();
        for (ItemCollector.Scoped s : items) {
            switch (s.item()) {
                case Item.StructDecl st -> struct(st, s.scope(), s.def());
                case Item.EnumDecl en -> enumDef(en, s.scope(), s.def());
                default -> { }
            }
        }
        for (ItemCollector.Scoped s : items) {
            switch (s.item()) {
                case Item.FnDecl f -> fn(f, s.scope(), s.def(), new TyEnv(s.scope(), List.of(), null, null, List.of()),
                        null, null, s.scope().isStd() ? modulePrefix(s.scope()) : null);
                case Item.ImplDecl i -> impl(i, s.scope());
                case Item.ConstDecl c -> constant(c.name().name(), c.type(), c.value(), false, false, c, s);
                case Item.StaticDecl st -> constant(st.name().name(), st.type(), st.value(), true, st.mutable(), st, s);
                default -> { }
            }
        }
        new RecursiveTypes(cx).check(items);
    }

    private static String modulePrefix(ModuleScope scope) {
        return scope.parent() == null ? null : scope.name();
    }

    private void constant(String name, TypeExpr type, dev.heaplab.core.syntax.Expr value, boolean isStatic,
                          boolean mutable, Item item, ItemCollector.Scoped s) {
        TyEnv env = new TyEnv(s.scope(), List.of(), null, null, List.of());
        Ty ty = lowerer.lower(type, env);
        cx.defs.put(new ConstDef(s.def(), name, ty, value, isStatic, mutable, item.span()));
        cx.envs.put(s.def(), env);
        if (value != null) bodies.add(s.def());
    }

    /** Adds the item's type parameter names to {@code env}, then its bounds and where-clauses. */
    public void generics(Generics g, TyEnv env) {
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.GenericParam.TypeParam tp) env.params.add(tp.name().name());
            else if (p instanceof Generics.GenericParam.ConstParam c) cx.unsupported(c.name().span(), "const generics");
        }
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.GenericParam.TypeParam tp) bounds(env.param(tp.name().name()), tp.bounds(), env);
        }
        for (Generics.WherePredicate w : g.where()) {
            if (w.boundedType() == null) continue;
            bounds(lowerer.lower(w.boundedType(), env), w.bounds(), env);
        }
    }

    private void bounds(Ty self, List<Generics.Bound> bounds, TyEnv env) {
        for (Generics.Bound b : bounds) {
            if (b instanceof Generics.Bound.TraitBound tb && !tb.maybe()) {
                GenericsDef.Predicate p = lowerer.lowerTraitRef(tb.path(), self, env, tb.span());
                if (p != null) env.predicates.add(p);
            } else if (b instanceof Generics.Bound.UseBound u) {
                cx.error(null, "`use<...>` precise capturing syntax not allowed in bounds", u.span(), "");
            }
        }
    }

    private void struct(Item.StructDecl s, ModuleScope scope, DefId d) {
        TyEnv env = new TyEnv(scope, List.of(), null, null, List.of());
        generics(s.generics(), env);
        AdtDef.CtorKind ctor = switch (s.kind()) {
            case NAMED -> AdtDef.CtorKind.NAMED;
            case TUPLE -> AdtDef.CtorKind.TUPLE;
            case UNIT -> AdtDef.CtorKind.UNIT;
        };
        var variant = new AdtDef.VariantDef(s.name().name(), ctor, fields(s.fields(), env), 0);
        putAdt(d, s.name().name(), AdtDef.Kind.STRUCT, env, List.of(variant), s.attrs(), scope, s.span(), s.generics());
        deriveSites(d, s.attrs(), s.name().span(), List.of(s.fields()), List.of(variant), env, scope);
    }

    /**
     * An integer repr is modelled on fieldless enums whose discriminants fit it (rustc lays out
     * enums with fields under such a repr as C unions, and reports values out of range with lints
     * and E0370/E0600): anything else is refused.
     */
    private void reprIntChecks(Item.Attribute repr, List<AdtDef.VariantDef> variants) {
        IntTy ity = IntTy.byName(repr.args().get(0));
        java.math.BigInteger min = ity.signed() ? java.math.BigInteger.ONE.shiftLeft(ity.bits() - 1).negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger max = java.math.BigInteger.ONE.shiftLeft(ity.bits() - (ity.signed() ? 1 : 0)).subtract(java.math.BigInteger.ONE);
        for (AdtDef.VariantDef v : variants) {
            if (!v.fields().isEmpty()) {
                cx.unsupported(repr.span(), "`#[repr(" + ity.rustName() + ")]` on an enum with fields");
                return;
            }
            java.math.BigInteger value = java.math.BigInteger.valueOf(v.discriminant());
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || ity.bits() == 64 && !ity.signed() && v.discriminant() < 0) {
                cx.unsupported(repr.span(), "an enum discriminant outside the range of its `#[repr(" + ity.rustName() + ")]`");
                return;
            }
        }
    }

    private void enumDef(Item.EnumDecl e, ModuleScope scope, DefId d) {
        TyEnv env = new TyEnv(scope, List.of(), null, null, List.of());
        generics(e.generics(), env);
        List<AdtDef.VariantDef> vs = new ArrayList<>();
        long disc = 0;
        for (Item.VariantDecl v : e.variants()) {
            if (v.discriminant() != null) {
                if (v.discriminant() instanceof dev.heaplab.core.syntax.Expr.Lit l
                        && l.value() instanceof dev.heaplab.core.syntax.Expr.LitValue.Int i) disc = i.value().longValue();
                else if (v.discriminant() instanceof dev.heaplab.core.syntax.Expr.Unary u
                        && u.op() == dev.heaplab.core.syntax.Expr.UnOp.NEG && u.operand() instanceof dev.heaplab.core.syntax.Expr.Lit l
                        && l.value() instanceof dev.heaplab.core.syntax.Expr.LitValue.Int i) disc = -i.value().longValue();
                else cx.unsupported(v.discriminant().span(), "non-literal enum discriminant");
            }
            AdtDef.CtorKind ctor = switch (v.kind()) {
                case NAMED -> AdtDef.CtorKind.NAMED;
                case TUPLE -> AdtDef.CtorKind.TUPLE;
                case UNIT -> AdtDef.CtorKind.UNIT;
            };
            vs.add(new AdtDef.VariantDef(v.name().name(), ctor, fields(v.fields(), env), disc));
            disc++;
        }
        putAdt(d, e.name().name(), AdtDef.Kind.ENUM, env, vs, e.attrs(), scope, e.span(), e.generics());
        deriveSites(d, e.attrs(), e.name().span(), e.variants().stream().map(Item.VariantDecl::fields).toList(), vs, env, scope);
        // `#[default]` on a variant is refused by the parser: a derived `Default` has no variant to build
        Item.Attribute derive = Attributes.find(e.attrs(), "derive");
        if (derive != null && !scope.isStd() && Attributes.words(derive).contains("Default")) {
            String text = cx.sources == null || cx.sources.fileOf(derive.span()) == null ? null : cx.sources.fileOf(derive.span()).slice(derive.span());
            int at = text == null ? -1 : text.indexOf("Default");
            dev.heaplab.core.source.Span word = at < 0 ? derive.span()
                    : new dev.heaplab.core.source.Span(derive.span().lo() + at, derive.span().lo() + at + "Default".length());
            cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0665", "`#[derive(Default)]` on enum with no `#[default]`")
                    .primary(word, "").secondary(e.span(), "this enum needs a unit variant marked with `#[default]`").build());
        }
    }

    /** Records the crate's derives for the type checker to prove them field by field (see ProgramCx.DeriveSite). */
    private void deriveSites(DefId d, List<Item.Attribute> attrs, dev.heaplab.core.source.Span nameSpan,
                             List<List<Item.FieldDecl>> decls, List<AdtDef.VariantDef> variants, TyEnv env, ModuleScope scope) {
        Item.Attribute derive = Attributes.find(attrs, "derive");
        if (derive == null || scope.isStd()) return;
        List<ProgramCx.DeriveSite.Field> fields = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            List<AdtDef.FieldDef> defs = variants.get(v).fields();
            for (int i = 0; i < defs.size() && i < decls.get(v).size(); i++)
                fields.add(new ProgramCx.DeriveSite.Field(defs.get(i).ty(), decls.get(v).get(i).span()));
        }
        String text = null;
        if (cx.sources != null && cx.sources.fileOf(derive.span()) != null) text = cx.sources.fileOf(derive.span()).slice(derive.span());
        for (String dv : new LinkedHashSet<>(Attributes.words(derive))) {
            DefId trait = cx.langTrait(dv);
            if (!DERIVABLE.contains(dv) || trait == null) continue;
            List<GenericsDef.Predicate> bounds = new ArrayList<>(env.predicates);
            for (Ty p : env.identityArgs()) bounds.add(new GenericsDef.Predicate(p, trait, cx.selfArgs(trait, p), Map.of()));
            dev.heaplab.core.source.Span at = derive.span();
            java.util.regex.Matcher m = text == null ? null : java.util.regex.Pattern.compile("\\b" + dv + "\\b").matcher(text);
            if (m != null && m.find()) at = new dev.heaplab.core.source.Span(derive.span().lo() + m.start(), derive.span().lo() + m.end());
            cx.deriveSites.add(new ProgramCx.DeriveSite(d, dv, at, nameSpan, fields, bounds));
        }
    }

    private List<AdtDef.FieldDef> fields(List<Item.FieldDecl> fs, TyEnv env) {
        List<AdtDef.FieldDef> out = new ArrayList<>();
        for (Item.FieldDecl f : fs) out.add(new AdtDef.FieldDef(f.name().name(),
                lowerer.implTraitNotAllowed(f.type(), "field types") ? Ty.ERROR : lowerer.lower(f.type(), env), f.isPub()));
        return out;
    }

    /** The path of the real std item a stub stands for, from the stubs' module it is declared in; null for the crate's items. */
    private static String stdPath(String name, ModuleScope scope) {
        if (!scope.isStd()) return null;
        StringBuilder module = new StringBuilder();
        for (ModuleScope m = scope.module(); m.parent() != null; m = m.parent().module()) {
            module.insert(0, module.isEmpty() ? m.name() : m.name() + "::");
        }
        return dev.heaplab.core.types.StdPaths.path(name, module.toString());
    }

    private void putAdt(DefId d, String name, AdtDef.Kind kind, TyEnv env, List<AdtDef.VariantDef> variants,
                        List<Item.Attribute> attrs, ModuleScope scope, dev.heaplab.core.source.Span span,
                        dev.heaplab.core.syntax.Generics generics) {
        Set<String> derives = new LinkedHashSet<>();
        Item.Attribute derive = Attributes.find(attrs, "derive");
        if (derive != null) derives.addAll(Attributes.words(derive));
        LangItem lang = null;
        if (scope.isStd()) {
            String ln = Attributes.value(attrs, "lang", null);
            for (LangItem li : LangItem.values()) {
                if (lang != null) break;
                // by Rust name, or by heaplab's name where two share one (`ARC_WEAK`: sync's Weak)
                if (ln != null ? li.rustName().equals(ln) && li != LangItem.ARC_WEAK || li.name().equals(ln)
                        : li.rustName().equals(name) && (li == LangItem.OPTION || li == LangItem.RESULT
                        || li == LangItem.ORDERING || li.name().startsWith("RANGE"))) lang = li;
            }
        }
        Set<String> marked = new LinkedHashSet<>(derives);
        // The parser lets only a struct's repr(C) and an enum's integer repr through.
        Item.Attribute repr = Attributes.find(attrs, "repr");
        if (repr != null) marked.add(kind == AdtDef.Kind.ENUM ? "repr(" + repr.args().get(0) + ")" : AdtDef.REPR_C);
        if (repr != null && kind == AdtDef.Kind.ENUM) reprIntChecks(repr, variants);
        int lifetimes = 0;
        for (var p : generics.params()) if (p instanceof dev.heaplab.core.syntax.Generics.GenericParam.LifetimeParam) lifetimes++;
        cx.defs.put(new AdtDef(d, name, kind, env.params, variants, marked, lang, span, lifetimes, stdPath(name, scope)));
        if (!scope.isStd() && !env.predicates.isEmpty()) cx.adtPredicates.put(d, List.copyOf(env.predicates));
        Ty self = new Ty.Adt(d, env.identityArgs());
        for (String dv : derives) {
            if (!DERIVABLE.contains(dv)) {
                cx.unsupported(derive.span(), "`#[derive(" + dv + ")]`");
                continue;
            }
            DefId trait = cx.langTrait(dv);
            if (trait == null) continue;
            DefId implId = cx.defs.newDefId("<derive(" + dv + ") for " + name + ">");
            List<GenericsDef.Predicate> preds = new ArrayList<>();
            for (Ty p : env.identityArgs()) preds.add(new GenericsDef.Predicate(p, trait, cx.selfArgs(trait, p), Map.of()));
            List<Ty> traitArgs = cx.selfArgs(trait, self);
            cx.defs.put(new ImplDef(implId, new GenericsDef(null, 0, env.params, preds), trait, traitArgs, self,
                    Map.of(), Map.of(), true, span));
        }
    }

    private void trait(Item.TraitDecl t, ModuleScope scope, DefId d) {
        TyEnv env = new TyEnv(scope, List.of("Self"), new Ty.Param(0, "Self"), d, List.of());
        generics(t.generics(), env);
        List<Ty> ownArgs = env.identityArgs().subList(1, env.params.size());
        env.predicates.add(0, new GenericsDef.Predicate(new Ty.Param(0, "Self"), d, ownArgs, Map.of()));
        List<DefId> supers = new ArrayList<>();
        List<SupertraitCycles.Edge> edges = new ArrayList<>();
        for (Generics.Bound b : t.supertraits()) {
            if (b instanceof Generics.Bound.TraitBound tb && !tb.maybe()) {
                GenericsDef.Predicate p = lowerer.lowerTraitRef(tb.path(), new Ty.Param(0, "Self"), env, tb.span());
                if (p != null) {
                    supers.add(p.trait());
                    edges.add(new SupertraitCycles.Edge(p.trait(), tb.path().span()));
                    env.predicates.add(p);
                }
            }
        }
        if (!scope.isStd()) cycles.add(d, t, edges);
        // Register a provisional def so that projections on supertraits resolve while lowering methods.
        String lang = scope.isStd() ? Attributes.value(t.attrs(), "lang", t.name().name()) : null;
        cx.defs.put(new TraitDef(d, t.name().name(), gen(null, 0, env), Map.of(), cx.traitAssoc.get(d), supers, lang, t.span(),
                stdPath(t.name().name(), scope)));
        List<GenericsDef.Predicate> assocBounds = new ArrayList<>();
        for (Item sub : t.items()) {
            if (sub instanceof Item.AssocTypeDecl a) {
                Ty proj = new Ty.Projection(d, ownArgs, a.name().name(), new Ty.Param(0, "Self"));
                for (Generics.Bound b : a.bounds()) {
                    if (b instanceof Generics.Bound.TraitBound tb && !tb.maybe()) {
                        GenericsDef.Predicate p = lowerer.lowerTraitRef(tb.path(), proj, env, tb.span());
                        if (p != null) assocBounds.add(p);
                    }
                }
            }
        }
        cx.assocBounds.put(d, assocBounds);
        Map<String, DefId> methods = new LinkedHashMap<>();
        for (Item sub : t.items()) {
            if (sub instanceof Item.FnDecl f) {
                DefId fd = cx.defs.newDefId(f.name().name());
                cx.itemDecls.put(fd, f);
                methods.put(f.name().name(), fd);
                fn(f, scope, fd, env, null, d, t.name().name());
            } else if (sub instanceof Item.ConstDecl c) {
                constFn(c, scope, env, null, d, t.name().name(), methods);
            }
        }
        cx.defs.put(new TraitDef(d, t.name().name(), gen(null, 0, env), methods, cx.traitAssoc.get(d), supers, lang, t.span(),
                stdPath(t.name().name(), scope)));
    }

    /**
     * An impl's type parameters are `Sized` unless relaxed by `?Sized` (inline or in the where-clause):
     * the bound is made explicit so that selecting a blanket `impl<T: Display> Tr for T` for `str`
     * fails as in rustc. User impls only: the stubs write std's `?Sized` where they rely on it, not everywhere.
     */
    private void implicitlySized(Generics g, TyEnv env) {
        DefId sized = cx.langTrait("Sized");
        if (sized == null) return;
        for (Generics.GenericParam p : g.params()) {
            if (!(p instanceof Generics.GenericParam.TypeParam tp)) continue;
            boolean relaxed = tp.bounds().stream().anyMatch(b -> b instanceof Generics.Bound.TraitBound tb && tb.maybe());
            for (Generics.WherePredicate w : g.where()) {
                if (w.boundedType() instanceof dev.heaplab.core.syntax.TypeExpr.PathType pt && pt.path().segments().size() == 1
                        && pt.path().segments().get(0).name().name().equals(tp.name().name())
                        && w.bounds().stream().anyMatch(b -> b instanceof Generics.Bound.TraitBound tb && tb.maybe())) relaxed = true;
            }
            if (!relaxed) env.predicates.add(new GenericsDef.Predicate(env.param(tp.name().name()), sized, List.of(), Map.of()));
        }
    }

    private GenericsDef gen(DefId parent, int parentCount, TyEnv env) {
        return new GenericsDef(parent, parentCount, env.params, env.predicates);
    }

    private void impl(Item.ImplDecl i, ModuleScope scope) {
        if (i.negative()) {
            cx.unsupported(i.span(), "negative impls");
            return;
        }
        DefId implId = cx.defs.newDefId("<impl " + i.name().name() + ">");
        TyEnv env = new TyEnv(scope, List.of(), null, null, List.of());
        generics(i.generics(), env);
        if (!scope.isStd()) implicitlySized(i.generics(), env);
        Ty self = lowerer.lower(i.selfType(), env);
        TyEnv full = new TyEnv(scope, env.params, self, null, env.predicates);
        DefId trait = null;
        List<Ty> traitArgs = List.of();
        if (i.traitRef() != null) {
            GenericsDef.Predicate p = lowerer.lowerTraitRef(i.traitRef(), self, full, i.traitRef().span());
            if (p == null) return;
            trait = p.trait();
            traitArgs = p.traitArgs();
            full.implTrait = trait;
            full.implTraitArgs = traitArgs;
        }
        Map<String, Ty> assoc = new LinkedHashMap<>();
        for (Item sub : i.items()) {
            if (sub instanceof Item.AssocTypeDecl a && a.type() != null) assoc.put(a.name().name(), lowerer.lower(a.type(), full));
        }
        String selfName = selfTypeName(self);
        Map<String, DefId> methods = new LinkedHashMap<>();
        Map<String, DefId> consts = new LinkedHashMap<>();
        boolean traitImplWithoutParams = trait != null && full.params.isEmpty();
        DefId traitRef = trait;
        for (Item sub : i.items()) {
            switch (sub) {
                case Item.FnDecl f -> {
                    // rustc's E0449 and E0379: a trait impl's items have the trait's visibility and are not `const`
                    if (trait != null && !scope.isStd() && f.vis().kind() != Item.Visibility.Kind.PRIVATE) {
                        cx.report(dev.heaplab.core.diag.Diagnostic.error("E0449", "visibility qualifiers are not permitted here")
                                .primary(f.vis().span(), "").inlineSuggestion("remove the qualifier", f.vis().span(), "")
                                .note("trait items always share the visibility of their trait").build());
                    }
                    if (trait != null && !scope.isStd() && f.isConst()) {
                        int lo = f.vis().written() ? f.vis().span().hi() + 1 : f.span().lo();
                        var kw = new dev.heaplab.core.source.Span(lo, lo + "const".length());
                        cx.report(dev.heaplab.core.diag.Diagnostic.error("E0379", "functions in trait impls cannot be declared const")
                                .primary(kw, "functions in trait impls cannot be const")
                                .inlineSuggestion("remove the `const`", new dev.heaplab.core.source.Span(kw.lo(), kw.hi() + 1), "").build());
                    }
                    DefId fd = cx.defs.newDefId(f.name().name());
                    cx.itemDecls.put(fd, f);
                    DefId before = methods.get(f.name().name());
                    if (before != null && !scope.isStd() && cx.itemDecls.get(before) instanceof Item.FnDecl first) {
                        // E0201 (trait impl) / E0592 (inherent impl): one name defined twice in one impl
                        String name = f.name().name();
                        cx.report(trait != null
                                ? dev.heaplab.core.diag.Diagnostic.error("E0201", "duplicate definitions with name `" + name + "`:")
                                        .secondary(first.span(), "previous definition here").primary(f.span(), "duplicate definition").build()
                                : dev.heaplab.core.diag.Diagnostic.error("E0592", "duplicate definitions with name `" + name + "`")
                                        .secondary(signature(first), "other definition for `" + name + "`")
                                        .primary(signature(f), "duplicate definitions for `" + name + "`").build());
                    }
                    methods.put(f.name().name(), fd);
                    fn(f, scope, fd, full, implId, trait, selfName);
                }
                case Item.AssocTypeDecl a -> { }
                case Item.ConstDecl c when traitImplWithoutParams -> constFn(c, scope, full, implId, traitRef, selfName, methods);
                case Item.ConstDecl c -> assocConst(c, trait, full, consts);
                default -> cx.unsupported(sub.span(), "this item inside an impl");
            }
        }
        if (!consts.isEmpty()) cx.implConsts.put(implId, consts);
        // rustc leaves an impl for a type it could not resolve unchecked
        if (trait != null && self != Ty.ERROR) checkImplComplete(i, trait, methods, assoc);
        cx.defs.put(new ImplDef(implId, gen(null, 0, full), trait, traitArgs, self, methods, assoc, false, i.span(),
                i.generics()));
        if (trait != null && !scope.isStd()) new ImplItemSignatures(cx).check(i, cx.defs.impl(implId));
    }

    /**
     * A trait's associated constant (declared, or with a default) and its value in an impl, as a function
     * without parameters of the trait, `fn NAME() -> T { value }`: uses of `T::NAME` through a bound
     * are resolved when the machine knows `T`, as trait methods are. The body's block reuses the
     * constant's NodeId (the item itself has no type of its own).
     */
    private void constFn(Item.ConstDecl c, ModuleScope scope, TyEnv env, DefId implId, DefId trait, String prefix,
                         Map<String, DefId> methods) {
        DefId fd = cx.defs.newDefId(c.name().name());
        Item.FnDecl f = constAsFn(c);
        cx.itemDecls.put(fd, f);
        methods.put(c.name().name(), fd);
        cx.assocConstFns.add(fd);
        fn(f, scope, fd, env, implId, trait, prefix);
    }

    /** A function's header without its body, where rustc points at a definition. */
    static dev.heaplab.core.source.Span signature(Item.FnDecl f) {
        if (f.body() == null) return f.span();
        return new dev.heaplab.core.source.Span(f.span().lo(), Math.max(f.span().lo(), f.body().span().lo() - 1));
    }

    private static Item.FnDecl constAsFn(Item.ConstDecl c) {
        dev.heaplab.core.syntax.Stmt.Block body = c.value() == null ? null : new dev.heaplab.core.syntax.Stmt.Block(c.id(), c.value().span(), List.of(), c.value(), false);
        return new Item.FnDecl(c.id(), c.span(), c.name(), List.of(), c.vis(), false, false,
                Generics.EMPTY, null, List.of(), c.type(), body);
    }

    /** `const NAME: T = value;` in an inherent impl of a non-generic type: a constant found through its self type. */
    private void assocConst(Item.ConstDecl c, DefId trait, TyEnv env, Map<String, DefId> consts) {
        if (trait != null) {
            cx.unsupported(c.span(), "associated constants in trait impls");
            return;
        }
        if (!env.params.isEmpty()) {
            cx.unsupported(c.span(), "associated constants in generic impls");
            return;
        }
        DefId d = cx.defs.newDefId(c.name().name());
        cx.defs.put(new ConstDef(d, c.name().name(), lowerer.lower(c.type(), env), c.value(), false, false, c.span()));
        cx.envs.put(d, env);
        if (!env.scope.isStd()) cx.inherentConstDecls.put(d, c);
        if (c.value() != null) bodies.add(d);
        consts.put(c.name().name(), d);
    }

    private void checkImplComplete(Item.ImplDecl i, DefId trait, Map<String, DefId> methods, Map<String, Ty> assoc) {
        TraitDef td = cx.defs.trait(trait);
        if (td == null) return;
        List<String> missing = new ArrayList<>();
        for (String a : td.assocTypes()) if (!assoc.containsKey(a)) missing.add("`" + a + "`");
        // a const where the trait has a method of that name, or the reverse (E0323, E0324): it implements nothing
        for (Item sub : i.items()) {
            if (sub instanceof Item.AssocTypeDecl a && td.methods().get(a.name().name()) instanceof DefId inTrait) {
                // a type where the trait has a method or const of that name (E0325)
                var d = dev.heaplab.core.diag.Diagnostic.error("E0325", "item `" + a.name().name()
                        + "` is an associated type, which doesn't match its trait `" + td.name() + "`").primary(a.span(), "does not match trait");
                if (cx.itemDecls.get(inTrait) != null) d.secondary(cx.itemDecls.get(inTrait).span(), "item in trait");
                cx.diags.add(d.build());
            }
        }
        Map<String, DefId> mismatched = new LinkedHashMap<>();
        for (var m : methods.entrySet()) {
            DefId inTrait = td.methods().get(m.getKey());
            if (inTrait == null || cx.assocConstFns.contains(m.getValue()) == cx.assocConstFns.contains(inTrait)) continue;
            mismatched.put(m.getKey(), m.getValue());
            boolean isConst = cx.assocConstFns.contains(m.getValue());
            var d = dev.heaplab.core.diag.Diagnostic.error(isConst ? "E0323" : "E0324", "item `" + m.getKey() + "` is an associated "
                    + (isConst ? "const" : "method") + ", which doesn't match its trait `" + td.name() + "`")
                    .primary(cx.itemDecls.get(m.getValue()).span(), "does not match trait");
            if (cx.itemDecls.get(inTrait) != null) d.secondary(cx.itemDecls.get(inTrait).span(), "item in trait");
            cx.diags.add(d.build());
        }
        if (!mismatched.isEmpty()) {
            methods = new LinkedHashMap<>(methods);
            methods.keySet().removeAll(mismatched.keySet());
        }
        // rustc labels each missing method of a trait written in the program at its declaration
        Map<dev.heaplab.core.source.Span, String> fromTrait = new LinkedHashMap<>();
        for (var m : td.methods().entrySet()) {
            FnDef f = cx.defs.fn(m.getValue());
            if (f != null && !f.hasBody() && !f.isBuiltin() && !methods.containsKey(m.getKey())) {
                missing.add("`" + m.getKey() + "`");
                if (cx.itemDecls.get(m.getValue()) instanceof Item.FnDecl fd && !dev.heaplab.core.typeck.CheckedStd.isStd(fd.span())) {
                    fromTrait.put(fd.span(), "`" + m.getKey() + "` from trait");
                }
            }
        }
        for (String name : methods.keySet()) {
            if (!td.methods().containsKey(name) && cx.assocConstFns.contains(methods.get(name))) {
                // an associated constant (registered with the methods): E0438, at the whole item
                cx.error("E0438", "const `" + name + "` is not a member of trait `" + td.name() + "`",
                        cx.itemDecls.get(methods.get(name)).span(), "not a member of trait `" + td.name() + "`");
            } else if (!td.methods().containsKey(name)) {
                cx.error("E0407", "method `" + name + "` is not a member of trait `" + td.name() + "`",
                        cx.itemDecls.get(methods.get(name)).name().span(), "not a member of trait `" + td.name() + "`");
            }
        }
        if (!missing.isEmpty()) {
            // rustc's span is the impl's header, `impl Animal for Dog`, without its items
            dev.heaplab.core.source.Span at = i.generics().where().isEmpty() && i.selfType() != null
                    ? new dev.heaplab.core.source.Span(i.span().lo(), i.selfType().span().hi()) : i.span();
            var d = dev.heaplab.core.diag.Diagnostic.error("E0046", "not all trait items implemented, missing: " + String.join(", ", missing))
                    .primary(at, "missing " + String.join(", ", missing) + " in implementation");
            fromTrait.forEach((span, label) -> d.secondary(span, label));
            cx.diags.add(d.build());
        }
    }

    /** The name builtin keys use for a type: `Vec`, `str`, `slice`, `i32`. */
    public static String selfTypeName(Ty self) {
        return switch (self) {
            case Ty.Adt a -> null;
            case Ty.Slice s -> "slice";
            case Ty.Array a -> "array";
            default -> self.display(d -> "?");
        };
    }

    /** rustc requires a `use<..>` list to name every type parameter in scope; true when it reported one missing. */
    private boolean uncapturedTypeParams(Item.FnDecl f, TyEnv env) {
        var it = (dev.heaplab.core.syntax.TypeExpr.ImplTraitType) f.ret();
        for (String p : env.params) {
            if (p.equals("impl Trait") || env.opaqueCaptures.contains(p)) continue;
            var b = dev.heaplab.core.diag.Diagnostic.error(null, "`impl Trait` must mention all type parameters in scope in `use<...>`")
                    .primary(it.withBounds(), "");
            for (Generics.GenericParam gp : f.generics().params())
                if (gp instanceof Generics.GenericParam.TypeParam tp && tp.name().name().equals(p))
                    b.secondary(tp.name().span(), "type parameter is implicitly captured by this `impl Trait`");
            cx.report(b.note("currently, all type parameters are required to be mentioned in the precise captures list").build());
            return true;
        }
        return false;
    }

    /** A lifetime the `impl Trait`'s bounds mention (`Item = &'a T`, or an elided `&`) is captured: the `use<..>` list must name it. */
    private void uncapturedBoundLifetimes(Item.FnDecl f, TyEnv env) {
        var it = (TypeExpr.ImplTraitType) f.ret();
        List<LifetimeMention> mentioned = new ArrayList<>();
        for (Generics.Bound b : it.bounds())
            if (b instanceof Generics.Bound.TraitBound tb) mentionedLifetimes(tb.path(), mentioned);
        for (LifetimeMention m : mentioned) {
            String name = m.name();
            if (name.equals("'static") || env.opaqueCaptures.contains(name)) continue;
            var b = dev.heaplab.core.diag.Diagnostic.error(null,
                            "`impl Trait` captures lifetime parameter, but it is not mentioned in `use<...>` precise captures list")
                    .primary(m.at(), "")
                    .secondary(it.withBounds(),
                            "lifetime captured due to being mentioned in the bounds of the `impl Trait`");
            dev.heaplab.core.source.Span def = null;
            if (name.equals("'_")) {
                if (f.selfParam() != null && f.selfParam().kind() != Item.SelfKind.VALUE) def = new dev.heaplab.core.source.Span(f.selfParam().span().lo(), f.selfParam().span().lo() + 1);
                else for (Item.Param p : f.params()) if (p.type() instanceof TypeExpr.RefType r && r.lifetime() == null) def = new dev.heaplab.core.source.Span(r.span().lo(), r.span().lo() + 1);
            } else {
                for (Generics.GenericParam gp : f.generics().params())
                    if (gp instanceof Generics.GenericParam.LifetimeParam lp && lp.name().name().equals(name)) def = lp.name().span();
            }
            if (def != null) b.secondary(def, "this lifetime parameter is captured");
            cx.report(b.build());
            return;
        }
    }

    /** A lifetime written in a type (`'_` for an elided `&`) and where. */
    private record LifetimeMention(dev.heaplab.core.source.Span at, String name) {}

    private static void mentionedLifetimes(dev.heaplab.core.syntax.Path path, List<LifetimeMention> out) {
        for (var seg : path.segments())
            for (var a : seg.args()) {
                switch (a) {
                    case dev.heaplab.core.syntax.Path.GenericArg.LifetimeArg l -> out.add(new LifetimeMention(l.lifetime().span(), l.lifetime().name()));
                    case dev.heaplab.core.syntax.Path.GenericArg.TypeArg ta -> mentionedLifetimes(ta.type(), out);
                    case dev.heaplab.core.syntax.Path.GenericArg.AssocBinding ab -> mentionedLifetimes(ab.type(), out);
                    case dev.heaplab.core.syntax.Path.GenericArg.ConstArg c -> { }
                }
            }
    }

    private static void mentionedLifetimes(TypeExpr t, List<LifetimeMention> out) {
        switch (t) {
            case TypeExpr.RefType r -> {
                out.add(r.lifetime() == null ? new LifetimeMention(new dev.heaplab.core.source.Span(r.span().lo() + 1, r.span().lo() + 2), "'_")
                        : new LifetimeMention(r.lifetime().span(), r.lifetime().name()));
                mentionedLifetimes(r.inner(), out);
            }
            case TypeExpr.PathType p -> mentionedLifetimes(p.path(), out);
            case TypeExpr.TupleType tu -> tu.elems().forEach(e -> mentionedLifetimes(e, out));
            case TypeExpr.ArrayType a -> mentionedLifetimes(a.elem(), out);
            case TypeExpr.SliceType s -> mentionedLifetimes(s.elem(), out);
            default -> { }
        }
    }

    private void fn(Item.FnDecl f, ModuleScope scope, DefId d, TyEnv parent, DefId parentImpl, DefId parentTrait,
                    String keyPrefix) {
        TyEnv env = new TyEnv(scope, parent.params, parent.selfTy, parent.selfTrait, parent.predicates);
        env.implTrait = parent.implTrait;
        env.implTraitArgs = parent.implTraitArgs;
        int parentCount = parent.params.size();
        generics(f.generics(), env);
        List<Ty> inputs = new ArrayList<>();
        Item.SelfKind selfKind = null;
        if (f.selfParam() != null) {
            selfKind = f.selfParam().kind();
            Ty selfTy = parent.selfTy == null ? Ty.ERROR : parent.selfTy;
            if (f.selfParam().explicitType() != null) {
                inputs.add(lowerer.lower(f.selfParam().explicitType(), env));
            } else {
                // `&'a self` keeps its written lifetime, as a `&'a T` parameter does.
                Ident lt = f.selfParam().lifetime();
                inputs.add(switch (selfKind) {
                    case VALUE -> selfTy;
                    case REF -> lt == null ? Ty.ref(selfTy) : new Ty.Ref(dev.heaplab.core.types.Region.named(lt.name()), false, selfTy);
                    case REF_MUT -> lt == null ? Ty.refMut(selfTy) : new Ty.Ref(dev.heaplab.core.types.Region.named(lt.name()), true, selfTy);
                });
            }
        }
        env.allowImplTraitParams = true;
        for (Item.Param p : f.params()) inputs.add(lowerer.lower(p.type(), env));
        env.allowImplTraitParams = false;
        env.inReturnPosition = true;
        Ty out = f.ret() == null ? Ty.UNIT : lowerer.lower(f.ret(), env);
        env.inReturnPosition = false;
        SizedTypes.signature(cx, f, inputs, out);
        if (env.sawOpaqueReturn) {
            cx.opaqueReturn.put(d, true);
            cx.opaqueBounds.put(d, List.copyOf(env.opaqueBounds));
            cx.defs.putOpaque(d, new dev.heaplab.core.types.ProgramDefs.OpaqueBounds(env.opaqueBounds, env.opaqueLifetimes, env.opaqueCaptures));
            if (env.opaqueCaptures != null && !uncapturedTypeParams(f, env)) uncapturedBoundLifetimes(f, env);
            if (!(f.ret() instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType))
                cx.unsupported(f.ret().span(), "`impl Trait` inside a return type");
        }
        String owner = keyPrefix;
        if (parentImpl != null && owner == null) owner = adtName(parent.selfTy);
        String qualified = owner == null ? f.name().name() : owner + "::" + f.name().name();
        String builtinKey = null;
        if (Attributes.has(f.attrs(), "builtin")) builtinKey = Attributes.value(f.attrs(), "builtin", qualified);
        boolean trackCaller = Attributes.has(f.attrs(), "track_caller") || tracksCallerInTrait(parent.implTrait, f.name().name());
        GenericsDef g = new GenericsDef(parentImpl != null ? parentImpl : parentTrait, parentCount, env.params, env.predicates);
        cx.defs.put(new FnDef(d, f.name().name(), qualified, g, new FnSig(inputs, out), selfKind, f, builtinKey,
                trackCaller, parentImpl, parentTrait, f.span()));
        cx.envs.put(d, env);
        if (f.body() != null) bodies.add(d);
        else if (parentTrait == null && builtinKey == null) {
            cx.unsupported(f.span(), "function without a body");
        }
    }

    /** An impl's method is `#[track_caller]` when the trait declares it so (rustc: std's `Index::index`). */
    private boolean tracksCallerInTrait(DefId trait, String method) {
        if (trait == null || cx.defs.trait(trait) == null) return false;
        DefId m = cx.defs.trait(trait).methods().get(method);
        FnDef decl = m == null ? null : cx.defs.fn(m);
        return decl != null && decl.trackCaller();
    }

    private String adtName(Ty self) {
        if (self instanceof Ty.Adt a) return cx.defs.name(a.def());
        return selfTypeName(self);
    }
}
