package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ModuleScope.Ns;
import dev.heaplab.core.resolve.NameResolver.PathLookup;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns written types into semantic types within an item's {@link TyEnv}.
 * Rules: generic parameters and `Self` first, then primitives, then items in scope; type aliases are
 * expanded; `T::Name` becomes a projection on the bound of T declaring `Name`; `dyn Trait<Item = X>`
 * keeps the trait's arguments followed by its associated-type bindings (for the Fn traits:
 * `[argument tuple, output]`). Errors are reported and give {@link Ty.Error}.
 */
public final class TypeLowerer {
    private final ProgramCx cx;

    public TypeLowerer(ProgramCx cx) { this.cx = cx; }

    public static Ty primitive(String name) {
        IntTy i = IntTy.byName(name);
        if (i != null) return new Ty.Int(i);
        FloatTy f = FloatTy.byName(name);
        if (f != null) return new Ty.Float(f);
        return switch (name) {
            case "bool" -> Ty.BOOL;
            case "char" -> Ty.CHAR;
            case "str" -> Ty.STR;
            default -> null;
        };
    }

    public List<Ty> lowerAll(List<TypeExpr> ts, TyEnv env) {
        List<Ty> out = new ArrayList<>();
        for (TypeExpr t : ts) out.add(lower(t, env));
        return out;
    }

    public Ty lower(TypeExpr t, TyEnv env) {
        return switch (t) {
            case TypeExpr.PathType p -> lowerPath(p.path(), env, p.span());
            case TypeExpr.RefType r -> new Ty.Ref(r.lifetime() == null ? dev.heaplab.core.types.Region.ERASED
                    : dev.heaplab.core.types.Region.named(r.lifetime().name()), r.mutable(), lower(r.inner(), env));
            case TypeExpr.RawPtrType r -> new Ty.RawPtr(r.mutable(), lower(r.inner(), env));
            case TypeExpr.TupleType tt -> new Ty.Tuple(lowerAll(tt.elems(), env));
            case TypeExpr.ArrayType a -> {
                Ty elem = lower(a.elem(), env);
                long len = constLen(a.len(), env);
                yield len < 0 && len != Ty.Array.ANY_LEN ? Ty.ERROR : new Ty.Array(elem, len);
            }
            case TypeExpr.SliceType s -> new Ty.Slice(lower(s.elem(), env));
            case TypeExpr.FnPtrType f -> implTraitNotAllowed(f, null)
                    ? Ty.ERROR : new Ty.FnPtr(lowerAll(f.params(), env), f.ret() == null ? Ty.UNIT : lower(f.ret(), env));
            case TypeExpr.NeverType n -> Ty.NEVER;
            case TypeExpr.InferType i -> {
                if (env.placeholder != null) yield env.placeholder.get();
                cx.error("E0121", "the placeholder `_` is not allowed within types on item signatures", i.span(),
                        "not allowed in type signatures");
                yield Ty.ERROR;
            }
            case TypeExpr.DynTraitType d -> lowerDyn(d.bounds(), env, d.span());
            case TypeExpr.ImplTraitType it -> lowerImplTrait(it, env);
        };
    }

    /**
     * rustc's E0562 for each `impl Trait` written in {@code t} where only a function's parameters and
     * return type may hold one: {@code position} as rustc names it ("the type of variable bindings",
     * "field types"), or null to look only inside `fn` pointer types (whose parameters and return type
     * are positions of their own, wherever the pointer type is written). Places not walked (trait
     * object bounds, associated type bindings, qualified paths) stay refused by {@link #lowerImplTrait}.
     * True when one was reported: the caller lowers the type as an error.
     */
    public boolean implTraitNotAllowed(TypeExpr t, String position) {
        List<TypeExpr.ImplTraitType> found = new ArrayList<>();
        List<String> where = new ArrayList<>();
        walkImplTraits(t, position, found, where);
        for (int i = 0; i < found.size(); i++) {
            var d = dev.heaplab.core.diag.Diagnostic.error("E0562", "`impl Trait` is not allowed in " + where.get(i))
                    .primary(wholeSpan(found.get(i)), "")
                    .note("`impl Trait` is only allowed in arguments and return types of functions and methods");
            if (where.get(i).equals("the type of variable bindings")) {
                d.note("see issue #63065 <https://github.com/rust-lang/rust/issues/63065> for more information");
            }
            cx.report(d.build());
        }
        return !found.isEmpty();
    }

