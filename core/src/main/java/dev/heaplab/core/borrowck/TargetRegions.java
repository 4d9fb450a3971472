package dev.heaplab.core.borrowck;

import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lifetimes of one function's parameters, read from its written signature (semantic types
 * drop the lifetime arguments of structs). For a parameter `p: &T`, {@link #inside} lists the
 * lifetimes of the storage reachable behind it, where a borrow stored through `p` must live:
 * <ul>
 * <li>written references and lifetime arguments inside `T` (`'_` and elided ones are anonymous);</li>
 * <li>a struct written without its lifetime arguments has anonymous ones;</li>
 * <li>`dyn Trait` outside a reference, written or inside a struct's fields, is `'static` by default;</li>
 * <li>for `&mut self`, the lifetimes of the impl's self type ({@link Kind#IMPL}: any lifetime
 *     declared on the impl rather than on the method is taken to be it).</li>
 * </ul>
 */
final class TargetRegions {
    enum Kind { NAMED, ANON, STATIC, STATIC_DYN, IMPL }

    record Target(Kind kind, String name) {}

    private final FnDef fn;
    private final ProgramDefs defs;
    private final TypeQueries tq;

    TargetRegions(FnDef fn, ProgramDefs defs, TypeQueries tq) {
        this.fn = fn;
        this.defs = defs;
        this.tq = tq;
    }

    static boolean anonymous(String region) { return region.startsWith("anon"); }

    /** The outermost lifetime of parameter local {@code k}: its name, `anonK`, or null if not a reference. */
    String paramRegion(int k) {
        if (k < 1 || k > fn.sig().inputs().size()) return null;
        if (!(fn.sig().inputs().get(k - 1) instanceof Ty.Ref r)) return null;
        return r.region().isNamed() ? r.region().name() : "anon" + k;
    }

    /** Lifetimes of the storage behind parameter local {@code k}. */
    List<Target> inside(int k) {
        List<Target> out = new ArrayList<>();
        if (k < 1 || k > fn.sig().inputs().size() || !(fn.sig().inputs().get(k - 1) instanceof Ty.Ref r)) return out;
        Item.FnDecl d = fn.decl();
        TypeExpr written = null;
        int index = d.selfParam() != null ? k - 2 : k - 1;
        if (d.selfParam() != null && k == 1) written = d.selfParam().explicitType();
        else if (index >= 0 && index < d.params().size()) written = d.params().get(index).type();
        if (written instanceof TypeExpr.RefType ref) {
            syntax(ref.inner(), true, out);
        } else if (r.inner() instanceof Ty.Adt a && tq.adtMayBorrow(a) && defs.adt(a.def()) != null && defs.adt(a.def()).lang() == null) {
            out.add(new Target(Kind.IMPL, firstFieldRegion(defs.adt(a.def()))));
        }
        fields(r.inner(), new HashSet<>(), out);
        return out;
    }

    /**
     * The lifetimes of {@link #inside} where a reference itself may be stored: not those inside the pointee of
     * a reference in the storage (`'static` in `Vec<&'a Vec<&'static str>>`), which only the stored reference's
     * own pointee must match (rustc: `&'x V <: &'a W` needs `'x: 'a` and `V <: W`; V's lifetimes are the
     * parameter's inner ones, checked against every lifetime inside).
     */
    List<Target> outer(int k) {
        List<Target> out = new ArrayList<>();
        if (k < 1 || k > fn.sig().inputs().size() || !(fn.sig().inputs().get(k - 1) instanceof Ty.Ref r)) return out;
        Item.FnDecl d = fn.decl();
        TypeExpr written = null;
        int index = d.selfParam() != null ? k - 2 : k - 1;
        if (d.selfParam() != null && k == 1) written = d.selfParam().explicitType();
        else if (index >= 0 && index < d.params().size()) written = d.params().get(index).type();
        if (!(written instanceof TypeExpr.RefType ref)) return inside(k);
        List<Target> shallow = new ArrayList<>();
        syntaxOuter(ref.inner(), true, shallow);
        // the hidden lifetimes of user structs' fields are all kept (not told apart by depth)
        List<Target> hidden = new ArrayList<>();
        fields(r.inner(), new HashSet<>(), hidden);
        out.addAll(shallow);
        out.addAll(hidden);
        return out;
    }

    /** As {@link #syntax} under the parameter's reference, without going behind the references met. */
    private void syntaxOuter(TypeExpr t, boolean underRef, List<Target> out) { walk(t, underRef, false, out); }

    /** Does lifetime {@code q} (a name or `anonK`) outlive target {@code t}? */
    boolean outlives(String q, Target t) {
        if (q.equals("'static")) return true;
        return switch (t.kind()) {
            case STATIC, STATIC_DYN, ANON -> false;
            case NAMED -> q.equals(t.name()) || declaredBound(q, t.name());
            case IMPL -> !anonymous(q) && (q.equals(t.name()) || !declaredOnFn(q));
        };
    }

    private boolean declaredOnFn(String name) {
        for (Generics.GenericParam p : fn.decl().generics().params())
            if (p instanceof Generics.GenericParam.LifetimeParam lp && lp.name().name().equals(name)) return true;
        return false;
    }

    /** `'q: 't` written on the function, or both declared on the impl (whose bounds are not read). */
    private boolean declaredBound(String q, String t) {
        return writtenBound(fn.decl().generics(), q, t) || (!anonymous(q) && !declaredOnFn(q) && !declaredOnFn(t));
    }

    /** `'q: 't` written in these generics, on the parameter or in the where-clause. */
    static boolean writtenBound(Generics g, String q, String t) {
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.GenericParam.LifetimeParam lp && lp.name().name().equals(q)) {
                for (var b : lp.bounds()) if (b.name().equals(t)) return true;
            }
        }
        for (Generics.WherePredicate w : g.where()) {
            if (w.boundedLifetime() == null || !w.boundedLifetime().name().equals(q)) continue;
            for (Generics.Bound b : w.bounds())
                if (b instanceof Generics.Bound.LifetimeBound lb && lb.lifetime().name().equals(t)) return true;
        }
        return false;
    }

    /**
     * E0621's edit: rustc writes the required lifetime into the parameter's type, after the `&` of an
     * outer reference written without one (`item: &T` becomes `item: &'a T`).
     */
    static void explicitLifetime(dev.heaplab.core.diag.Diagnostic.Builder d, FnDef fn, String param, String region) {
        if (fn == null || fn.decl() == null || param == null) return;
        for (var p : fn.decl().params()) {
            if (p.pattern() instanceof dev.heaplab.core.syntax.Pattern.Binding b && b.name().name().equals(param)
                    && p.type() instanceof dev.heaplab.core.syntax.TypeExpr.RefType r && r.lifetime() == null) {
                d.suggestion("add explicit lifetime `" + region + "` to the type of `" + param + "`",
                        new dev.heaplab.core.source.Span(r.span().lo() + 1, r.span().lo() + 1), region + " ");
                return;
            }
        }
    }

    /**
     * The `&` of argument {@code k}'s written type (rustc's "let's call the lifetime of this reference
     * `'1`"), or with {@code inner} the first `&` inside its pointee (`&str` in `names: &[&str]`); null when
     * that reference is not written with an elided lifetime.
     */
    static dev.heaplab.core.source.Span refSpan(FnDef fn, int k, boolean inner) {
        if (fn == null || fn.decl() == null) return null;
        int offset = fn.sig().inputs().size() - fn.decl().params().size();
        int i = k - offset;
        if (i < 0 || i >= fn.decl().params().size()) return null;
        TypeExpr t = fn.decl().params().get(i).type();
        if (!(t instanceof TypeExpr.RefType r)) return null;
        if (inner) {
            TypeExpr[] first = {null};
            firstRef(r.inner(), first);
            if (!(first[0] instanceof TypeExpr.RefType ir)) return null;
            r = ir;
        }
        return r.lifetime() == null ? new dev.heaplab.core.source.Span(r.span().lo(), r.span().lo() + 1) : null;
    }

    private static void firstRef(TypeExpr t, TypeExpr[] out) {
        if (out[0] != null || t == null) return;
        switch (t) {
            case TypeExpr.RefType r -> out[0] = r;
            case TypeExpr.SliceType s -> firstRef(s.elem(), out);
            case TypeExpr.ArrayType a -> firstRef(a.elem(), out);
            default -> { }
        }
    }

    /** rustc's "lifetime `'x` defined here" at {@code name}'s declaration among {@code g}'s parameters; false when not declared there. */
    static boolean labelDefinition(dev.heaplab.core.diag.Diagnostic.Builder d, Generics g, String name) {
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.GenericParam.LifetimeParam lp && lp.name().name().equals(name)) {
                d.secondary(lp.name().span(), "lifetime `" + name + "` defined here");
                return true;
            }
        }
        return false;
    }

    /** rustc's "lifetime `'x` defined here" labels for the named lifetimes among the function's parameters. */
    static void labelDefinitions(dev.heaplab.core.diag.Diagnostic.Builder d, FnDef fn, ProgramDefs defs, String a, String b) {
        labelDeclared(d, fn, defs, a);
        if (!b.equals(a)) labelDeclared(d, fn, defs, b);
    }

    /** "lifetime `'x` defined here" where the function, or else its impl, declares it. */
    static void labelDeclared(dev.heaplab.core.diag.Diagnostic.Builder d, FnDef fn, ProgramDefs defs, String name) {
        if (labelDefinition(d, fn.decl().generics(), name) || fn.parentImpl() == null) return;
        var impl = defs.impl(fn.parentImpl());
        if (impl != null && impl.decl() != null) labelDefinition(d, impl.decl(), name);
    }

    /** The lifetimes written in a type, as {@link #inside} reads them (not under a reference at its top). */
    List<Target> written(TypeExpr t) {
        List<Target> out = new ArrayList<>();
        syntax(t, false, out);
        return out;
    }

    private static Target region(String name) {
        if (name == null || name.equals("'_")) return new Target(Kind.ANON, null);
        if (name.equals("'static")) return new Target(Kind.STATIC, name);
        return new Target(Kind.NAMED, name);
    }

    private void syntax(TypeExpr t, boolean underRef, List<Target> out) { walk(t, underRef, true, out); }

    /** The lifetimes written in {@code t}; behind the references met only when {@code behindRefs}. */
    private void walk(TypeExpr t, boolean underRef, boolean behindRefs, List<Target> out) {
        switch (t) {
            case TypeExpr.RefType r -> {
                out.add(region(r.lifetime() == null ? null : r.lifetime().name()));
                if (behindRefs) walk(r.inner(), true, true, out);
            }
            case TypeExpr.PathType p -> {
                for (Path.PathSegment s : p.path().segments()) {
                    boolean lifetimes = false;
                    for (Path.GenericArg a : s.args()) {
                        switch (a) {
                            case Path.GenericArg.LifetimeArg l -> { lifetimes = true; out.add(region(l.lifetime().name())); }
                            case Path.GenericArg.TypeArg ta -> walk(ta.type(), false, behindRefs, out);
                            default -> { }
                        }
                    }
                    if (!lifetimes && borrowingUserAdt(s.name().name())) out.add(new Target(Kind.ANON, null));
                }
            }
            case TypeExpr.DynTraitType d -> {
                String bound = null;
                for (Generics.Bound b : d.bounds()) if (b instanceof Generics.Bound.LifetimeBound lb) bound = lb.lifetime().name();
                if (bound != null) out.add(region(bound));
                else if (!underRef) out.add(new Target(Kind.STATIC_DYN, "'static"));
            }
            case TypeExpr.TupleType tt -> tt.elems().forEach(e -> walk(e, false, behindRefs, out));
            case TypeExpr.ArrayType a -> walk(a.elem(), false, behindRefs, out);
            case TypeExpr.SliceType s -> walk(s.elem(), false, behindRefs, out);
            case TypeExpr.ImplTraitType i -> { }
            case TypeExpr.RawPtrType rp -> { }
            case TypeExpr.FnPtrType f -> { }
            case TypeExpr.NeverType n -> { }
            case TypeExpr.InferType i -> { }
        }
    }

    private boolean borrowingUserAdt(String name) {
        for (AdtDef a : defs.adts()) {
            if (a.lang() == null && a.name().equals(name) && firstFieldRegion(a) != null) return true;
        }
        return false;
    }

    /** The first non-`'static` named lifetime in a struct's fields (its lifetime parameter). */
    private static String firstFieldRegion(AdtDef a) {
        String[] found = {null};
        for (AdtDef.VariantDef v : a.variants()) {
            for (AdtDef.FieldDef f : v.fields()) {
                TySubst.map(f.ty(), x -> {
                    if (found[0] == null && x instanceof Ty.Ref r && r.region().isNamed() && !"'static".equals(r.region().name())) {
                        found[0] = r.region().name();
                    }
                    return x;
                });
            }
        }
        return found[0];
    }

    /** `'static` lifetimes hidden in user structs' fields: `&'static T` and `dyn Trait` not behind a reference. */
    private void fields(Ty t, Set<Ty> seen, List<Target> out) {
        if (!seen.add(t)) return;
        switch (t) {
            case Ty.Adt a -> {
                a.args().forEach(x -> fields(x, seen, out));
                AdtDef def = defs.adt(a.def());
                if (def == null || def.lang() != null) return;
                for (AdtDef.VariantDef v : def.variants()) {
                    for (AdtDef.FieldDef f : v.fields()) {
                        if (staticRef(f.ty())) out.add(new Target(Kind.STATIC, "'static"));
                        if (dynOutsideRef(f.ty())) out.add(new Target(Kind.STATIC_DYN, "'static"));
                        fields(f.ty(), seen, out);
                    }
                }
            }
            case Ty.Tuple tu -> tu.elems().forEach(x -> fields(x, seen, out));
            case Ty.Array ar -> fields(ar.elem(), seen, out);
            case Ty.Slice sl -> fields(sl.elem(), seen, out);
            case Ty.Ref r -> fields(r.inner(), seen, out);
            default -> { }
        }
    }

    private static boolean staticRef(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Ref r && r.region().isNamed() && "'static".equals(r.region().name())) found[0] = true;
            return x;
        });
        return found[0];
    }

    /** `Box<dyn Fn()>`: a trait object not behind a reference is `'static` unless written `+ 'a`. */
    static boolean dynOutsideRef(Ty t) {
        return switch (t) {
            case Ty.Dynamic d -> true;
            case Ty.Ref r -> false;
            case Ty.Adt a -> a.args().stream().anyMatch(TargetRegions::dynOutsideRef);
            case Ty.Tuple tu -> tu.elems().stream().anyMatch(TargetRegions::dynOutsideRef);
            case Ty.Array ar -> dynOutsideRef(ar.elem());
            case Ty.Slice sl -> dynOutsideRef(sl.elem());
            default -> false;
        };
    }
}
