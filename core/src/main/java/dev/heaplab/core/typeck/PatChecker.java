package dev.heaplab.core.typeck;

import dev.heaplab.core.source.Span;

import dev.heaplab.core.resolve.Decl;
import dev.heaplab.core.resolve.ModuleScope.Ns;
import dev.heaplab.core.resolve.NameResolver;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.List;

/**
 * Patterns with default binding modes (match ergonomics): a non-reference pattern met with a
 * reference type derefs it (recorded in patternAdjustments) and makes bindings below bind by
 * reference (`ref` for `&`, `ref mut` for `&mut` unless already `ref`). Bindings are declared as
 * locals of the current scope; in or-patterns the later alternatives reuse the first's locals.
 */
final class PatChecker {
    private final FnCtxt fcx;

    PatChecker(FnCtxt fcx) { this.fcx = fcx; }

    /** A whole pattern (of a `let`, `match` arm, `for`, `if let`): checked, then its bindings' names (E0416). */
    void checkRoot(Pattern p, Ty expected) {
        check(p, expected, BindingMode.BY_VALUE);
        duplicateBindings(List.of(p), false);
    }

    /**
     * rustc's resolver: a name bound twice in one pattern (E0416) or in one parameter list (E0415).
     * Or-patterns bind the same names in each alternative: the first one stands for them.
     */
    void duplicateBindings(List<Pattern> roots, boolean params) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Pattern root : roots) {
            for (Pattern.Binding b : bindingList(root)) {
                if (seen.add(b.name().name())) continue;
                String name = b.name().name();
                fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error(params ? "E0415" : "E0416", "identifier `" + name
                                + "` is bound more than once in " + (params ? "this parameter list" : "the same pattern"))
                        .primary(b.name().span(), params ? "used as parameter more than once" : "used in a pattern more than once").build());
            }
        }
    }

    /** The bindings of a pattern in order, duplicates kept (paths to unit variants and constants excluded). */
    private List<Pattern.Binding> bindingList(Pattern p) {
        List<Pattern.Binding> out = new ArrayList<>();
        new Object() {
            void visit(Pattern q) {
                switch (q) {
                    case Pattern.Binding b -> {
                        if (fcx.tables.bindingModes.containsKey(b.id())) out.add(b);
                        if (b.sub() != null) visit(b.sub());
                    }
                    case Pattern.Tuple t -> t.elems().forEach(this::visit);
                    case Pattern.TupleStruct t -> t.elems().forEach(this::visit);
                    case Pattern.Struct st -> st.fields().forEach(f -> visit(f.pattern()));
                    case Pattern.Ref r -> visit(r.inner());
                    case Pattern.Or or -> visit(or.alts().get(0));
                    case Pattern.Slice sl -> sl.elems().forEach(this::visit);
                    case Pattern.Wildcard w -> { }
                    case Pattern.Rest r -> { }
                    case Pattern.Literal l -> { }
                    case Pattern.Range r -> { }
                    case Pattern.PathPat pp -> { }
                }
            }
        }.visit(p);
        return out;
    }

    void check(Pattern p, Ty expected, BindingMode mode) {
        fcx.record(p.id(), expected);
        switch (p) {
            case Pattern.Wildcard w -> { }
            case Pattern.Rest r -> { }
            case Pattern.Binding b -> binding(b, expected, mode);
            case Pattern.Ref r -> {
                fcx.record(p.id(), expected);
                Ty inner = fcx.icx.fresh();
                Ty want = new Ty.Ref(Region.ERASED, r.mutable(), inner);
                if (!fcx.icx.unify(want, expected)) {
                    fcx.mismatch(p.span(), expected, want);
                    check(r.inner(), Ty.ERROR, BindingMode.BY_VALUE);
                } else {
                    if (mode != BindingMode.BY_VALUE) {
                        implicitBorrow(new Span(p.span().lo(), p.span().lo() + (r.mutable() ? 4 : 1)),
                                "cannot explicitly dereference within an implicitly-borrowing pattern",
                                "reference pattern not allowed when implicitly borrowing");
                    }
                    check(r.inner(), inner, BindingMode.BY_VALUE);
                }
            }
            case Pattern.Or o -> {
                for (int i = 0; i < o.alts().size(); i++) {
                    if (i == 0) check(o.alts().get(0), expected, mode);
                    else {
                        var before = new java.util.LinkedHashMap<>(fcx.locals.peek());
                        check(o.alts().get(i), expected, mode);
                        fcx.locals.peek().clear();
                        fcx.locals.peek().putAll(before);
                    }
                }
                checkOrBindings(o);
            }
            default -> structural(p, expected, mode);
        }
    }

    private void binding(Pattern.Binding b, Ty expected, BindingMode mode) {
        if (b.sub() == null && !b.byRef() && !b.mutable()) {
            var d = fcx.cx.resolver.lookup(fcx.scope(), b.name().name(), Ns.VALUE);
            if (d instanceof Decl.Ctor c && fcx.cx.defs.adt(c.adt()).variants().get(c.variant()).ctor() == AdtDef.CtorKind.UNIT
                    || d instanceof Decl.Const) {
                Path path = new Path(b.span(), List.of(new Path.PathSegment(b.name(), List.of())), false);
                structural(new Pattern.PathPat(b.id(), b.span(), path), expected, mode);
                return;
            }
        }
        if (mode != BindingMode.BY_VALUE && b.byRef()) {
            implicitBorrow(new Span(b.span().lo(), b.span().lo() + (b.mutable() ? 7 : 3)),
                    "cannot explicitly borrow within an implicitly-borrowing pattern",
                    "explicit `" + (b.mutable() ? "ref mut" : "ref") + "` binding modifier not allowed when implicitly borrowing");
        } else if (mode != BindingMode.BY_VALUE && b.mutable()) {
            implicitBorrow(new Span(b.span().lo(), b.span().lo() + 3),
                    "cannot mutably bind by value within an implicitly-borrowing pattern",
                    "`mut` binding modifier not allowed when implicitly borrowing");
        }
        BindingMode bm;
        Ty ty;
        if (b.byRef()) {
            bm = b.mutable() ? BindingMode.BY_REF_MUT : BindingMode.BY_REF;
            ty = new Ty.Ref(Region.ERASED, b.mutable(), expected);
        } else if (mode != BindingMode.BY_VALUE) {
            bm = mode;
            ty = new Ty.Ref(Region.ERASED, mode == BindingMode.BY_REF_MUT, expected);
        } else {
            bm = BindingMode.BY_VALUE;
            ty = expected;
        }
        fcx.tables.bindingModes.put(b.id(), bm);
        fcx.bindingPatterns.put(b.id(), b);
        FnCtxt.LocalVar existing = fcx.locals.peek().get(b.name().name());
        if (existing != null && fcx.tables.types.containsKey(existing.binding()) && isOrAlt(existing)) {
            fcx.icx.unify(existing.ty(), ty);
        }
        fcx.declareLocal(b.id(), b.name().name(), ty);
        if (b.sub() != null) check(b.sub(), expected, mode);
    }

    private boolean isOrAlt(FnCtxt.LocalVar v) { return false; }

    /**
     * Edition 2024: under an inherited by-reference binding mode (a non-reference pattern matched
     * against a reference), `ref`, `mut` and `&` may not be written (rustc reports these without a code).
     */
    private void implicitBorrow(Span at, String message, String label) {
        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error(null, message).primary(at, label)
                .note("matching on a reference type with a non-reference pattern implicitly borrows the contents").build());
    }

    /**
     * Every alternative of an or-pattern binds the same names (E0408), with the same types (E0308)
     * and binding modes; the arm sees the first alternative's bindings, which lowering aliases.
     */
    private void checkOrBindings(Pattern.Or o) {
        java.util.Map<String, Pattern.Binding> first = bindingsOf(o.alts().get(0));
        java.util.Set<String> inconsistent = new java.util.HashSet<>();
        for (int i = 1; i < o.alts().size(); i++) {
            Pattern alt = o.alts().get(i);
            java.util.Map<String, Pattern.Binding> here = bindingsOf(alt);
            for (var e : first.entrySet()) {
                Pattern.Binding other = here.get(e.getKey());
                if (other == null) {
                    notBound(e.getKey(), alt, e.getValue());
                    continue;
                }
                // rustc's resolver compares the written `ref`/`mut`, whatever the default binding mode
                boolean written = e.getValue().byRef() != other.byRef() || e.getValue().mutable() != other.mutable();
                if (written && inconsistent.add(e.getKey())) {
                    fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0409", "variable `" + e.getKey()
                                    + "` is bound inconsistently across alternatives separated by `|`")
                            .primary(other.name().span(), "bound in different ways")
                            .secondary(e.getValue().name().span(), "first binding").build());
                }
                Ty t0 = fcx.tables.types.get(e.getValue().id()), t1 = fcx.tables.types.get(other.id());
                if (t0 != null && t1 != null && !fcx.icx.unify(t0, t1)) {
                    fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0308", "mismatched types")
                            .primary(other.span(), "expected `" + fcx.showTrimmed(t0) + "`, found `" + fcx.showTrimmed(t1) + "`")
                            .secondary(e.getValue().span(), "first introduced with type `" + fcx.show(t0) + "` here")
                            .note("in the same arm, a binding must have the same type in all alternatives").build());
                } else if (!written && fcx.tables.bindingModes.get(e.getValue().id()) != fcx.tables.bindingModes.get(other.id())) {
                    fcx.cx.unsupported(other.span(), "a variable bound by reference in only some alternatives of an or-pattern");
                }
            }
            for (var e : here.entrySet()) if (!first.containsKey(e.getKey())) notBound(e.getKey(), o.alts().get(0), e.getValue());
        }
    }

    private void notBound(String name, Pattern alt, Pattern.Binding where) {
        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0408", "variable `" + name + "` is not bound in all patterns")
                .primary(alt.span(), "pattern doesn't bind `" + name + "`")
                .secondary(where.span(), "variable not in all patterns").build());
    }

    /** The variables a pattern binds, by name (paths to unit variants and constants excluded). */
    java.util.Map<String, Pattern.Binding> bindingsOf(Pattern p) {
        java.util.Map<String, Pattern.Binding> out = new java.util.LinkedHashMap<>();
        new Object() {
            void visit(Pattern q) {
                switch (q) {
                    case Pattern.Binding b -> {
                        if (fcx.tables.bindingModes.containsKey(b.id())) out.putIfAbsent(b.name().name(), b);
                        if (b.sub() != null) visit(b.sub());
                    }
                    case Pattern.Tuple t -> t.elems().forEach(this::visit);
                    case Pattern.TupleStruct t -> t.elems().forEach(this::visit);
                    case Pattern.Struct st -> st.fields().forEach(f -> visit(f.pattern()));
                    case Pattern.Ref r -> visit(r.inner());
                    case Pattern.Or or -> visit(or.alts().get(0));
                    case Pattern.Slice sl -> sl.elems().forEach(this::visit);
                    case Pattern.Wildcard w -> { }
                    case Pattern.Rest r -> { }
                    case Pattern.Literal l -> { }
                    case Pattern.Range r -> { }
                    case Pattern.PathPat pp -> { }
                }
            }
        }.visit(p);
        return out;
    }

    private void structural(Pattern p, Ty expected, BindingMode mode) {
        List<Ty> peeled = new ArrayList<>();
        Ty t = fcx.icx.shallow(expected);
        // A constant is matched at its own type, references included: match ergonomics do not apply (rustc's AdjustMode::Pass).
        Target path = p instanceof Pattern.PathPat pp ? resolve(pp.path(), p, Ns.VALUE) : null;
        boolean peel = !(p instanceof Pattern.Literal l && isStrLit(l)) && !(path != null && path.constTy != null);
        while (peel && t instanceof Ty.Ref r) {
            peeled.add(t);
            if (mode != BindingMode.BY_REF) mode = r.mutable() ? BindingMode.BY_REF_MUT : BindingMode.BY_REF;
            t = fcx.icx.shallow(r.inner());
        }
        if (!peeled.isEmpty()) fcx.tables.patAdjustments.put(p.id(), peeled);
        switch (p) {
            case Pattern.Literal l -> {
                Ty lt = fcx.exprs.check(l.value(), t);
                if (!fcx.icx.unify(lt, t)) fcx.mismatch(p.span(), t, lt);
            }
            case Pattern.Range r -> {
                if (r.lo() != null) unifyPat(r.lo().span(), fcx.exprs.check(r.lo(), t), t);
                if (r.hi() != null) unifyPat(r.hi().span(), fcx.exprs.check(r.hi(), t), t);
            }
            case Pattern.Tuple tp -> {
                int rest = restIndex(tp.elems());
                int n = tp.elems().size() - (rest >= 0 ? 1 : 0);
                List<Ty> elems;
                if (t instanceof Ty.Tuple tt && (rest >= 0 ? tt.elems().size() >= n : tt.elems().size() == n)) elems = tt.elems();
                else {
                    if (rest < 0) {
                        List<Ty> fresh = new ArrayList<>();
                        for (int i = 0; i < n; i++) fresh.add(fcx.icx.fresh());
                        if (!fcx.icx.unify(t, new Ty.Tuple(fresh))) fcx.mismatch(p.span(), t, new Ty.Tuple(fresh));
                        elems = fresh;
                    } else {
                        fcx.mismatch(p.span(), t, Ty.ERROR);
                        elems = List.of();
                    }
                }
                subpatterns(tp.elems(), elems, rest, mode);
            }
            case Pattern.Slice sp -> {
                Ty elem = t instanceof Ty.Array a ? a.elem() : t instanceof Ty.Slice s ? s.elem() : null;
                if (elem == null) {
                    fcx.error("E0529", "expected an array or slice, found `" + fcx.show(t) + "`", p.span(),
                            "pattern cannot match with input type `" + fcx.show(t) + "`");
                    elem = Ty.ERROR;
                }
                if (t instanceof Ty.Array a && a.len() >= 0) checkArrayLength(sp, a.len());
                for (Pattern e : sp.elems()) {
                    if (e instanceof Pattern.Rest) continue;
                    if (e instanceof Pattern.Binding b && b.sub() instanceof Pattern.Rest) {
                        Ty restTy = t instanceof Ty.Array a ? new Ty.Array(elem, Math.max(0, a.len() - sp.elems().size() + 1)) : new Ty.Slice(elem);
                        if (restTy instanceof Ty.Slice && mode == BindingMode.BY_VALUE && !b.byRef()) {
                            // The rest of a slice matched by value would be an unsized local.
                            fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0277", "the size for values of type `"
                                    + fcx.show(restTy) + "` cannot be known at compilation time")
                                    .primary(b.span(), "doesn't have a size known at compile-time")
                                    .help("the trait `Sized` is not implemented for `" + fcx.show(restTy) + "`")
                                    .note("all local variables must have a statically known size").build());
                        }
                        check(new Pattern.Binding(b.id(), b.span(), b.name(), b.byRef(), b.mutable(), null), restTy, mode);
                        continue;
                    }
                    check(e, elem, mode);
                }
            }
            case Pattern.PathPat pp -> {
                var target = path;
                if (target == null) return;
                if (target.constTy != null) {
                    unifyPat(p.span(), target.constTy, t);
                    return;
                }
                AdtDef.VariantDef v = fcx.cx.defs.adt(target.adt).variants().get(target.variant);
                if (v.ctor() != AdtDef.CtorKind.UNIT) {
                    // rustc's resolver reports a tuple variant (E0532), its type checker a struct variant (E0533)
                    fcx.error(v.ctor() == AdtDef.CtorKind.TUPLE ? "E0532" : "E0533", "expected unit struct, unit variant or constant, found " + (v.ctor() == AdtDef.CtorKind.TUPLE
                            ? "tuple" : "struct") + " variant `" + pp.path().text() + "`", p.span(), "not a unit struct, unit variant or constant");
                }
                unifyPat(p.span(), new Ty.Adt(target.adt, target.args), t);
            }
            case Pattern.TupleStruct ts -> {
                var target = resolve(ts.path(), p, Ns.VALUE);
                if (target == null || target.constTy != null) {
                    for (Pattern e : ts.elems()) check(e, Ty.ERROR, mode);
                    return;
                }
                AdtDef.VariantDef v = fcx.cx.defs.adt(target.adt).variants().get(target.variant);
                if (notTupleCtor(ts, v, fcx.cx.defs.adt(target.adt).isEnum())) {
                    for (Pattern e : ts.elems()) check(e, Ty.ERROR, mode);
                    return;
                }
                unifyPat(p.span(), new Ty.Adt(target.adt, target.args), t);
                List<Ty> fields = new ArrayList<>();
                for (AdtDef.FieldDef f : v.fields()) fields.add(fcx.normalize(TySubst.subst(f.ty(), target.args)));
                int rest = restIndex(ts.elems());
                int n = ts.elems().size() - (rest >= 0 ? 1 : 0);
                if (rest < 0 ? n != fields.size() : n > fields.size()) {
                    fcx.error("E0023", "this pattern has " + n + " field" + (n == 1 ? "" : "s") + ", but the corresponding tuple "
                            + (fcx.cx.defs.adt(target.adt).isEnum() ? "variant" : "struct") + " has " + fields.size() + " field"
                            + (fields.size() == 1 ? "" : "s"), p.span(), "expected " + fields.size() + " field" + (fields.size() == 1 ? "" : "s")
                            + ", found " + n);
                    for (Pattern e : ts.elems()) check(e, Ty.ERROR, mode);
                    return;
                }
                if (ts.path().isSingle()) privateCtorPattern(ts, target.adt, rest, fields.size());
                subpatterns(ts.elems(), fields, rest, mode);
            }
            case Pattern.Struct sp -> {
                var target = resolve(sp.path(), p, Ns.TYPE);
                if (target == null || target.constTy != null) {
                    for (Pattern.FieldPat f : sp.fields()) check(f.pattern(), Ty.ERROR, mode);
                    return;
                }
                unifyPat(p.span(), new Ty.Adt(target.adt, target.args), t);
                AdtDef.VariantDef v = fcx.cx.defs.adt(target.adt).variants().get(target.variant);
                List<String> hiddenNames = new ArrayList<>();
                List<dev.heaplab.core.source.Span> hiddenAt = new ArrayList<>();
                for (Pattern.FieldPat f : sp.fields()) {
                    if (v.fieldIndex(f.name().name()) >= 0 && !fcx.cx.fieldVisible(target.adt, f.name().name(), fcx.scope())) {
                        hiddenNames.add(f.name().name());
                        hiddenAt.add(f.name().span());
                    }
                }
                if (!hiddenNames.isEmpty()) fcx.exprs.calls().privateFields(fcx.cx.defs.adt(target.adt).name(), hiddenNames, hiddenAt, null);
                java.util.Map<String, Pattern.FieldPat> seen = new java.util.HashMap<>();
                for (Pattern.FieldPat f : sp.fields()) {
                    int idx = v.fieldIndex(f.name().name());
                    Pattern.FieldPat earlier = seen.putIfAbsent(f.name().name(), f);
                    if (earlier != null) {
                        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0025", "field `" + f.name().name() + "` bound multiple times in the pattern")
                                .primary(f.span(), "multiple uses of `" + f.name().name() + "` in pattern")
                                .secondary(earlier.span(), "first use of `" + f.name().name() + "`").build());
                        check(f.pattern(), Ty.ERROR, mode);
                    } else if (idx < 0) {
                        fcx.error("E0026", "variant `" + v.name() + "` does not have a field named `" + f.name().name() + "`",
                                f.name().span(), "variant `" + v.name() + "` does not have this field");
                        check(f.pattern(), Ty.ERROR, mode);
                    } else check(f.pattern(), fcx.normalize(TySubst.subst(v.fields().get(idx).ty(), target.args)), mode);
                }
                if (!sp.hasRest()) {
                    List<String> missing = new ArrayList<>();
                    for (AdtDef.FieldDef fd : v.fields()) {
                        if (sp.fields().stream().noneMatch(f -> f.name().name().equals(fd.name()))) missing.add("`" + fd.name() + "`");
                    }
                    if (!missing.isEmpty()) {
                        var d = dev.heaplab.core.diag.Diagnostic.error("E0027", "pattern does not mention field" + (missing.size() == 1 ? " " : "s ")
                                + String.join(", ", missing)).primary(p.span(), "missing field" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
                        missingFieldHelps(d, sp, missing);
                        fcx.cx.diags.add(d.build());
                    }
                }
            }
            default -> { }
        }
    }

    /**
     * rustc's E0532 for an imported tuple struct matched while its private fields hide its constructor,
     * with a "private field" label on the subpattern standing for each (a longer path reports E0603).
     */
    private void privateCtorPattern(Pattern.TupleStruct ts, dev.heaplab.core.types.DefId adt, int rest, int fieldCount) {
        var scope = fcx.cx.declScopes.get(adt);
        if (scope == null || !(fcx.cx.itemDecls.get(adt) instanceof dev.heaplab.core.syntax.Item.StructDecl s)) return;
        List<dev.heaplab.core.diag.Label> labels = new ArrayList<>();
        List<dev.heaplab.core.diag.Suggestion.Part> parts = new ArrayList<>();
        java.util.Set<dev.heaplab.core.source.Span> seen = new java.util.HashSet<>();
        int after = rest < 0 ? 0 : ts.elems().size() - rest - 1;
        for (int i = 0; i < s.fields().size() && i < fieldCount; i++) {
            var f = s.fields().get(i);
            if (fcx.cx.resolver.visible(fcx.scope(), f.vis(), scope)) continue;
            parts.add(new dev.heaplab.core.diag.Suggestion.Part(f.span().shrinkToLo(), "pub "));
            Pattern elem = rest < 0 || i < rest ? ts.elems().get(i)
                    : i >= fieldCount - after ? ts.elems().get(ts.elems().size() - (fieldCount - i)) : ts.elems().get(rest);
            if (seen.add(elem.span())) labels.add(dev.heaplab.core.diag.Label.primary(elem.span(), "private field"));
        }
        if (labels.isEmpty()) return;
        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0532", "cannot match against a tuple struct which contains private fields")
                .primary(ts.path().span(), "").spanNote("constructor is not visible here due to private fields", labels)
                .multipartSuggestion("consider making the field" + (s.fields().size() > 1 ? "s" : "") + " publicly accessible", parts).build());
    }

    /** E0527/E0528: a slice pattern on an array must fit its length (exactly, or at least without a rest). */
    private void checkArrayLength(Pattern.Slice sp, long len) {
        boolean rest = sp.elems().stream().anyMatch(Pattern::isRestLike);
        long n = sp.elems().size() - (rest ? 1 : 0);
        String lenEl = len + " element" + (len == 1 ? "" : "s");
        if (!rest && n != len) {
            fcx.error("E0527", "pattern requires " + n + " element" + (n == 1 ? "" : "s") + " but array has " + len,
                    sp.span(), "expected " + lenEl);
        } else if (rest && n > len) {
            fcx.error("E0528", "pattern requires at least " + n + " element" + (n == 1 ? "" : "s") + " but array has " + len,
                    sp.span(), "pattern cannot match array of " + lenEl);
        }
    }

    private static boolean isStrLit(Pattern.Literal l) {
        return l.value() instanceof dev.heaplab.core.syntax.Expr.Lit lit && lit.value() instanceof dev.heaplab.core.syntax.Expr.LitValue.Str;
    }

    private void unifyPat(dev.heaplab.core.source.Span span, Ty patTy, Ty expected) {
        if (!fcx.icx.unify(patTy, expected)) fcx.mismatch(span, expected, patTy);
    }

    private static int restIndex(List<Pattern> ps) {
        for (int i = 0; i < ps.size(); i++) if (ps.get(i) instanceof Pattern.Rest) return i;
        return -1;
    }

    private void subpatterns(List<Pattern> pats, List<Ty> tys, int rest, BindingMode mode) {
        int n = pats.size() - (rest >= 0 ? 1 : 0);
        for (int i = 0; i < pats.size(); i++) {
            if (i == rest) continue;
            int idx = rest >= 0 && i > rest ? tys.size() - (pats.size() - i) : i;
            check(pats.get(i), idx >= 0 && idx < tys.size() ? tys.get(idx) : Ty.ERROR, mode);
        }
        if (rest < 0 && n != tys.size()) { /* reported by the caller */ }
    }

    /** A constructor (or constant) a pattern path names, with fresh type arguments. */
    private static final class Target {
        DefId adt;
        int variant;
        List<Ty> args;
        Ty constTy;
    }

    private Target resolve(Path path, Pattern p, Ns ns) {
        List<String> segs = NameResolver.segs(path);
        Target t = new Target();
        if (segs.size() == 2 && !path.global()) {
            Ty head = segs.get(0).equals("Self") ? fcx.env.selfTy
                    : fcx.cx.resolver.lookup(fcx.scope(), segs.get(0), Ns.TYPE) instanceof Decl.Adt a ? new Ty.Adt(a.def(), List.of())
                    : dev.heaplab.core.resolve.TypeLowerer.primitive(segs.get(0));
            DefId k = head == null ? null : fcx.exprs.calls().assocConst(head, segs.get(1));
            if (k != null) {
                fcx.tables.pathRes.put(p.id(), new Res.Const(k));
                t.constTy = fcx.cx.defs.constant(k).ty();
                return t;
            }
        }
        if (segs.get(0).equals("Self") && fcx.env.selfTy instanceof Ty.Adt a) {
            AdtDef def = fcx.cx.defs.adt(a.def());
            t.adt = a.def();
            t.args = a.args();
            if (segs.size() == 1 && !def.isEnum()) return t;
            if (segs.size() == 2 && def.variantIndex(segs.get(1)) >= 0) {
                t.variant = def.variantIndex(segs.get(1));
                return t;
            }
        }
        var l = fcx.cx.resolver.walk(fcx.scope(), segs, path.global(), ns);
        if (!l.complete(segs.size()) && ns == Ns.TYPE) l = fcx.cx.resolver.walk(fcx.scope(), segs, path.global(), Ns.VALUE);
        if (l.complete(segs.size())) {
            switch (l.decl()) {
                case Decl.Ctor c -> {
                    t.adt = c.adt();
                    t.variant = c.variant();
                    t.args = fresh(c.adt());
                    fcx.tables.pathRes.put(p.id(), new Res.Ctor(c.adt(), c.variant(), t.args));
                    return t;
                }
                case Decl.Adt a when !fcx.cx.defs.adt(a.def()).isEnum() -> {
                    t.adt = a.def();
                    t.args = fresh(a.def());
                    fcx.tables.pathRes.put(p.id(), new Res.Ctor(a.def(), 0, t.args));
                    return t;
                }
                case Decl.Const c -> {
                    fcx.tables.pathRes.put(p.id(), new Res.Const(c.def()));
                    t.constTy = fcx.cx.defs.constant(c.def()).ty();
                    return t;
                }
                default -> { }
            }
        }
        if (l.decl() != null && l.complete(segs.size())) {
            fcx.error("E0532", "expected tuple struct or tuple variant, found " + CallChecker.declWord(l.decl()) + " `" + path.text() + "`",
                    path.span(), "not a tuple struct or tuple variant");
        } else if (segs.size() >= 2 && l.decl() instanceof Decl.Adt a && l.consumed() == segs.size() - 1) {
            fcx.error("E0599", "no variant or associated item named `" + segs.get(segs.size() - 1) + "` found for enum `"
                    + fcx.cx.defs.name(a.def()) + "` in the current scope", path.last().name().span(),
                    "variant or associated item not found in `" + fcx.cx.defs.name(a.def()) + "`");
        } else if (p instanceof Pattern.TupleStruct && segs.size() == 1
                && fcx.cx.resolver.walk(fcx.scope(), segs, path.global(), Ns.TYPE).decl() instanceof Decl.Adt a
                && !fcx.cx.defs.adt(a.def()).isEnum()) {
            fcx.error("E0532", "expected tuple struct or tuple variant, found struct `" + segs.get(0) + "`", p.span(), "");
        } else if (p instanceof Pattern.TupleStruct && segs.size() == 1) {
            fcx.error("E0531", "cannot find tuple struct or tuple variant `" + segs.get(0) + "` in this scope", path.span(),
                    "not found in this scope");
        } else {
            fcx.exprs.calls().reportUnresolved(path, l, Ns.VALUE);
        }
        if (t.adt != null) fcx.tables.pathRes.put(p.id(), new Res.Ctor(t.adt, t.variant, t.args));
        return null;
    }

    private List<Ty> fresh(DefId adt) {
        List<Ty> out = new ArrayList<>();
        for (int i = 0; i < fcx.cx.adtParamCount.getOrDefault(adt, 0); i++) out.add(fcx.icx.fresh());
        return out;
    }

    /** `Unit(x)` or `Braced(x)`: rustc's E0532 (a struct variant used so is rustc's E0164, left to the field checks). */
    private boolean notTupleCtor(Pattern.TupleStruct ts, AdtDef.VariantDef v, boolean isEnum) {
        if (v.ctor() == AdtDef.CtorKind.TUPLE || (v.ctor() == AdtDef.CtorKind.NAMED && isEnum)) return false;
        String what = (v.ctor() == AdtDef.CtorKind.UNIT ? "unit " : "") + (isEnum ? "variant" : "struct");
        fcx.error("E0532", "expected tuple struct or tuple variant, found " + what + " `" + ts.path().text() + "`", ts.span(), "");
        return true;
    }

    /**
     * rustc's three edits for fields a struct pattern leaves out, after its last field: name them,
     * ignore them with `: _`, or end with `..` (only when the pattern ends right after that field).
     */
    private void missingFieldHelps(dev.heaplab.core.diag.Diagnostic.Builder d, Pattern.Struct sp, List<String> missing) {
        if (sp.fields().isEmpty() || fcx.cx.sources == null) return;
        dev.heaplab.core.source.Span after = sp.fields().get(sp.fields().size() - 1).span().shrinkToHi();
        dev.heaplab.core.source.SourceFile file = fcx.cx.sources.fileOf(after);
        if (file == null) return;
        int from = after.lo() - file.startPos(), to = sp.span().hi() - file.startPos();
        if (from < 0 || to > file.text().length() || from > to || !file.text().substring(from, to).strip().equals("}")) return;
        List<String> names = missing.stream().map(m -> m.substring(1, m.length() - 1)).toList();
        int n = names.size();
        d.suggestion("include the missing field" + (n == 1 ? "" : "s") + " in the pattern", after,
                ", " + String.join(", ", names.stream().map(x -> Character.isDigit(x.charAt(0)) ? x + ": _" : x).toList()));
        d.suggestion("if you don't care about " + (n == 1 ? "this missing field" : "these missing fields") + ", you can explicitly ignore "
                + (n == 1 ? "it" : "them"), after, ", " + String.join(", ", names.stream().map(x -> x + ": _").toList()));
        d.suggestion("or always ignore missing fields here", after, ", ..");
    }
}