    /** `impl A + B` with its bounds (the node's own span ends after `impl`). */
    private static dev.heaplab.core.source.Span wholeSpan(TypeExpr.ImplTraitType it) {
        int hi = it.span().hi();
        for (Generics.Bound b : it.bounds()) hi = Math.max(hi, b.span().hi());
        return new dev.heaplab.core.source.Span(it.span().lo(), hi);
    }

    private static void walkImplTraits(TypeExpr t, String position, List<TypeExpr.ImplTraitType> found, List<String> where) {
        switch (t) {
            case TypeExpr.ImplTraitType it -> {
                if (position != null) {
                    found.add(it);
                    where.add(position);
                }
            }
            case TypeExpr.FnPtrType f -> {
                for (TypeExpr p : f.params()) walkImplTraits(p, "`fn` pointer parameters", found, where);
                if (f.ret() != null) walkImplTraits(f.ret(), "`fn` pointer return types", found, where);
            }
            case TypeExpr.PathType p -> {
                if (p.path().qself() != null) return;
                for (Path.PathSegment seg : p.path().segments()) {
                    for (Path.GenericArg a : seg.args()) {
                        if (a instanceof Path.GenericArg.TypeArg ta) walkImplTraits(ta.type(), position, found, where);
                    }
                }
            }
            case TypeExpr.RefType r -> walkImplTraits(r.inner(), position, found, where);
            case TypeExpr.RawPtrType r -> walkImplTraits(r.inner(), position, found, where);
            case TypeExpr.TupleType tu -> tu.elems().forEach(e -> walkImplTraits(e, position, found, where));
            case TypeExpr.ArrayType a -> walkImplTraits(a.elem(), position, found, where);
            case TypeExpr.SliceType sl -> walkImplTraits(sl.elem(), position, found, where);
            case TypeExpr.DynTraitType d -> { }
            case TypeExpr.NeverType n -> { }
            case TypeExpr.InferType i -> { }
        }
    }

    private Ty lowerImplTrait(TypeExpr.ImplTraitType it, TyEnv env) {
        if (env.inReturnPosition) {
            env.sawOpaqueReturn = true;
            for (Generics.Bound b : it.bounds()) {
                if (b instanceof Generics.Bound.TraitBound tb && !tb.maybe()) {
                    GenericsDef.Predicate p = lowerTraitRef(tb.path(), Ty.ERROR, env, tb.span());
                    if (p != null) env.opaqueBounds.add(p);
                } else if (b instanceof Generics.Bound.LifetimeBound lb) env.opaqueLifetimes.add(lb.lifetime().name());
                else if (b instanceof Generics.Bound.UseBound u) {
                    if (env.opaqueCaptures != null) {
                        cx.report(dev.heaplab.core.diag.Diagnostic.error(null, "duplicate `use<...>` precise capturing syntax")
                                .primary(env.opaqueCaptureSpan, "").secondary(u.span(), "second `use<...>` here").build());
                        continue;
                    }
                    env.opaqueCaptures = u.captures().stream().map(dev.heaplab.core.syntax.Ident::name).toList();
                    env.opaqueCaptureSpan = u.span();
                }
            }
            return Ty.ERROR;
        }
        if (!env.allowImplTraitParams) {
            cx.unsupported(it.span(), "`impl Trait` in this position");
            return Ty.ERROR;
        }
        Ty param = new Ty.Param(env.params.size(), "impl Trait");
        env.params.add("impl Trait");
        for (Generics.Bound b : it.bounds()) {
            if (b instanceof Generics.Bound.UseBound u)
                cx.error(null, "`use<...>` precise capturing syntax not allowed in argument-position `impl Trait`", u.span(), "");
            if (b instanceof Generics.Bound.TraitBound tb && !tb.maybe()) {
                GenericsDef.Predicate p = lowerTraitRef(tb.path(), param, env, tb.span());
                if (p != null) env.predicates.add(p);
            }
        }
        return param;
    }

