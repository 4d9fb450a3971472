package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;

import dev.heaplab.core.resolve.Decl;
import dev.heaplab.core.resolve.ModuleScope.Ns;
import dev.heaplab.core.resolve.NameResolver;
import dev.heaplab.core.resolve.OuterLocals;
import dev.heaplab.core.resolve.TypeLowerer;
import dev.heaplab.core.resolve.UnresolvedPath;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.Ident;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Paths in expressions, calls, method calls, field accesses and struct literals. */
final class CallChecker {
    private final FnCtxt fcx;

    CallChecker(FnCtxt fcx) { this.fcx = fcx; }

    private List<Ty> typeArgs(Path.PathSegment seg) {
        List<Ty> out = new ArrayList<>();
        for (Path.GenericArg a : seg.args()) {
            if (a instanceof Path.GenericArg.TypeArg ta) out.add(fcx.normalize(fcx.lowerer.lower(ta.type(), fcx.tyEnv())));
        }
        return out;
    }

    private List<Ty> adtArgs(DefId adt, Path.PathSegment seg) {
        List<Ty> given = seg == null ? List.of() : typeArgs(seg);
        int n = fcx.cx.adtParamCount.getOrDefault(adt, 0);
        if (given.size() == n) return given;
        List<Ty> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(fcx.icx.fresh());
        return out;
    }

    /** A value path: a local, a function, a constructor, a constant, or an associated function. */
    Ty path(Expr.PathExpr p) {
        Path path = p.path();
        if (path.qself() != null) return qualified(p, path);
        List<String> segs = NameResolver.segs(path);
        if (path.isSingle()) {
            FnCtxt.LocalVar v = fcx.lookupLocal(segs.get(0));
            if (v != null) {
                fcx.tables.pathRes.put(p.id(), new Res.Local(v.binding()));
                return v.ty();
            }
        }
        String first = segs.get(0);
        if (!path.global() && segs.size() >= 1) {
            Ty head = null;
            if (first.equals("Self") && fcx.env.selfTy != null) head = fcx.env.selfTy;
            else if (segs.size() == 2 && fcx.env.param(first) != null) head = fcx.env.param(first);
            else if (segs.size() == 2 && TypeLowerer.primitive(first) != null
                    && fcx.cx.resolver.lookup(fcx.scope(), first, Ns.TYPE) == null) {
                head = TypeLowerer.primitive(first);
            }
            if (head != null) {
                if (segs.size() == 1) return selfCtor(p, head);
                if (segs.size() == 2) return assocValue(p, head, path.segments().get(1));
            }
        }
        int ambiguous = fcx.cx.resolver.ambiguities.size();
        var l = fcx.cx.resolver.walk(fcx.scope(), segs, path.global(), Ns.VALUE);
        if (fcx.cx.resolver.ambiguities.size() > ambiguous) {
            fcx.cx.resolver.reportAmbiguity(fcx.cx, fcx.cx.resolver.ambiguities.getLast(), path.segments().get(0).name().span());
            return Ty.ERROR;
        }
        if (l.complete(segs.size())) return decl(p, l.decl(), path, segs.size() >= 2 ? path.segments().get(segs.size() - 2) : null);
        if (l.decl() != null && l.consumed() == segs.size() - 1) {
            Path.PathSegment typeSeg = path.segments().get(l.consumed() - 1);
            Ty base = switch (l.decl()) {
                case Decl.Adt a -> new Ty.Adt(a.def(), adtArgs(a.def(), typeSeg));
                case Decl.Alias al -> fcx.lowerer.lower(new dev.heaplab.core.syntax.TypeExpr.PathType(p.id(), typeSeg.name().span(),
                        new Path(typeSeg.name().span(), path.segments().subList(0, l.consumed()), path.global())), fcx.tyEnv());
                case Decl.Trait t -> traitFn(p, t.def(), path.last());
                default -> null;
            };
            if (l.decl() instanceof Decl.Trait) return base;
            if (base != null) return assocValue(p, base, path.last());
        }
        if (!namesBracedStruct(p, segs, path)) reportUnresolved(path, l, Ns.VALUE);
        return Ty.ERROR;
    }

    /** A struct with named fields is only a type, never a value or a function: rustc's E0423 (not "cannot find"). */
    private boolean namesBracedStruct(Expr.PathExpr p, List<String> segs, Path path) {
        var asType = fcx.cx.resolver.walk(fcx.scope(), segs, path.global(), Ns.TYPE);
        if (!(asType.complete(segs.size()) && asType.decl() instanceof Decl.Adt a) || fcx.cx.defs.adt(a.def()).isEnum()) return false;
        fcx.error("E0423", "expected " + (calleeContext ? "function, tuple struct or tuple variant" : "value") + ", found struct `"
                + path.text() + "`", p.span(), calleeContext ? "" : "not a value");
        return true;
    }

    private Ty selfCtor(Expr.PathExpr p, Ty self) {
        if (self instanceof Ty.Adt a && fcx.cx.defs.adt(a.def()) != null && !fcx.cx.defs.adt(a.def()).isEnum()) {
            return ctorValue(p, a.def(), 0, a.args());
        }
        fcx.error("E0423", "expected value, found `Self`", p.span(), "not a value");
        return Ty.ERROR;
    }