    private Ty lowerDyn(List<Generics.Bound> bounds, TyEnv env, dev.heaplab.core.source.Span span) {
        GenericsDef.Predicate main = null;
        Generics.Bound.TraitBound mainBound = null;
        int autos = 0;
        for (Generics.Bound b : bounds) {
            if (b instanceof Generics.Bound.UseBound u)
                cx.error(null, "`use<...>` precise capturing syntax not allowed in `dyn` trait object bounds", u.span(), "");
            if (!(b instanceof Generics.Bound.TraitBound tb)) continue;
            GenericsDef.Predicate p = lowerTraitRef(tb.path(), Ty.ERROR, env, tb.span());
            if (p == null) return Ty.ERROR;
            if (p.trait().equals(cx.langTrait("Send"))) autos |= Ty.Dynamic.SEND;
            if (p.trait().equals(cx.langTrait("Sync"))) autos |= Ty.Dynamic.SYNC;
            if (main == null) {
                main = p;
                mainBound = tb;
                cx.dynSites.add(new ProgramCx.DynSite(p.trait(), tb.path().span()));
            }
            else if (!isAutoTrait(p.trait()) && !isAutoTrait(main.trait())) {
                // rustc's E0225: a trait object has one non-auto trait, the others are `Send`, `Sync`...
                String first = boundText(mainBound.path().span(), main.trait()), second = boundText(tb.path().span(), p.trait());
                cx.report(Diagnostic.error("E0225", "only auto traits can be used as additional traits in a trait object")
                        .secondary(mainBound.path().span(), "first non-auto trait")
                        .primary(tb.path().span(), "additional non-auto trait")
                        .help("consider creating a new trait with all of these as supertraits and using that trait here instead: `trait NewTrait: "
                                + first + " + " + second + " {}`")
                        .note("auto-traits like `Send` and `Sync` are traits that have special properties; for more information on them, visit <https://doc.rust-lang.org/reference/special-types-and-traits.html#auto-traits>")
                        .build());
                return Ty.ERROR;
            }
            else if (!isAutoTrait(p.trait())) {
                cx.unsupported(span, "`dyn` with several traits");
                return Ty.ERROR;
            }
        }
        if (main == null) return Ty.ERROR;
        if (cx.traitsWithConsts.contains(main.trait()) && !(cx.defs.trait(main.trait()) instanceof dev.heaplab.core.types.TraitDef td
                && !dev.heaplab.core.typeck.CheckedStd.isStd(td.span()))) {
            // The program's own such traits are E0038 (typeck.DynCompatibility); the stubs' are not checked there.
            cx.unsupported(span, "`dyn` of a trait with associated constants");
            return Ty.ERROR;
        }
        List<Ty> args = new ArrayList<>(main.traitArgs());
        if (isFnTrait(main.trait())) {
            args.add(main.assocBindings().getOrDefault("Output", Ty.UNIT));
            return new Ty.Dynamic(main.trait(), args, autos);
        }
        List<String> missing = new ArrayList<>();
        for (String assoc : cx.traitAssoc.getOrDefault(main.trait(), List.of())) {
            Ty bound = main.assocBindings().get(assoc);
            if (bound == null) missing.add(assoc);
            args.add(bound == null ? Ty.ERROR : bound);
        }
        if (!missing.isEmpty() && !env.scope.isStd()) {
            // E0191: a trait object fixes every associated type of its trait
            dev.heaplab.core.source.Span at = cx.dynSites.getLast().span();
            String names = missing.size() == 1 ? "type `" + missing.get(0) + "`"
                    : "types " + String.join(", ", missing.subList(0, missing.size() - 1).stream().map(n -> "`" + n + "`").toList())
                      + " and `" + missing.getLast() + "`";
            cx.report(dev.heaplab.core.diag.Diagnostic.error("E0191", "the value of the associated " + names + " in `"
                    + cx.defs.name(main.trait()) + "` must be specified").primary(at, "")
                    .help(missing.size() == 1 ? "specify the associated type" : "specify the associated types").build());
            return Ty.ERROR;
        }
        return new Ty.Dynamic(main.trait(), args, autos);
    }