    void reportUnresolved(Path path, NameResolver.PathLookup l, Ns ns) {
        List<String> segs = NameResolver.segs(path);
        int at = Math.max(l.failedAt(), 0);
        String name = segs.get(at);
        Span span = path.segments().get(at).name().span();
        int stdMissing = fcx.cx.resolver.stdMissingAt(fcx.scope(), segs, path.global());
        if (stdMissing > 0) {
            // a name the real std module lacks (`iter::HashMap` after `use std::iter;`): rustc's error, not a refusal
            fcx.cx.diags.add(UnresolvedPath.of(fcx.cx, fcx.scope(), segs, stdMissing, path.segments().get(stdMissing).name().span(), lastKind(ns), path.span().lo()));
            return;
        }
        // a name whose import failed: rustc reports the import (E0432) and not its uses
        if (!path.global() && fcx.cx.resolver.failedImport(fcx.scope(), segs.get(0)) && !fcx.cx.resolver.isStdPath(fcx.scope(), segs, false)) return;
        if (fcx.cx.resolver.isStdPath(fcx.scope(), segs, path.global())) {
            // Real Rust, not modelled: refused, once (a failed `use` of it was reported already).
            if (!fcx.cx.resolver.importedName(fcx.scope(), segs.get(0)))
                fcx.cx.unsupported(path.span(), "`" + String.join("::", segs) + "` (this part of the standard library is not modelled)");
            return;
        }
        if (segs.size() == 1 && ns == Ns.VALUE && !calleeContext && OuterLocals.namedInEnclosingFn(fcx.cx.defs, fcx.owner, name)) {
            fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0434", "can't capture dynamic environment in a fn item")
                    .primary(span, "").help("use the `|| { ... }` closure form instead").build());
            return;
        }
        var konst = fcx.cx.defs.constant(fcx.owner);
        if (segs.size() == 1 && ns == Ns.VALUE && konst != null && OuterLocals.boundAround(fcx.cx.defs, konst.span(), name)) {
            String kw = konst.isStatic() ? "static" : "const";
            Span keyword = new Span(konst.span().lo(), konst.span().lo() + kw.length());
            fcx.cx.diags.add(OuterLocals.nonConstant(span, d -> d.suggestion("consider using `let` instead of `" + kw + "`", keyword, "let")));
            return;
        }
        if (segs.size() == 1 && ns == Ns.VALUE && !calleeContext && valueHelp(name, span, false)) return;
        if (segs.size() == 1 && ns == Ns.VALUE && similarValue(name, span)) return;
        fcx.cx.diags.add(UnresolvedPath.of(fcx.cx, fcx.scope(), segs, at, span, lastKind(ns), path.span().lo()));
    }

    /**
     * An unresolved one-word value (not a callee) that rustc explains before looking for typos: a field
     * of `Self`, or a `let` binding of the same function whose scope has ended. Whether it was reported.
     */
    /** A format string's `{name}` naming nothing: rustc's helps as for a value written in code. Whether one was reported. */
    boolean unresolvedCapture(String name, Span span) {
        return valueHelp(name, span, true) || similarValue(name, span);
    }

    private boolean valueHelp(String name, Span span, boolean inFormat) {
        if (selfField(name, span, inFormat)) return true;
        // rustc looks for the binding in other scopes only for a name written in code, not in a format string
        if (inFormat || !(fcx.endedLets.get(name) instanceof Span let)) return false;
        fcx.cx.diags.add(Diagnostic.error("E0425", "cannot find value `" + name + "` in this scope").primary(span, "")
                .spanHelp("the binding `" + name + "` is available in a different scope in the same function",
                        List.of(dev.heaplab.core.diag.Label.primary(let, ""))).build());
        return true;
    }

    /**
     * rustc's help for a field of `Self` written without `self.` in a method: "you might have meant to use
     * the available field" (`self.` inserted), in a format string a plain help, and without a `self`
     * parameter the label "a field by this name exists in `Self`". Whether it was reported.
     */
    private boolean selfField(String name, Span span, boolean inFormat) {
        DefId owner = fcx.owner;
        while (owner != null && fcx.cx.defs.closure(owner) != null) owner = fcx.cx.defs.closure(owner).parentFn();
        FnDef fn = owner == null ? null : fcx.cx.defs.fn(owner);
        if (fn == null || fn.parentImpl() == null || fcx.cx.defs.impl(fn.parentImpl()) == null) return false;
        if (!(fcx.cx.defs.impl(fn.parentImpl()).selfTy() instanceof Ty.Adt a) || !(fcx.cx.defs.adt(a.def()) instanceof AdtDef adt)
                || adt.kind() != AdtDef.Kind.STRUCT || CheckedStd.isStd(adt.span())) return false;
        if (adt.variants().isEmpty() || adt.variants().get(0).fieldIndex(name) < 0 || Character.isDigit(name.charAt(0))) return false;
        var d = Diagnostic.error("E0425", "cannot find value `" + name + "` in this scope").primary(span, "");
        if (fn.selfKind() == null) {
            // the field's declaration is labelled: its name, as rustc's span of it
            AdtDef.FieldDef field = adt.variants().get(0).fields().get(adt.variants().get(0).fieldIndex(name));
            Span decl = fieldNameSpan(adt, field);
            if (decl == null) return false;
            d.secondary(decl, "a field by that name exists in `Self`");
        } else if (inFormat) {
            d.help("you might have meant to use the available field in a format string: `\"{}\", self." + name + "`");
        } else {
            String pre = fcx.shorthandInits.contains(span) ? name + ": " : "";
            d.suggestion("you might have meant to use the available field", span.shrinkToLo(), pre + "self.");
        }
        fcx.cx.diags.add(d.build());
        return true;
    }

    /** The name of a field in the program's declaration of {@code adt}, or null. */
    private Span fieldNameSpan(AdtDef adt, AdtDef.FieldDef field) {
        if (!(fcx.cx.itemDecls.get(adt.id()) instanceof Item.StructDecl decl)) return null;
        for (Item.FieldDecl f : decl.fields()) if (f.name() != null && f.name().name().equals(field.name())) return f.name().span();
        return null;
    }

    /** Values of the prelude rustc also weighs as typo candidates (a typo of one of them gets a std note heaplab does not print). */
    private static final List<String> PRELUDE_VALUES = List.of("drop", "Some", "None", "Ok", "Err");

    /**
     * rustc's typo help for a one-word value: a similar local variable, or a similar function, constant or
     * static of the module ("similarly named constant `LIMIT` defined here"). Whether it was reported.
     */
    private boolean similarValue(String name, Span span) {
        List<String> names = new ArrayList<>();
        java.util.Map<String, Object> what = new java.util.HashMap<>();
        for (java.util.Map<String, FnCtxt.LocalVar> scope : fcx.locals) {
            for (String local : scope.keySet()) if (what.putIfAbsent(local, "local") == null) names.add(local);
        }
        for (dev.heaplab.core.resolve.ModuleScope m = fcx.scope(); m != null; m = m.isBlock() ? m.parent() : null) {
            for (var e : m.names(Ns.VALUE).entrySet()) {
                boolean fits = switch (e.getValue()) {
                    case Decl.Fn f -> true;
                    case Decl.Const c -> !calleeContext;
                    case Decl.Static st -> !calleeContext;
                    default -> false;
                };
                if (fits && what.putIfAbsent(e.getKey(), e.getValue()) == null) names.add(e.getKey());
            }
        }
        for (String v : PRELUDE_VALUES) if (what.putIfAbsent(v, "prelude") == null) names.add(v);
        String best = dev.heaplab.core.resolve.SimilarName.best(names, name);
        if (best == null || what.get(best) instanceof String kind && kind.equals("prelude")) return false;
        String kind;
        Span def = null;
        switch (what.get(best)) {
            case Decl.Fn f -> { kind = "function"; def = fcx.cx.itemDecls.get(f.def()) instanceof Item.FnDecl fd && !CheckedStd.isStd(fd.span())
                    ? dev.heaplab.core.resolve.DefinitionSpans.fnSignature(fd, fcx.cx.sources) : null; }
            case Decl.Const c -> { kind = "constant"; def = userItemSpan(fcx.cx.itemDecls.get(c.def())); }
            case Decl.Static st -> { kind = "static"; def = userItemSpan(fcx.cx.itemDecls.get(st.def())); }
            default -> kind = "local variable";
        }
        if (!kind.equals("local variable") && def == null) return false;
        var d = Diagnostic.error("E0425", "cannot find " + lastKind(Ns.VALUE) + " `" + name + "` in this scope").primary(span, "");
        if (def != null) d.secondary(def, "similarly named " + kind + " `" + best + "` defined here");
        d.suggestion("a " + kind + " with a similar name exists", span, best);
        fcx.cx.diags.add(d.build());
        return true;
    }

    /** A user item's whole span (a `const`, a `static`), or null for std's. */
    private static Span userItemSpan(Item item) {
        return item == null || CheckedStd.isStd(item.span()) ? null : item.span();
    }

    private String lastKind(Ns ns) {
        return ns == Ns.VALUE ? (calleeContext ? "function" : "value") : "type";
    }

    private Ty decl(Expr.PathExpr p, Decl d, Path path, Path.PathSegment parentSeg) {
        return switch (d) {
            case Decl.Fn f -> {
                FnDef def = fcx.cx.defs.fn(f.def());
                List<Ty> args = fcx.instantiate(def, List.of(), typeArgs(path.last()), p.span());
                fcx.tables.pathRes.put(p.id(), new Res.Fn(f.def(), args));
                yield new Ty.FnDef(f.def(), args);
            }
            case Decl.Ctor c -> {
                if (path.isSingle()) privateCtor(p, c);
                List<Ty> args = path.last().args().isEmpty() && parentSeg != null ? adtArgs(c.adt(), parentSeg) : adtArgs(c.adt(), path.last());
                yield ctorValue(p, c.adt(), c.variant(), args);
            }
            case Decl.Const c -> {
                fcx.tables.pathRes.put(p.id(), new Res.Const(c.def()));
                var cd = fcx.cx.defs.constant(c.def());
                yield cd == null ? Ty.ERROR : cd.ty();
            }
            case Decl.Static s -> {
                fcx.tables.pathRes.put(p.id(), new Res.Static(s.def()));
                var cd = fcx.cx.defs.constant(s.def());
                yield cd == null ? Ty.ERROR : cd.ty();
            }
            case Decl.Module m when path.text().equals("self") -> {
                // `self` outside a method with a `self` parameter: rustc's E0424
                fcx.error("E0424", "expected value, found module `self`", p.span(),
                        "`self` value is a keyword only available in methods with a `self` parameter");
                yield Ty.ERROR;
            }
            default -> {
                fcx.error("E0423", "expected value, found " + declWord(d) + " `" + path.text() + "`", p.span(), "not a value");
                yield Ty.ERROR;
            }
        };
    }

    static String declWord(Decl d) {
        return switch (d) {
            case Decl.Adt a -> "struct";
            case Decl.Trait t -> "trait";
            case Decl.Module m -> "module";
            case Decl.Alias a -> "type alias";
            default -> "item";
        };
    }

    private Ty ctorValue(Expr.PathExpr p, DefId adt, int variant, List<Ty> args) {
        fcx.tables.pathRes.put(p.id(), new Res.Ctor(adt, variant, args));
        AdtDef def = fcx.cx.defs.adt(adt);
        Ty self = new Ty.Adt(adt, args);
        AdtDef.VariantDef v = def.variants().get(variant);
        adtBounds(adt, args, v, List.of(), p.span());
        return switch (v.ctor()) {
            case UNIT -> self;
            case TUPLE -> {
                List<Ty> params = new ArrayList<>();
                for (AdtDef.FieldDef f : v.fields()) params.add(fcx.normalize(TySubst.subst(f.ty(), args)));
                yield new Ty.FnPtr(params, self);
            }
            case NAMED -> {
                fcx.error("E0533", "expected value, found struct variant `" + p.path().text() + "`", p.span(), "not a value");
                yield Ty.ERROR;
            }
        };
    }

    /**
     * `<T as Trait>::name` (a trait's method or constant for the self type `T`, which must implement it:
     * E0277 otherwise) or `<T>::name` (as `T::name`).
     */
    private Ty qualified(Expr.PathExpr p, Path path) {
        Path.QSelf q = path.qself();
        if (path.segments().size() != 1) {
            fcx.cx.unsupported(path.span(), "qualified paths `<T as Trait>::Name` with more than one segment after them");
            return Ty.ERROR;
        }
        Ty self = fcx.lowerer.lower(q.self(), fcx.tyEnv());
        if (self instanceof Ty.Error) return Ty.ERROR;
        if (q.trait() == null) return assocValue(p, self, path.last());
        var pred = fcx.lowerer.lowerTraitRef(q.trait(), self, fcx.tyEnv(), q.trait().span());
        if (pred == null) return Ty.ERROR;
        var td = fcx.cx.defs.trait(pred.trait());
        Path.PathSegment seg = path.last();
        DefId m = td.methods().get(seg.name().name());
        if (m == null) {
            fcx.error("E0576", "cannot find method or associated constant `" + seg.name().name() + "` in trait `"
                    + q.trait().last().name().name() + "`", seg.name().span(), "not found in `" + q.trait().last().name().name() + "`");
            return Ty.ERROR;
        }
        List<Ty> parent = new ArrayList<>();
        parent.add(self);
        parent.addAll(pred.traitArgs());
        FnDef f = fcx.cx.defs.fn(m);
        List<Ty> args = fcx.instantiate(f, parent, typeArgs(seg), p.span());
        // rustc reports `T: Trait` at the `T` of `<T as Trait>`.
        for (int i = 0; i < fcx.pending.size(); i++) {
            Obligation o = fcx.pending.get(i);
            if (p.span().equals(o.span()) && pred.trait().equals(o.trait()) && fcx.icx.shallow(o.self()).equals(fcx.icx.shallow(self))) {
                fcx.pending.set(i, o.at(q.self().span()));
            }
        }
        fcx.tables.pathRes.put(p.id(), new Res.Fn(m, args));
        if (fcx.cx.assocConstFns.contains(m)) return fcx.instantiateSig(f.sig(), args).output();
        return new Ty.FnDef(m, args);
    }

    private Ty traitFn(Expr.PathExpr p, DefId trait, Path.PathSegment name) {
        var td = fcx.cx.defs.trait(trait);
        DefId m = td.methods().get(name.name().name());
        if (m == null) {
            // rustc (edition 2024) then reads `Trait` as a type, a bare trait object: E0782 at the trait's name.
            var segs = p.path().segments();
            fcx.error("E0782", "expected a type, found a trait", segs.get(segs.size() - 2).name().span(), "");
            return Ty.ERROR;
        }
        List<Ty> parent = new ArrayList<>();
        for (int i = 0; i < td.generics().params().size(); i++) parent.add(fcx.icx.fresh());
        FnDef f = fcx.cx.defs.fn(m);
        if (isDropMethod(f)) explicitDestructorPath(p);
        List<Ty> args = fcx.instantiate(f, parent, typeArgs(name), p.span());
        fcx.require(parent.get(0), trait, parent.subList(1, parent.size()), java.util.Map.of(), p.span());
        fcx.tables.pathRes.put(p.id(), new Res.Fn(m, args));
        return new Ty.FnDef(m, args);
    }

    private Ty assocValue(Expr.PathExpr p, Ty base, Path.PathSegment seg) {
        String name = seg.name().name();
        Ty b = fcx.icx.shallow(base);
        if (b instanceof Ty.Adt a && fcx.cx.defs.adt(a.def()).isEnum()) {
            int v = fcx.cx.defs.adt(a.def()).variantIndex(name);
            if (v >= 0) return ctorValue(p, a.def(), v, a.args());
        }
        DefId konst = assocConst(b, name);
        if (konst != null) {
            privateMember(konst, seg.name().span());
            fcx.tables.pathRes.put(p.id(), new Res.Const(konst));
            return fcx.cx.defs.constant(konst).ty();
        }
        MethodProbe.Pick pick = fcx.probe.assocFn(b, name);
        if (pick == null) {
            fcx.probe.reportMissing(b, name, seg.name().span(), true);
            return Ty.ERROR;
        }
        if (fcx.probe.ambiguous()) {
            multipleApplicable(p, b, seg);
            return Ty.ERROR;
        }
        privateMember(pick.method(), seg.name().span());
        FnDef f = fcx.cx.defs.fn(pick.method());
        if (isDropMethod(f)) explicitDestructorPath(p);
        List<Ty> args = fcx.instantiate(f, pick.parentArgs(), typeArgs(seg), p.span());
        if (pick.viaTrait()) {
            fcx.require(pick.parentArgs().get(0), f.parentTrait(), pick.parentArgs().subList(1, pick.parentArgs().size()),
                    java.util.Map.of(), p.span());
        }
        fcx.tables.pathRes.put(p.id(), new Res.Fn(pick.method(), args));
        // A trait's associated constant is read by calling its function: the path has the constant's type.
        if (fcx.cx.assocConstFns.contains(pick.method())) return fcx.instantiateSig(f.sig(), args).output();
        return new Ty.FnDef(pick.method(), args);
    }

    /**
     * rustc's E0034 for `Type::name` defined by several traits the type implements: one note per
     * candidate impl (ordered by trait name, as rustc), and the `<Type as Trait>::name` rewrites.
     * A candidate heaplab cannot place (a generic impl) makes it refuse instead.
     */
    private void multipleApplicable(Expr.PathExpr p, Ty self, Path.PathSegment seg) {
        String name = seg.name().name();
        List<dev.heaplab.core.types.TraitDef> traits = new ArrayList<>(fcx.probe.applicable);
        traits.sort(java.util.Comparator.comparing(dev.heaplab.core.types.TraitDef::name));
        Ty s = fcx.icx.resolve(self);
        String selfText = s.display(fcx.cx.defs);
        var d = Diagnostic.error("E0034", "multiple applicable items in scope").primary(seg.name().span(), "multiple `" + name + "` found");
        String typeText = p.path().segments().size() == 2 && fcx.cx.sources != null && fcx.cx.sources.fileOf(p.span()) != null
                ? fcx.cx.sources.fileOf(p.span()).slice(new Span(p.span().lo(), seg.name().span().lo())).replaceAll("::$", "") : null;
        for (int i = 0; i < traits.size(); i++) {
            Span head = implItemHead(traits.get(i).id(), s, name);
            if (head == null || typeText == null) {
                fcx.cx.unsupported(seg.name().span(), "an associated item that several traits of the type define");
                return;
            }
            d.spanNote("candidate #" + (i + 1) + " is defined in an impl of the trait `" + traits.get(i).name() + "` for the type `"
                    + selfText + "`", List.of(dev.heaplab.core.diag.Label.primary(head, "")));
        }
        for (var t : traits) {
            // A method (with `self`) is named through its trait alone; other items through `<Type as Trait>`.
            FnDef m = fcx.cx.defs.fn(t.methods().get(name));
            boolean method = m != null && m.selfKind() != null;
            d.suggestion("use fully-qualified syntax to disambiguate", new Span(p.span().lo(), seg.name().span().hi()),
                    (method ? t.name() : "<" + typeText + " as " + t.name() + ">") + "::" + name);
        }
        fcx.cx.diags.add(d.build());
    }

    /**
     * rustc's E0423 for an imported tuple struct whose private fields hide its constructor (a longer
     * path reports E0603 when resolved).
     */
    private void privateCtor(Expr.PathExpr p, Decl.Ctor c) {
        var scope = fcx.cx.declScopes.get(c.adt());
        if (scope == null || !(fcx.cx.itemDecls.get(c.adt()) instanceof Item.StructDecl s) || s.kind() != Item.StructKind.TUPLE) return;
        List<dev.heaplab.core.diag.Label> fields = new ArrayList<>();
        List<dev.heaplab.core.diag.Suggestion.Part> parts = new ArrayList<>();
        for (Item.FieldDecl f : s.fields()) {
            if (fcx.cx.resolver.visible(fcx.scope(), f.vis(), scope)) continue;
            fields.add(dev.heaplab.core.diag.Label.primary(f.span(), "private field"));
            parts.add(new dev.heaplab.core.diag.Suggestion.Part(f.span().shrinkToLo(), "pub "));
        }
        if (fields.isEmpty()) return;
        fcx.cx.diags.add(Diagnostic.error("E0423", "cannot initialize a tuple struct which contains private fields").primary(p.span(), "")
                .spanNote("constructor is not visible here due to private fields", fields)
                .multipartSuggestion("consider making the field" + (s.fields().size() > 1 ? "s" : "") + " publicly accessible", parts).build());
    }

    /** rustc's E0624 for an inherent method, associated function or constant the current scope may not see. */
    private void privateMember(DefId member, Span at) {
        Item decl = fcx.cx.hiddenMember(member, fcx.scope());
        if (decl == null) return;
        String kind = decl instanceof Item.FnDecl f ? (f.selfParam() != null ? "method" : "associated function") : "associated constant";
        Span def = switch (decl) {
            case Item.FnDecl f -> dev.heaplab.core.resolve.DefinitionSpans.fnSignature(f, fcx.cx.sources);
            case Item.ConstDecl c -> new Span(c.span().lo(), c.type().span().hi());
            default -> decl.span();
        };
        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0624", kind + " `" + decl.name().name() + "` is private")
                .secondary(def, "private " + kind + " defined here").primary(at, "private " + kind).build());
    }

    /** rustc's definition span of the item {@code name} in the impl of {@code trait} for exactly {@code self}. */
    private Span implItemHead(DefId trait, Ty self, String name) {
        for (var impl : fcx.cx.defs.implsOf(trait)) {
            if (!impl.selfTy().equals(self) || !impl.methods().containsKey(name)) continue;
            FnDef f = fcx.cx.defs.fn(impl.methods().get(name));
            if (f == null || f.decl() == null || fcx.cx.sources == null) return null;
            return fcx.cx.sources.fileOf(f.decl().span()) == null ? null : dev.heaplab.core.resolve.DefinitionSpans.fnSignature(f.decl(), fcx.cx.sources);
        }
        return null;
    }

    /** The associated constant {@code name} of an inherent impl of exactly {@code self}, or null. */
    DefId assocConst(Ty self, String name) {
        Ty t = fcx.icx.resolve(self);
        for (var e : fcx.cx.implConsts.entrySet()) {
            DefId k = e.getValue().get(name);
            if (k == null) continue;
            var impl = fcx.cx.defs.impl(e.getKey());
            if (impl != null && impl.selfTy().equals(t)) return k;
        }
        return null;
    }

    private boolean calleeContext;

    /** A call: of a function item, a tuple constructor, a fn pointer, a closure or an `F: Fn*` value. */
    Ty call(Expr.Call c, Ty expected) {
        calleeContext = c.callee() instanceof Expr.PathExpr;
        Ty calleeTy;
        try {
            calleeTy = fcx.exprs.check(c.callee(), null);
        } finally {
            calleeContext = false;
        }
        FnSig sig = callableSig(c, calleeTy);
        if (sig == null) {
            Ty t = fcx.icx.resolve(calleeTy);
            if (!(t instanceof Ty.Error)) {
                fcx.error("E0618", "expected function, found `" + t.display(fcx.cx.defs) + "`", c.callee().span(), "");
            }
            for (Expr a : c.args()) fcx.exprs.check(a, null);
            return Ty.ERROR;
        }
        List<Ty> expectedInputs = expectedInputs(sig, expected);
        hint(sig.output(), expected);
        pointBoundsAtArguments(c.callee().span(), sig.inputs(), c.args(), c.span());
        TypeckResults.Callee callee = fcx.tables.callees.get(c.id());
        // rustc's E0057 (not E0061) for a closure or `Fn*` value called with the wrong number of arguments
        Ty calleeShown = fcx.icx.resolve(calleeTy);
        while (calleeShown instanceof Ty.Ref r) calleeShown = r.inner();
        boolean fnValue = calleeShown instanceof Ty.Closure || calleeShown instanceof Ty.Param || calleeShown instanceof Ty.Dynamic;
        if (fnValue && sig.inputs().size() != c.args().size()) {
            int n = sig.inputs().size();
            fcx.error("E0057", "this function takes " + n + " argument" + (n == 1 ? "" : "s") + " but " + c.args().size()
                    + " argument" + (c.args().size() == 1 ? " was" : "s were") + " supplied", c.callee().span(), "");
            for (Expr a : c.args()) fcx.exprs.check(a, null);
            return sig.output();
        }
        checkArgs(sig.inputs(), c.args(), c.callee().span(), "function", c.span(), expectedInputs,
                callee != null && fcx.cx.defs.fn(callee.fn()) != null ? callee.fn() : null);
        return sig.output();
    }

    private void hint(Ty output, Ty expected) {
        if (expected == null || mentionsDyn(fcx.icx.resolve(expected))) return;
        int snap = fcx.icx.snapshot();
        if (!fcx.icx.unify(output, expected)) fcx.icx.rollback(snap);
    }

    /** Bounds on a parameter's type point at the argument passed for it, as rustc's do. */
    private void pointBoundsAtArguments(Span callee, List<Ty> params, List<Expr> args, Span call) {
        FnCtxt.BoundSite site = fcx.boundSites.get(callee);
        for (int i = 0; i < fcx.pending.size(); i++) {
            Obligation o = fcx.pending.get(i);
            if (o.span() == null || !o.span().equals(callee)) continue;
            Ty self = fcx.icx.shallow(o.self());
            for (int k = 0; k < params.size() && k < args.size(); k++) {
                if (fcx.icx.shallow(params.get(k)).equals(self) || self instanceof Ty.Infer && contains(fcx.icx.resolve(params.get(k)), self)) {
                    fcx.pending.set(i, o.at(args.get(k).span()));
                    if (site != null) fcx.boundSites.put(args.get(k).span(), new FnCtxt.BoundSite(site.fn(), call));
                    break;
                }
            }
        }
    }

    /** Does {@code t} mention the inference variable {@code v} (`&[T]` holds `T`)? */
    private static boolean contains(Ty t, Ty v) { return TySubst.any(t, x -> x.equals(v)); }

        private static boolean mentionsDyn(Ty t) {
        boolean[] f = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Dynamic) f[0] = true;
            return x;
        });
        return f[0];
    }

    /**
     * When the expected result mentions `dyn` (so it is not unified with the output up front), the
     * argument types it implies: `Err(Box::new(e))` expected as `Result<_, Box<dyn Error>>` coerces
     * the argument to `Box<dyn Error>`, as rustc's expectations for arguments do. Null otherwise.
     */
    private List<Ty> expectedInputs(FnSig sig, Ty expected) {
        if (expected == null || !mentionsDyn(fcx.icx.resolve(expected))) return null;
        int snap = fcx.icx.snapshot();
        List<Ty> out = null;
        if (fcx.icx.unify(sig.output(), expected)) {
            out = new ArrayList<>();
            for (Ty t : sig.inputs()) out.add(fcx.icx.resolve(t));
        }
        fcx.icx.rollback(snap);
        return out;
    }

    /** An unsized expected type is only a hint in rustc (`Box::new(x)` expected as `Box<dyn Tr>`). */
    private static boolean unsized(Ty t) { return t instanceof Ty.Dynamic || t instanceof Ty.Str || t instanceof Ty.Slice; }

    void checkArgs(List<Ty> params, List<Expr> args, Span calleeSpan, String what, Span callSpan) {
        checkArgs(params, args, calleeSpan, what, callSpan, null, null);
    }

    /**
     * E0061 in rustc's words when only the last argument of a function written in the program is left
     * out (`area(5)` for `fn area(width: u32, height: u32)`): the missing argument named with its type,
     * the definition shown with that parameter, and a placeholder suggested. False when not that case.
     */
    private boolean lastArgumentMissing(String message, List<Ty> params, List<Expr> args, Span calleeSpan, String what, Span callSpan, DefId fn) {
        if (!what.equals("function") || fn == null || params.size() != args.size() + 1 || callSpan.hi() <= calleeSpan.hi()
                || !(fcx.cx.itemDecls.get(fn) instanceof Item.FnDecl decl) || decl.selfParam() != null
                || decl.params().size() != params.size() || dev.heaplab.core.typeck.CheckedStd.isStd(decl.span())) return false;
        FnDef def = fcx.cx.defs.fn(fn);
        int k = args.size();
        String ty = fcx.show(params.get(k));
        var d = Diagnostic.error("E0061", message).primary(calleeSpan, "")
                .secondary(new Span(calleeSpan.hi(), callSpan.hi()), "argument #" + (k + 1) + " of type `" + ty + "` is missing")
                .spanNote((def != null && def.parentImpl() != null ? "associated function" : "function") + " defined here",
                        List.of(dev.heaplab.core.diag.Label.primary(decl.name().span(), ""),
                                dev.heaplab.core.diag.Label.secondary(decl.params().get(k).span(), "")))
                .suggestion("provide the argument", new Span(callSpan.hi() - 1, callSpan.hi() - 1), (k == 0 ? "" : ", ") + "/* " + ty + " */");
        fcx.cx.diags.add(d.build());
        return true;
    }

    /** {@code fn} is the function or method called, when it is one, for E0308's "arguments to this function are incorrect". */
    private void checkArgs(List<Ty> params, List<Expr> args, Span calleeSpan, String what, Span callSpan, List<Ty> expectedInputs, DefId fn) {
        if (params.size() != args.size()) {
            int n = params.size();
            String message = "this " + what + " takes " + n + " argument" + (n == 1 ? "" : "s") + " but " + args.size()
                    + " argument" + (args.size() == 1 ? " was" : "s were") + " supplied";
            if (!lastArgumentMissing(message, params, args, calleeSpan, what, callSpan, fn)) fcx.error("E0061", message, calleeSpan, "");
        }
        for (int i = 0; i < args.size(); i++) {
            // rustc selects what it can before checking a closure argument (`.map(|p: i32| p).map(|x: u8| x)`
            // is then E0631). Not done: on long adapter chains the closure's parameter was then typed by a
            // cast in its body before the chain's item was normalised (two accepted programs rejected).
            Ty target = expectedInputs != null && i < expectedInputs.size() && mentionsDyn(expectedInputs.get(i))
                    && !unsized(expectedInputs.get(i)) ? expectedInputs.get(i) : null;
            Ty unsizedHint = expectedInputs != null && i < expectedInputs.size() && target == null
                    && unsized(expectedInputs.get(i)) ? expectedInputs.get(i) : null;
            if (unsizedHint != null && i < params.size()) {
                // `Box::new(|x| x * x)` expected as `Box<dyn Fn(i32) -> i32>`: the pointee is only a hint.
                Ty t = fcx.exprs.check(args.get(i), unsizedHint);
                if (!fcx.coercion.coerce(args.get(i).id(), t, params.get(i), args.get(i).span())) fcx.mismatch(args.get(i).span(), params.get(i), t);
                fcx.selectPending(false);
            } else if (target != null && i < params.size()) {
                fcx.exprs.coerceTo(args.get(i), target);
                if (!fcx.icx.unify(params.get(i), target)) fcx.mismatch(args.get(i).span(), params.get(i), target);
                fcx.selectPending(false);
            } else if (i < params.size()) {
                fcx.exprs.coerceTo(args.get(i), params.get(i),
                        fn == null ? null : new TypeMismatch.Because.Argument(calleeSpan, what.equals("method"), fn, i));
                fcx.selectPending(false);
            } else fcx.exprs.check(args.get(i), null);
        }
    }

    /** E0015: a `const fn` calling one of the user's free functions not declared `const`. */
    private void nonConstCallInConstFn(Expr.Call c, FnDef callee) {
        FnDef owner = fcx.cx.defs.fn(fcx.owner);
        if (owner == null || owner.decl() == null || !owner.decl().isConst() || callee == null || callee.decl() == null
                || callee.decl().isConst() || callee.parentImpl() != null || callee.parentTrait() != null
                || callee.span() == null || callee.span().lo() >= (1 << 30)) return;
        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0015", "cannot call non-const function `" + callee.name() + "` in constant functions")
                .primary(c.span(), "")
                .note("calls in constant functions are limited to constant functions, tuple structs and tuple variants").build());
    }

    private FnSig callableSig(Expr.Call c, Ty calleeTy) {
        Ty t = fcx.icx.shallow(calleeTy);
        if (t instanceof Ty.FnDef fd) {
            FnDef def = fcx.cx.defs.fn(fd.def());
            fcx.tables.callees.put(c.id(), new TypeckResults.Callee(fd.def(), fd.args()));
            nonConstCallInConstFn(c, def);
            return fcx.calleeSig(def, fd.args());
        }
        if (t instanceof Ty.FnPtr fp) return new FnSig(fp.params(), fp.ret());
        for (Coercion.Step step : fcx.coercion.autoderef(t)) {
            Ty s = fcx.icx.shallow(step.ty());
            FnSig sig = null;
            String kind = "Fn";
            if (s instanceof Ty.Closure cl) {
                sig = fcx.closureSig(cl);
            } else if (s instanceof Ty.FnPtr fp) {
                sig = new FnSig(fp.params(), fp.ret());
            } else if (s instanceof Ty.Dynamic d && fcx.lowerer.isFnTrait(d.trait())) {
                Ty args = d.traitArgs().get(0);
                sig = new FnSig(args instanceof Ty.Tuple tu ? tu.elems() : List.of(), d.traitArgs().size() > 1 ? d.traitArgs().get(1) : Ty.UNIT);
                kind = fcx.cx.defs.trait(d.trait()).lang();
            } else if (s instanceof Ty.Param || s instanceof Ty.Opaque) {
                for (GenericsDef.Predicate p : s instanceof Ty.Opaque o ? fcx.solver.opaqueBounds(o) : fcx.env.predicates) {
                    if (p.self().equals(s) && fcx.lowerer.isFnTrait(p.trait())) {
                        Ty args = p.traitArgs().get(0);
                        sig = new FnSig(args instanceof Ty.Tuple tu ? tu.elems() : List.of(),
                                fcx.normalize(p.assocBindings().getOrDefault("Output", Ty.UNIT)));
                        kind = fcx.cx.defs.trait(p.trait()).lang();
                        break;
                    }
                }
            }
            if (sig != null) {
                DefId trait = fcx.cx.langTrait(kind);
                if (trait != null) {
                    String method = switch (kind) {
                        case "FnOnce" -> "call_once";
                        case "FnMut" -> "call_mut";
                        default -> "call";
                    };
                    DefId m = fcx.cx.defs.trait(trait).methods().get(method);
                    if (m != null) fcx.tables.callees.put(c.id(), new TypeckResults.Callee(m, List.of(s, new Ty.Tuple(sig.inputs()))));
                }
                return sig;
            }
        }
        return null;
    }

    /**
     * E0282 for a method called on a value of unknown type. rustc points at the `let` binding the
     * receiver names (`let doubled = ...collect();`), the use labelled, and suggests a type for it:
     * `Vec<_>` for what `collect` builds, else a placeholder.
     */
    private void unknownReceiver(Expr recv, Ty.Infer v) {
        if (fcx.tainted()) return;
        if (!(recv instanceof Expr.PathExpr p && fcx.tables.pathRes.get(p.id()) instanceof Res.Local l
                && fcx.bindingPatterns.get(l.binding()) instanceof dev.heaplab.core.syntax.Pattern.Binding b)) {
            fcx.error("E0282", "type annotations needed", recv.span(), "type must be known at this point");
            return;
        }
        boolean collected = false;
        for (TypeckResults.Callee c : fcx.tables.callees.values()) {
            FnDef fn = fcx.cx.defs.fn(c.fn());
            if (fn != null && fn.name().equals("collect") && fn.parentTrait() != null
                    && c.args().stream().anyMatch(a -> fcx.icx.shallow(a) instanceof Ty.Infer w && fcx.icx.shallow(v) instanceof Ty.Infer x && w.var() == x.var())) {
                collected = true;
            }
        }
        String name = b.name().name();
        fcx.cx.diags.add(Diagnostic.error("E0282", "type annotations needed").primary(b.name().span(), "")
                .secondary(recv.span(), "type must be known at this point")
                .suggestion("consider giving `" + name + "` an explicit type", new Span(b.name().span().hi(), b.name().span().hi()),
                        collected ? ": Vec<_>" : ": /* Type */").build());
    }

    /** Whether some integer (or float) type has a method {@code name}: what makes rustc's E0689 an ambiguity. */
    private boolean anyNumericHas(Ty.Infer i, String name) {
        if (i.kind() == Ty.InferKind.FLOAT) {
            for (dev.heaplab.core.types.FloatTy k : dev.heaplab.core.types.FloatTy.values())
                if (fcx.probe.probe(new Ty.Float(k), name) != null || fcx.probe.foundOutOfScope()) return true;
            return false;
        }
        // a trait providing it that is not in scope counts too (rustc's candidates include it)
        for (dev.heaplab.core.types.IntTy k : dev.heaplab.core.types.IntTy.values())
            if (fcx.probe.probe(new Ty.Int(k), name) != null || fcx.probe.foundOutOfScope()) return true;
        return false;
    }

    Ty methodCall(Expr.MethodCall m, Ty expected) {
        Ty recv = fcx.exprs.check(m.receiver(), null);
        String name = m.method().name().name();
        Ty r = fcx.icx.shallow(recv);
        if (fcx.behindRefs(r) instanceof Ty.Infer) {
            // `&?T` too: a probe would otherwise bind ?T to the first type with such a method.
            fcx.selectPending(false);
            r = fcx.icx.shallow(recv);
        }
        if (r instanceof Ty.Ref && fcx.behindRefs(r) instanceof Ty.Infer gi && gi.kind() == Ty.InferKind.GENERAL) {
            fcx.error("E0282", "type annotations needed", m.receiver().span(), "type must be known at this point");
            for (Expr a : m.args()) fcx.exprs.check(a, null);
            return Ty.ERROR;
        }
        MethodProbe.Pick numeric = r instanceof Ty.Infer ni && ni.kind() != Ty.InferKind.GENERAL ? fcx.probe.probeNumeric(ni, name) : null;
        if (r instanceof Ty.Infer i && numeric == null) {
            if (i.kind() != Ty.InferKind.GENERAL && !anyNumericHas(i, name)) {
                // no numeric type has the method: rustc's E0599, not the ambiguity
                String kw = i.kind() == Ty.InferKind.INTEGER ? "{integer}" : "{float}";
                fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0599", "no method named `" + name + "` found for type `" + kw + "` in the current scope")
                        .primary(m.method().name().span(), "method not found in `" + kw + "`").build());
            } else if (i.kind() != Ty.InferKind.GENERAL) {
                String kw = i.kind() == Ty.InferKind.INTEGER ? "{integer}" : "{float}";
                String like = i.kind() == Ty.InferKind.INTEGER ? "i32" : "f32";
                var d = dev.heaplab.core.diag.Diagnostic.error("E0689", "can't call method `" + name + "` on ambiguous numeric type `" + kw + "`")
                        .primary(m.method().name().span(), "");
                if (m.receiver() instanceof Expr.Lit lit) d.suggestion("you must specify a concrete type for this numeric value, like `" + like + "`",
                        new dev.heaplab.core.source.Span(lit.span().hi(), lit.span().hi()), "_" + like);
                fcx.cx.diags.add(d.build());
            } else {
                unknownReceiver(m.receiver(), i);
            }
            for (Expr a : m.args()) fcx.exprs.check(a, null);
            return Ty.ERROR;
        }
        if (r instanceof Ty.Error) {
            for (Expr a : m.args()) fcx.exprs.check(a, null);
            return Ty.ERROR;
        }
        MethodProbe.Pick pick = numeric != null ? numeric : fcx.probe.probe(r, name);
        if (pick == null) {
            fcx.probe.reportMissing(r, name, m.method().name().span(), false, m.args().size());
            for (Expr a : m.args()) fcx.exprs.check(a, null);
            return Ty.ERROR;
        }
        privateMember(pick.method(), m.method().name().span());
        FnDef f = fcx.cx.defs.fn(pick.method());
        if (isDropMethod(f)) explicitDestructorCall(m);
        List<Ty> args = fcx.instantiate(f, pick.parentArgs(), typeArgs(m.method()), m.method().name().span());
        if (pick.viaTrait()) {
            fcx.require(pick.parentArgs().get(0), f.parentTrait(), pick.parentArgs().subList(1, pick.parentArgs().size()),
                    java.util.Map.of(), m.span());
        }
        if (!pick.adjustments().isEmpty()) fcx.tables.adjustments.put(m.receiver().id(), pick.adjustments());
        fcx.tables.callees.put(m.id(), new TypeckResults.Callee(pick.method(), args));
        FnSig sig = fcx.calleeSig(f, args);
        // std's `const N: usize` in an array method's result is the receiver's length (`array::map`).
        if (fcx.icx.resolve(r) instanceof Ty.Array recvArr && recvArr.len() >= 0 && sig.output() instanceof Ty.Array out
                && out.len() == Ty.Array.ANY_LEN)
            sig = new FnSig(sig.inputs(), new Ty.Array(out.elem(), recvArr.len()));
        Ty self = fcx.icx.shallow(sig.inputs().get(0));
        // a by-value `self` of a trait object or slice: rustc's E0161 (its MIR type check); only for the
        // user's methods, std's `Box<dyn Iterator>` being itself an iterator (the probe derefs it)
        if ((self instanceof Ty.Dynamic || self instanceof Ty.Str || self instanceof Ty.Slice)
                && f.span() != null && f.span().lo() < (1 << 30)) {
            fcx.error("E0161", "cannot move a value of type `" + fcx.show(self) + "`", m.receiver().span(),
                    "the size of `" + fcx.show(self) + "` cannot be statically determined");
        }
        hint(sig.output(), expected);
        checkArgs(sig.inputs().subList(1, sig.inputs().size()), m.args(), m.method().name().span(), "method", m.span(), null, pick.method());
        return sig.output();
    }

    /** `Drop::drop` itself, or a user impl's `drop` of `Drop`: calling it is rustc's E0040. */
    private boolean isDropMethod(FnDef f) {
        var dropTrait = fcx.cx.defs.langTrait("Drop");
        if (dropTrait == null || !f.name().equals("drop")) return false;
        DefId drop = dropTrait.id();
        if (drop.equals(f.parentTrait())) return true;
        return f.parentImpl() != null && drop.equals(fcx.cx.defs.impl(f.parentImpl()).trait());
    }

    /** rustc's E0040 for `x.drop()`, with its `drop(x)` rewrite. */
    private void explicitDestructorCall(Expr.MethodCall m) {
        var d = dev.heaplab.core.diag.Diagnostic.error("E0040", "explicit use of destructor method")
                .primary(m.method().name().span(), "explicit destructor calls not allowed");
        d.suggestion("consider using `drop` function", m.span(), "drop(" + fcx.text(m.receiver().span()) + ")");
        fcx.cx.diags.add(d.build());
    }

    /** rustc's E0040 for `Drop::drop(&mut x)` / `T::drop(&mut x)`: the path is to be the `drop` function. */
    private void explicitDestructorPath(Expr.PathExpr p) {
        var d = dev.heaplab.core.diag.Diagnostic.error("E0040", "explicit use of destructor method")
                .primary(p.span(), "explicit destructor calls not allowed");
        d.inlineSuggestion("consider using `drop` function", p.span(), "drop");
        fcx.cx.diags.add(d.build());
    }

    Ty field(Expr.Field f) {
        Ty base = fcx.exprs.check(f.base(), null);
        String name = f.field().name();
        Ty peeled = fcx.behindRefs(fcx.icx.shallow(base));
        if (peeled instanceof Ty.Infer gi && gi.kind() == Ty.InferKind.GENERAL) fcx.selectPending(false); // as method calls do
        List<Coercion.Step> steps = fcx.coercion.autoderef(base);
        String privateIn = null;
        for (int k = 0; k < steps.size(); k++) {
            Ty s = fcx.icx.shallow(steps.get(k).ty());
            Ty found = null;
            int index = -1;
            if (s instanceof Ty.Adt a && fcx.cx.defs.adt(a.def()) != null && !fcx.cx.defs.adt(a.def()).isEnum()) {
                AdtDef.VariantDef v = fcx.cx.defs.adt(a.def()).struct();
                index = v.fieldIndex(name);
                // rustc goes on dereferencing past a field the scope may not see (E0616 when nothing else is found)
                if (index >= 0 && !fcx.cx.fieldVisible(a.def(), name, fcx.scope())) {
                    if (privateIn == null) privateIn = fcx.cx.defs.adt(a.def()).name();
                    continue;
                }
                if (index >= 0) found = fcx.normalize(TySubst.subst(v.fields().get(index).ty(), a.args()));
            } else if (s instanceof Ty.Tuple t && name.chars().allMatch(Character::isDigit)) {
                index = Integer.parseInt(name);
                if (index < t.elems().size()) found = t.elems().get(index);
            }
            if (found != null) {
                List<Adjustment> adj = new ArrayList<>();
                for (int j = 1; j <= k; j++) adj.add(steps.get(j).adj());
                if (!adj.isEmpty()) fcx.tables.adjustments.put(f.base().id(), adj);
                fcx.tables.fieldIndices.put(f.id(), index);
                return found;
            }
        }
        if (privateIn != null) {
            fcx.error("E0616", "field `" + name + "` of struct `" + privateIn + "` is private", f.field().span(), "private field");
            return Ty.ERROR;
        }
        Ty b = fcx.icx.resolve(base);
        if (b instanceof Ty.Error) return Ty.ERROR;
        if (methodNamedAsField(f, b, name)) return Ty.ERROR;
        if (fcx.icx.shallow(base) instanceof Ty.Infer i && i.kind() != Ty.InferKind.GENERAL || TraitSolver.primitive(b)) {
            fcx.error("E0610", "`" + b.display(fcx.cx.defs) + "` is a primitive type and therefore doesn't have fields",
                    f.field().span(), "");
        } else if (b instanceof Ty.Infer) {
            fcx.error("E0282", "type annotations needed", f.base().span(), "type must be known at this point");
        } else {
            var d = dev.heaplab.core.diag.Diagnostic.error("E0609", "no field `" + name + "` on type `" + b.display(fcx.cx.defs) + "`")
                    .primary(f.field().span(), "unknown field");
            List<String> available = fieldNames(b);
            // rustc suggests no other index for a tuple's field
            String similar = name.chars().allMatch(Character::isDigit) ? null : dev.heaplab.core.resolve.SimilarName.best(available, name);
            if (similar != null) d.suggestion("a field with a similar name exists", f.field().span(), similar);
            else if (!available.isEmpty()) d.note("available fields are: " + dev.heaplab.core.resolve.SimilarName.series(available));
            fcx.cx.diags.add(d.build());
        }
        return Ty.ERROR;
    }

    /** The fields of a struct (those the scope may see) or a tuple that rustc offers for a field it does not find. */
    private List<String> fieldNames(Ty t) {
        List<String> out = new ArrayList<>();
        while (t instanceof Ty.Ref r) t = r.inner();
        switch (t) {
            case Ty.Tuple tu -> { for (int i = 0; i < tu.elems().size(); i++) out.add(String.valueOf(i)); }
            case Ty.Adt a when fcx.cx.defs.adt(a.def()) != null && !fcx.cx.defs.adt(a.def()).isEnum()
                    && fcx.cx.itemDecls.get(a.def()) instanceof Item.StructDecl -> {
                for (AdtDef.FieldDef fd : fcx.cx.defs.adt(a.def()).variants().get(0).fields()) {
                    if (fcx.cx.fieldVisible(a.def(), fd.name(), fcx.scope())) out.add(fd.name());
                }
            }
            default -> { }
        }
        return out;
    }

    /** The private fields of std's `Vec` and `String` (rustc reports E0616 for `v.len`, the field, not E0615). */
    private static final java.util.Map<String, java.util.Set<String>> STD_PRIVATE_FIELDS =
            java.util.Map.of("Vec", java.util.Set.of("buf", "len"), "String", java.util.Set.of("vec"));

    /**
     * `s.len` for `s.len()`: no field of that name, but a method (rustc's E0615, with the call as help);
     * on std's `Vec`/`String` a private field of the same name comes first (E0616).
     */
    private boolean methodNamedAsField(Expr.Field f, Ty base, String name) {
        if (fcx.behindRefs(base) instanceof Ty.Adt a && fcx.cx.defs.adt(a.def()) != null
                && STD_PRIVATE_FIELDS.getOrDefault(fcx.cx.defs.adt(a.def()).name(), java.util.Set.of()).contains(name)
                && fcx.cx.defs.adt(a.def()).lang() != null) {
            var d = dev.heaplab.core.diag.Diagnostic.error("E0616", "field `" + name + "` of struct `" + fcx.cx.defs.adt(a.def()).name()
                    + "` is private").primary(f.field().span(), "private field");
            if (fcx.probe.probe(base, name) != null)
                d.suggestion("a method `" + name + "` also exists, call it with parentheses", f.field().span().shrinkToHi(), "()");
            fcx.cx.diags.add(d.build());
            return true;
        }
        MethodProbe.Pick pick = fcx.probe.probe(base, name);
        if (pick == null) return false;
        FnDef m = fcx.cx.defs.fn(pick.method());
        if (m == null || m.selfKind() == null) return false;
        int args = Math.max(0, m.sig().inputs().size() - 1);
        String call = "(" + String.join(", ", java.util.Collections.nCopies(args, "_")) + ")";
        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0615", "attempted to take value of method `" + name + "` on type `"
                        + base.display(fcx.cx.defs) + "`")
                .primary(f.field().span(), "method, not a field")
                .suggestion("use parentheses to call the method", f.field().span().shrinkToHi(), call).build());
        return true;
    }

    /**
     * The bounds of a user's generic struct or enum (`struct W<T: Display>`) for the arguments of a value
     * built of it: at the first field given whose type holds the bounded parameter (rustc's place), else at {@code at}.
     */
    private void adtBounds(DefId adt, List<Ty> args, AdtDef.VariantDef v, List<Expr.FieldInit> fields, Span at) {
        for (GenericsDef.Predicate p : fcx.cx.adtPredicates.getOrDefault(adt, List.of())) {
            Span where = at;
            for (Expr.FieldInit fi : fields) {
                int idx = v.fieldIndex(fi.name().name());
                if (idx >= 0 && TySubst.any(v.fields().get(idx).ty(), x -> x.equals(p.self()))) {
                    where = fi.value().span();
                    break;
                }
            }
            Map<String, Ty> bindings = new java.util.LinkedHashMap<>();
            p.assocBindings().forEach((k, t) -> bindings.put(k, TySubst.subst(t, args)));
            fcx.require(TySubst.subst(p.self(), args), p.trait(), TySubst.subst(p.traitArgs(), args), bindings, where);
        }
    }

    Ty structLit(Expr.StructLit s) {
        for (Expr.FieldInit fi : s.fields()) if (fi.shorthand()) fcx.shorthandInits.add(fi.value().span());
        Path path = s.path();
        DefId adt = null;
        int variant = 0;
        List<Ty> args = null;
        List<String> segs = NameResolver.segs(path);
        if (path.isSingle() && segs.get(0).equals("Self") && fcx.env.selfTy instanceof Ty.Adt a) {
            adt = a.def();
            args = a.args();
        } else {
            var l = fcx.cx.resolver.walk(fcx.scope(), segs, path.global(), Ns.TYPE);
            if (l.complete(segs.size()) && l.decl() instanceof Decl.Adt a && !fcx.cx.defs.adt(a.def()).isEnum()) {
                adt = a.def();
                args = adtArgs(adt, path.last());
            } else if (l.complete(segs.size()) && l.decl() instanceof Decl.Ctor c) {
                adt = c.adt();
                variant = c.variant();
                args = adtArgs(adt, segs.size() > 1 ? path.segments().get(segs.size() - 2) : null);
            } else if (segs.size() == 2 && segs.get(0).equals("Self") && fcx.env.selfTy instanceof Ty.Adt a
                    && fcx.cx.defs.adt(a.def()).variantIndex(segs.get(1)) >= 0) {
                adt = a.def();
                variant = fcx.cx.defs.adt(a.def()).variantIndex(segs.get(1));
                args = a.args();
            } else if (l.decl() == null || !l.complete(segs.size())) {
                int at = Math.max(l.failedAt(), 0);
                var asValue = fcx.cx.resolver.walk(fcx.scope(), segs, path.global(), Ns.VALUE);
                if (segs.size() == 1 && asValue.complete(1) && asValue.decl() instanceof Decl.Fn) {
                    fcx.error("E0574", "expected struct, variant or union type, found function `" + segs.get(0) + "`", path.span(),
                            "not a struct, variant or union type");
                } else if (segs.size() == 1) {
                    fcx.error("E0422", "cannot find struct, variant or union type `" + segs.get(0) + "` in this scope",
                            path.span(), "not found in this scope");
                } else reportUnresolved(path, l, Ns.TYPE);
            } else {
                fcx.error("E0574", "expected struct, variant or union type, found " + declWord(l.decl()) + " `" + path.text() + "`",
                        path.span(), "not a struct, variant or union type");
            }
        }
        if (adt == null) {
            for (Expr.FieldInit fi : s.fields()) fcx.exprs.check(fi.value(), null);
            if (s.base() != null) fcx.exprs.check(s.base(), null);
            return Ty.ERROR;
        }
        AdtDef def = fcx.cx.defs.adt(adt);
        AdtDef.VariantDef v = def.variants().get(variant);
        Ty self = new Ty.Adt(adt, args);
        fcx.tables.pathRes.put(s.id(), new Res.Ctor(adt, variant, args));
        Set<String> seen = new LinkedHashSet<>();
        List<Ident> hidden = new ArrayList<>();
        String shown = def.isEnum() ? def.name() + "::" + v.name() : def.name();
        boolean unknownField = false;
        for (Expr.FieldInit fi : s.fields()) {
            String fname = fi.name().name();
            int idx = v.fieldIndex(fname);
            if (idx < 0) {
                // rustc: E0559 for an enum variant's literal, E0560 for a struct's; a similar field not written yet is suggested
                List<String> written = s.fields().stream().map(w -> w.name().name()).toList();
                List<String> available = new ArrayList<>();
                for (AdtDef.FieldDef fd : v.fields()) {
                    if (!written.contains(fd.name()) && fcx.cx.fieldVisible(adt, fd.name(), fcx.scope())) available.add(fd.name());
                }
                String similar = dev.heaplab.core.resolve.SimilarName.best(available, fname);
                var d = dev.heaplab.core.diag.Diagnostic.error(def.isEnum() ? "E0559" : "E0560",
                        (def.isEnum() ? "variant `" : "struct `") + shown + "` has no field named `" + fname + "`");
                if (similar != null) {
                    d.primary(fi.name().span(), "unknown field").suggestion("a field with a similar name exists", fi.name().span(), similar);
                } else {
                    d.primary(fi.name().span(), "`" + (def.isEnum() ? shown : def.name()) + "` does not have this field");
                    d.note(available.isEmpty() ? "all struct fields are already assigned"
                            : "available fields are: " + dev.heaplab.core.resolve.SimilarName.series(available));
                }
                fcx.cx.diags.add(d.build());
                fcx.exprs.check(fi.value(), null);
                unknownField = true;
                continue;
            }
            if (!seen.add(fname)) {
                fcx.error("E0062", "field `" + fname + "` specified more than once", fi.name().span(), "used more than once");
            }
            if (!fcx.cx.fieldVisible(adt, fname, fcx.scope())) hidden.add(fi.name());
            fcx.exprs.coerceTo(fi.value(), fcx.normalize(TySubst.subst(v.fields().get(idx).ty(), args)));
            if (borrowIntoStaticDynField(adt, idx, fi.value())) {
                // FIXME: the borrow checker does not check the field's implicit `'static` against the struct's lifetimes
                fcx.cx.unsupported(fi.value().span(), "a value that may borrow, in a `dyn Trait` field (implicitly `'static`) of a struct with lifetime parameters");
            }
        }
        adtBounds(adt, args, v, s.fields(), s.span());
        if (!hidden.isEmpty()) privateFields(def.name(), hidden.stream().map(Ident::name).toList(), hidden.stream().map(Ident::span).toList(), null);
        if (s.base() != null) {
            fcx.exprs.coerceTo(s.base(), self);
            List<String> rest = new ArrayList<>();
            for (AdtDef.FieldDef fd : v.fields()) if (!seen.contains(fd.name()) && !fcx.cx.fieldVisible(adt, fd.name(), fcx.scope())) rest.add(fd.name());
            if (!rest.isEmpty()) privateFields(def.name(), rest, List.of(s.base().span()), s.base().span());
        } else {
            List<String> missing = new ArrayList<>();
            for (AdtDef.FieldDef fd : v.fields()) if (!seen.contains(fd.name())) missing.add(fd.name());
            // rustc names the enum, not the variant; after an unknown field it does not ask for the missing ones
            if (!missing.isEmpty() && !unknownField) reportMissingFields(path.span(), def.name(), missing);
        }
        return self;
    }

    /**
     * A struct literal's field declared with a trait object outside a reference and no lifetime
     * (`item: Box<dyn Show>`, so `dyn Show + 'static`) in a struct declaring lifetimes (`Holder<'a>`),
     * given a value whose type may hold a borrow (a reference, or a struct with lifetimes).
     */
    private boolean borrowIntoStaticDynField(DefId adt, int idx, Expr value) {
        if (!(fcx.cx.itemDecls.get(adt) instanceof Item.StructDecl sd) || idx >= sd.fields().size()
                || sd.generics().params().stream().noneMatch(g -> g instanceof dev.heaplab.core.syntax.Generics.GenericParam.LifetimeParam)) return false;
        Item.FieldDecl fd = sd.fields().get(idx);
        var file = fcx.cx.sources == null ? null : fcx.cx.sources.fileOf(fd.type().span());
        if (file == null || file.slice(fd.type().span()).contains("'") || !dev.heaplab.core.typeck.CallChecker.dynOutsideRef(fcx.cx.defs.adt(adt).struct().fields().get(idx).ty())) return false;
        Ty found = fcx.tables.types.get(value.id());
        if (found == null) return false;
        boolean[] borrows = {false};
        TySubst.map(fcx.icx.resolve(found), x -> {
            if (x instanceof Ty.Ref r && !(r.region().isNamed() && "'static".equals(r.region().name()))) borrows[0] = true;
            if (x instanceof Ty.Adt a && fcx.cx.itemDecls.get(a.def()) instanceof Item.StructDecl d2
                    && d2.generics().params().stream().anyMatch(g -> g instanceof dev.heaplab.core.syntax.Generics.GenericParam.LifetimeParam)) borrows[0] = true;
            return x;
        });
        return borrows[0];
    }

    static boolean dynOutsideRef(Ty t) {
        return switch (t) {
            case Ty.Dynamic d -> true;
            case Ty.Adt a -> a.args().stream().anyMatch(CallChecker::dynOutsideRef);
            case Ty.Tuple tu -> tu.elems().stream().anyMatch(CallChecker::dynOutsideRef);
            default -> false;
        };
    }

    /**
     * rustc's E0451 for fields of a struct literal (or pattern) the scope may not see: a "private field"
     * label on each, or one label on the functional update `..base` that would move them.
     */
    void privateFields(String struct, List<String> names, List<Span> at, Span base) {
        String list = names.size() == 1 ? "`" + names.get(0) + "`" : names.subList(0, names.size() - 1).stream().map(n -> "`" + n + "`")
                .collect(java.util.stream.Collectors.joining(", ")) + " and `" + names.get(names.size() - 1) + "`";
        String what = (names.size() == 1 ? "field " : "fields ") + list;
        var d = dev.heaplab.core.diag.Diagnostic.error("E0451", what + " of struct `" + struct + "` " + (names.size() == 1 ? "is" : "are") + " private");
        if (base != null) d.primary(base, what + (names.size() == 1 ? " is" : " are") + " private");
        else for (Span sp : at) d.primary(sp, "private field");
        fcx.cx.diags.add(d.build());
    }

    private void reportMissingFields(Span span, String shown, List<String> missing) {
        List<String> q = missing.stream().map(m -> "`" + m + "`").toList();
        String list;
        if (q.size() == 1) list = q.get(0);
        else if (q.size() <= 3) list = String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
        else list = String.join(", ", q.subList(0, 3)) + " and " + (q.size() - 3) + " other field" + (q.size() - 3 == 1 ? "" : "s");
        fcx.error("E0063", "missing field" + (q.size() == 1 ? " " : "s ") + list + " in initializer of `" + shown + "`", span,
                "missing " + list);
    }
}