    private boolean isAutoTrait(DefId trait) {
        return trait.equals(cx.langTrait("Send")) || trait.equals(cx.langTrait("Sync"));
    }

    /** `Trait<A, Item = B>` applied to {@code self}; null (after an error) when the trait is unknown. */
    public GenericsDef.Predicate lowerTraitRef(Path path, Ty self, TyEnv env, dev.heaplab.core.source.Span span) {
        PathLookup l = cx.resolver.walk(env.scope, NameResolver.segs(path), path.global(), Ns.TYPE);
        if (!l.complete(path.segments().size()) || !(l.decl() instanceof Decl.Trait tr)) {
            // a struct, enum or alias where a trait is expected is rustc's E0404, not E0405
            String found = !l.complete(path.segments().size()) ? null : switch (l.decl()) {
                case Decl.Adt a -> cx.defs.adt(a.def()) != null && cx.defs.adt(a.def()).isEnum() ? "enum" : "struct";
                case Decl.Alias a -> "type alias";
                case null, default -> null;
            };
            if (found != null) {
                cx.error("E0404", "expected trait, found " + found + " `" + path.last().name().name() + "`", path.span(), "not a trait");
            } else {
                var d = Diagnostic.error("E0405", "cannot find trait `" + path.last().name().name() + "` in this scope")
                        .primary(path.span(), "not found in this scope");
                if (path.segments().size() == 1) ImportCandidates.suggest(d, env.scope, path.last().name().name(), ImportCandidates.Want.TRAIT, cx.sources);
                cx.diags.add(d.build());
            }
            return null;
        }
        DefId trait = tr.def();
        List<Ty> args = new ArrayList<>();
        Map<String, Ty> bindings = new LinkedHashMap<>();
        List<Path.GenericArg> written = path.last().args();
        List<Ty> typeArgs = new ArrayList<>();
        for (Path.GenericArg a : written) {
            switch (a) {
                case Path.GenericArg.TypeArg ta -> typeArgs.add(lower(ta.type(), env));
                case Path.GenericArg.AssocBinding ab -> bindings.put(ab.name().name(), lower(ab.type(), env));
                case Path.GenericArg.LifetimeArg la -> { }
                case Path.GenericArg.ConstArg ca -> cx.unsupported(span, "const generic arguments");
            }
        }
        args.addAll(typeArgs);
        int want = cx.traitParamCount.getOrDefault(trait, 0);
        if (typeArgs.isEmpty() && !env.scope.isStd() && !isFnTrait(trait) && missingGenerics(path.last(), trait)) return null;
        while (args.size() < want) args.add(self);
        return new GenericsDef.Predicate(self, trait, args, bindings);
    }

    /**
     * rustc's E0107 for a trait written without its type arguments when one has no default (`impl From
     * for S`; `PartialEq` alone is `PartialEq<Self>`), with its help naming the missing parameters.
     */
    private boolean missingGenerics(Path.PathSegment seg, DefId trait) {
        if (!(cx.itemDecls.get(trait) instanceof dev.heaplab.core.syntax.Item.TraitDecl td)) return false;
        List<String> required = new ArrayList<>();
        for (Generics.GenericParam gp : td.generics().params()) {
            if (gp instanceof Generics.GenericParam.TypeParam tp && tp.defaultType() == null) required.add(tp.name().name());
        }
        if (required.isEmpty()) return false;
        String n = required.size() + " generic argument" + (required.size() == 1 ? "" : "s");
        cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0107", "missing generics for trait `" + seg.name().name() + "`")
                .primary(seg.name().span(), "expected " + n)
                .suggestion("add missing generic argument" + (required.size() == 1 ? "" : "s"), seg.name().span().shrinkToHi(),
                        "<" + String.join(", ", required) + ">")
                .build());
        return true;
    }

    public boolean isFnTrait(DefId trait) {
        return trait.equals(cx.langTrait("Fn")) || trait.equals(cx.langTrait("FnMut")) || trait.equals(cx.langTrait("FnOnce"));
    }

    private long constLen(Expr e, TyEnv env) {
        if (e instanceof Expr.Lit l && l.value() instanceof Expr.LitValue.Int i) return i.value().longValue();
        if (e instanceof Expr.PathExpr pe && env.scope.isStd() && pe.path().isSingle()
                && pe.path().last().name().name().equals("N")) return Ty.Array.ANY_LEN;
        if (e instanceof Expr.PathExpr pe) {
            PathLookup l = cx.resolver.walk(env.scope, NameResolver.segs(pe.path()), pe.path().global(), Ns.VALUE);
            if (l.complete(pe.path().segments().size()) && l.decl() instanceof Decl.Const c) {
                var item = cx.itemDecls.get(c.def());
                if (item instanceof dev.heaplab.core.syntax.Item.ConstDecl cd) return constLen(cd.value(), env);
            }
        }
        if (e instanceof Expr.PathExpr pe && pe.path().qself() == null && !pe.path().global() && pe.path().segments().size() > 1
                && env.param(pe.path().segments().get(0).name().name()) != null) {
            // `[u8; T::N]`: an array length in a type may not use the item's generic parameters
            var seg = pe.path().segments().get(0).name();
            cx.report(dev.heaplab.core.diag.Diagnostic.error(null, "generic parameters may not be used in const operations")
                    .primary(seg.span(), "cannot perform const operation using `" + seg.name() + "`")
                    .note("type parameters may not be used in const expressions").build());
            return -1;
        }
        if (nonConstantLocal(e, env)) return -1;
        cx.unsupported(e.span(), "array length that is not a literal or a constant");
        return -1;
    }

    /** An array length naming a local of the enclosing function (`[0; n]` after `let n = 3;`): rustc's E0435. */
    private boolean nonConstantLocal(Expr e, TyEnv env) {
        Expr.PathExpr local = OuterLocals.localInConstant(cx.defs, e,
                pe -> cx.resolver.lookup(env.scope, pe.path().last().name().name(), Ns.VALUE) != null);
        if (local != null) cx.diags.add(OuterLocals.nonConstantLength(cx.defs, local));
        return local != null;
    }

    private Ty lowerPath(Path path, TyEnv env, dev.heaplab.core.source.Span span) {
        if (path.qself() != null) return qualified(path, env, span);
        List<String> segs = NameResolver.segs(path);
        String first = segs.get(0);
        if (!path.global()) {
            Ty head = null;
            if (first.equals("Self") && env.selfTy != null) head = env.selfTy;
            else if (env.param(first) != null) head = env.param(first);
            if (head != null) {
                if (segs.size() == 1) return head;
                if (segs.size() == 2) return projection(head, segs.get(1), env, span);
                cx.unsupported(span, "long associated type paths");
                return Ty.ERROR;
            }
            if (segs.size() == 1) {
                Ty prim = primitive(first);
                if (prim != null && cx.resolver.lookup(env.scope, first, Ns.TYPE) == null) {
                    return prim;
                }
            }
        }
        PathLookup l = cx.resolver.walk(env.scope, segs, path.global(), Ns.TYPE);
        if (!l.complete(segs.size())) {
            if (l.decl() != null && l.consumed() == segs.size() - 1 && !(l.decl() instanceof Decl.Module)) {
                Ty base = typeOfDecl(l.decl(), path.segments().get(l.consumed() - 1), env, span);
                return projection(base, segs.get(segs.size() - 1), env, span);
            }
            int at = l.failedAt() < 0 ? 0 : l.failedAt();
            String name = segs.get(at);
            int stdMissing = cx.resolver.stdMissingAt(env.scope, segs, path.global());
            if (stdMissing > 0) {
                // a name the real std module lacks: rustc's error, not a refusal
                cx.diags.add(UnresolvedPath.of(cx, env.scope, segs, stdMissing, path.segments().get(stdMissing).name().span(), "type", path.span().lo()));
            } else if (cx.resolver.isStdPath(env.scope, segs, path.global())) {
                if (!cx.resolver.importedName(env.scope, segs.get(0)))
                    cx.unsupported(path.span(), "`" + String.join("::", segs) + "` (this part of the standard library is not modelled)");
            } else if (segs.size() == 1 && !path.global() && OuterGenerics.find(cx, path.segments().get(0).name().span(), name) instanceof Diagnostic outer) {
                cx.diags.add(outer);
            } else {
                cx.diags.add(UnresolvedPath.of(cx, env.scope, segs, at, path.segments().get(at).name().span(), "type", path.span().lo()));
            }
            // rustc resolves the arguments too (`Rc<RefCell<T>>` without either import: two errors)
            for (Path.GenericArg a : path.last().args()) if (a instanceof Path.GenericArg.TypeArg ta) lower(ta.type(), env);
            return Ty.ERROR;
        }
        return typeOfDecl(l.decl(), path.last(), env, span);
    }

    private Ty typeOfDecl(Decl d, Path.PathSegment seg, TyEnv env, dev.heaplab.core.source.Span span) {
        List<Ty> args = new ArrayList<>();
        for (Path.GenericArg a : seg.args()) if (a instanceof Path.GenericArg.TypeArg ta) args.add(lower(ta.type(), env));
        return switch (d) {
            case Decl.Adt a -> {
                int want = cx.adtParamCount.getOrDefault(a.def(), 0);
                if (args.size() != want) {
                    if (args.isEmpty() && want > 0) {
                        cx.error("E0107", "missing generics for " + kindWord(a.def()) + " `" + seg.name().name() + "`",
                                seg.name().span(), "expected " + want + " generic argument" + (want == 1 ? "" : "s"));
                    } else {
                        cx.error("E0107", kindWord(a.def()) + " takes " + want + " generic argument" + (want == 1 ? "" : "s")
                                + " but " + args.size() + " generic argument" + (args.size() == 1 ? " was" : "s were") + " supplied",
                                seg.name().span(), "expected " + want + " generic argument" + (want == 1 ? "" : "s"));
                    }
                    yield Ty.ERROR;
                }
                SizedTypes.adtArgs(cx, a.def(), args, span, env.placeholder != null);
                Ty.Adt adt = new Ty.Adt(a.def(), args);
                wellFormed(adt, env, span);
                yield adt;
            }
            case Decl.Alias al -> {
                TyEnv aliasEnv = new TyEnv(al.scope(), List.of(), null, null, List.of());
                aliasEnv.inAlias = true;
                for (Generics.GenericParam gp : al.decl().generics().params()) {
                    if (gp instanceof Generics.GenericParam.TypeParam tp) aliasEnv.params.add(tp.name().name());
                }
                Ty expanded = TySubst.subst(lower(al.decl().type(), aliasEnv), args);
                // rustc checks an alias's types where it is used, at the use (an unused alias is not checked)
                TySubst.any(expanded, t -> {
                    if (t instanceof Ty.Adt inner) wellFormed(inner, env, span);
                    return false;
                });
                yield expanded;
            }
            case Decl.Ctor c -> {
                cx.error("E0573", "expected type, found variant `" + seg.name().name() + "`", span, "not a type");
                yield Ty.ERROR;
            }
            case Decl.Trait t -> {
                cx.error("E0782", "expected a type, found a trait", span, "");
                yield Ty.ERROR;
            }
            case Decl.Module m -> {
                cx.error("E0573", "expected type, found module `" + seg.name().name() + "`", span, "not a type");
                yield Ty.ERROR;
            }
            case Decl.Fn f -> notType(seg, span, "function");
            case Decl.Const c -> notType(seg, span, "constant");
            case Decl.Static s -> notType(seg, span, "static");
        };
    }

    /** Records a written user ADT for the check of its declared bounds (see {@link ProgramCx.WellFormedSite}). */
    private void wellFormed(Ty.Adt adt, TyEnv env, dev.heaplab.core.source.Span span) {
        if (env.inAlias || adt.args().isEmpty() || env.scope.isStd()) return;
        dev.heaplab.core.source.Span at = env.wellFormedSpan != null ? env.wellFormedSpan : span;
        if (env.wellFormed != null) env.wellFormed.accept(adt, at);
        else cx.wellFormedSites.add(new ProgramCx.WellFormedSite(adt, env.predicates, at));
    }

    private String kindWord(DefId adt) {
        var item = cx.itemDecls.get(adt);
        return item instanceof dev.heaplab.core.syntax.Item.EnumDecl ? "enum" : "struct";
    }

    private Ty notType(Path.PathSegment seg, dev.heaplab.core.source.Span span, String what) {
        cx.error("E0573", "expected type, found " + what + " `" + seg.name().name() + "`", span, "not a type");
        return Ty.ERROR;
    }

    /** `T::Name`: the trait among T's bounds (or, for `Self` in a trait, that trait) declaring Name. */
    public Ty projection(Ty self, String name, TyEnv env, dev.heaplab.core.source.Span span) {
        if (self instanceof Ty.Param p && p.index() == 0 && env.selfTrait != null
                && cx.traitAssoc.getOrDefault(env.selfTrait, List.of()).contains(name)) {
            return new Ty.Projection(env.selfTrait, traitArgsOfSelf(env), name, self);
        }
        if (ambiguous(self, name, env, span)) return Ty.ERROR;
        for (GenericsDef.Predicate pr : env.predicates) {
            if (pr.self().equals(self) && cx.traitAssoc.getOrDefault(pr.trait(), List.of()).contains(name)) {
                Ty bound = pr.assocBindings().get(name);
                if (bound != null) return bound;
                return new Ty.Projection(pr.trait(), pr.traitArgs(), name, self);
            }
        }
        for (GenericsDef.Predicate pr : env.predicates) {
            if (pr.self().equals(self) && declaresAssoc(pr.trait(), name)) {
                Ty bound = pr.assocBindings().get(name);
                if (bound != null) return bound;
                return new Ty.Projection(declaring(pr.trait(), name), List.of(), name, self);
            }
        }
        if (env.implTrait != null && self.equals(env.selfTy) && declaresAssoc(env.implTrait, name)) {
            DefId decl = declaring(env.implTrait, name);
            return new Ty.Projection(decl, decl.equals(env.implTrait) ? env.implTraitArgs : List.of(), name, self);
        }
        cx.error("E0220", "associated type `" + name + "` not found for `" + self.display(cx.defs) + "`", span,
                "associated type `" + name + "` not found");
        return Ty.ERROR;
    }

    /** A bound as rustc prints it: a bare trait name by its path where rustc does not trim it (`std::fmt::Display`). */
    private String boundText(dev.heaplab.core.source.Span span, DefId trait) {
        String text = sourceText(span);
        return text.matches("[A-Za-z_][A-Za-z0-9_]*") ? cx.defs.path(trait) : text;
    }

    private String sourceText(dev.heaplab.core.source.Span span) {
        var file = cx.sources == null ? null : cx.sources.fileOf(span);
        return file == null ? "" : file.slice(span);
    }

    /**
     * rustc's E0221: `T::Name` where bounds of T on different traits each declare (or inherit) an
     * associated type `Name`: which one is meant must be written (`<T as Trait>::Name`).
     */
    private boolean ambiguous(Ty self, String name, TyEnv env, dev.heaplab.core.source.Span span) {
        java.util.LinkedHashSet<DefId> from = new java.util.LinkedHashSet<>();
        for (GenericsDef.Predicate pr : env.predicates) {
            if (pr.self().equals(self) && declaresAssoc(pr.trait(), name)) from.add(declaring(pr.trait(), name));
        }
        if (from.size() < 2) return false;
        String selfText = self.display(cx.defs);
        Diagnostic.Builder d = Diagnostic.error("E0221", "ambiguous associated type `" + name + "` in bounds of `" + selfText + "`")
                .primary(span, "ambiguous associated type `" + name + "`");
        DefId user = null;
        for (DefId t : from) {
            dev.heaplab.core.syntax.Item.AssocTypeDecl decl = null;
            if (cx.itemDecls.get(t) instanceof dev.heaplab.core.syntax.Item.TraitDecl td
                    && td.span().lo() < (1 << 30)) {
                for (var it : td.items()) if (it instanceof dev.heaplab.core.syntax.Item.AssocTypeDecl a && a.name().name().equals(name)) decl = a;
            }
            if (decl != null) {
                d.secondary(new dev.heaplab.core.source.Span(decl.span().lo(), Generics.Bound.end(decl.name().span().hi(), decl.bounds())),
                        "ambiguous `" + name + "` from `" + cx.defs.name(t) + "`");
                if (user == null) user = t;
            } else {
                d.note("associated type `" + name + "` could derive from `" + cx.defs.name(t) + "`");
            }
        }
        DefId pick = user != null ? user : from.iterator().next();
        d.suggestion("use fully-qualified syntax to disambiguate", span, "<" + selfText + " as " + cx.defs.name(pick) + ">::" + name);
        cx.report(d.build());
        return true;
    }

    /** `<T as Trait>::Name`: the projection of the named trait's associated type (`<T>::Name` is `T::Name`). */
    private Ty qualified(Path path, TyEnv env, dev.heaplab.core.source.Span span) {
        Path.QSelf q = path.qself();
        if (path.segments().size() != 1 || !path.last().args().isEmpty()) {
            cx.unsupported(span, "qualified paths `<T as Trait>::Name` with more than one segment after them");
            return Ty.ERROR;
        }
        Ty self = lower(q.self(), env);
        String name = path.last().name().name();
        if (self instanceof Ty.Error) return Ty.ERROR;
        // Lifetimes inside the qualified self type would escape the signature checks that read written types.
        if (TySubst.any(self, t -> t instanceof Ty.Ref)) {
            cx.unsupported(q.span(), "a qualified path `<T as Trait>::Name` whose `T` holds a reference");
            return Ty.ERROR;
        }
        if (q.trait() == null) return projection(self, name, env, span);
        GenericsDef.Predicate p = lowerTraitRef(q.trait(), self, env, q.trait().span());
        if (p == null) return Ty.ERROR;
        cx.qualifiedSites.add(new ProgramCx.QualifiedSite(self, p.trait(), p.traitArgs(), env.predicates, span, q.self().span()));
        if (!declaresAssoc(p.trait(), name)) {
            cx.error("E0576", "cannot find associated type `" + name + "` in trait `" + q.trait().last().name().name() + "`",
                    path.last().name().span(), "not found in `" + q.trait().last().name().name() + "`");
            return Ty.ERROR;
        }
        for (GenericsDef.Predicate pr : env.predicates) {
            if (pr.self().equals(self) && pr.trait().equals(p.trait()) && pr.assocBindings().get(name) != null) {
                return pr.assocBindings().get(name);
            }
        }
        DefId decl = declaring(p.trait(), name);
        return new Ty.Projection(decl, decl.equals(p.trait()) ? p.traitArgs() : List.of(), name, self);
    }

    private List<Ty> traitArgsOfSelf(TyEnv env) {
        int n = cx.traitParamCount.getOrDefault(env.selfTrait, 0);
        List<Ty> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(new Ty.Param(i, env.params.get(i)));
        return out;
    }

    private DefId declaring(DefId trait, String name) {
        if (cx.traitAssoc.getOrDefault(trait, List.of()).contains(name)) return trait;
        var td = cx.defs.trait(trait);
        if (td != null) for (DefId s : td.supertraits()) if (declaresAssoc(s, name)) return declaring(s, name);
        return trait;
    }

    private boolean declaresAssoc(DefId trait, String name) {
        if (cx.traitAssoc.getOrDefault(trait, List.of()).contains(name)) return true;
        var td = cx.defs.trait(trait);
        if (td != null) for (DefId s : td.supertraits()) if (declaresAssoc(s, name)) return true;
        return false;
    }
}
