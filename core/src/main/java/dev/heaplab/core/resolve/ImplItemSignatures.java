package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ImplMatcher;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What rustc compares between a trait impl's items and the trait's: an associated type the trait
 * lacks (E0437), `self` on one side only (E0185, E0186), the number of parameters (E0050) and of type
 * parameters (E0049), and the parameter and return types (E0053), compared with the trait's `Self`,
 * parameters and associated types replaced by the impl's and lifetimes left aside. Calls are checked
 * against the trait's signature and bodies against the impl's, so a mismatch would otherwise pass.
 */
final class ImplItemSignatures {
    private final ProgramCx cx;

    ImplItemSignatures(ProgramCx cx) { this.cx = cx; }

    void check(Item.ImplDecl decl, ImplDef impl) {
        TraitDef td = cx.defs.trait(impl.trait());
        if (td == null) return;
        for (Item sub : decl.items()) {
            if (sub instanceof Item.AssocTypeDecl a && !td.methods().containsKey(a.name().name()) // else E0325 (SignatureCollector)
                    && !td.assocTypes().contains(a.name().name())) {
                cx.error("E0437", "type `" + a.name().name() + "` is not a member of trait `" + td.name() + "`",
                        a.span(), "not a member of trait `" + td.name() + "`");
            }
        }
        for (Map.Entry<String, DefId> m : impl.methods().entrySet()) {
            DefId traitMethod = td.methods().get(m.getKey());
            FnDef implFn = cx.defs.fn(m.getValue()), traitFn = traitMethod == null ? null : cx.defs.fn(traitMethod);
            if (implFn == null || traitFn == null || implFn.decl() == null || traitFn.decl() == null) continue;
            if (cx.assocConstFns.contains(m.getValue()) || cx.assocConstFns.contains(traitMethod)) continue;
            int before = cx.diags.all().size();
            compare(td, impl, traitFn, implFn);
            if (cx.diags.all().size() == before) stricterBounds(td, impl, traitFn, implFn);
        }
    }

    private static final java.util.regex.Pattern LIFETIME = java.util.regex.Pattern.compile("'[A-Za-z_][A-Za-z0-9_]*");

    /** The lifetime names written in {@code span}'s text (types hold no character literals). */
    private java.util.Set<String> lifetimes(dev.heaplab.core.source.Span span) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (span == null || cx.sources == null || cx.sources.fileOf(span) == null) return out;
        var m = LIFETIME.matcher(cx.sources.fileOf(span).slice(span));
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * rustc's early-bound lifetime parameters of a method: those named in a bound or where-clause, and
     * those named in the return type but in no parameter. The others (and elided ones) are late-bound.
     */
    private List<Generics.GenericParam.LifetimeParam> earlyBound(Item.FnDecl f) {
        java.util.Set<String> inputs = new java.util.HashSet<>(), bounded = new java.util.HashSet<>();
        if (f.selfParam() != null) inputs.addAll(lifetimes(f.selfParam().span()));
        for (Item.Param p : f.params()) inputs.addAll(lifetimes(p.type().span()));
        java.util.Set<String> output = f.ret() == null ? java.util.Set.of() : lifetimes(f.ret().span());
        for (Generics.GenericParam g : f.generics().params()) {
            if (g instanceof Generics.GenericParam.LifetimeParam lp && !lp.bounds().isEmpty()) {
                bounded.add(lp.name().name());
                for (var b : lp.bounds()) bounded.add(b.name());
            } else if (g instanceof Generics.GenericParam.TypeParam tp) {
                for (Generics.Bound b : tp.bounds()) bounded.addAll(lifetimes(b.span()));
            }
        }
        for (Generics.WherePredicate w : f.generics().where()) bounded.addAll(lifetimes(w.span()));
        List<Generics.GenericParam.LifetimeParam> early = new ArrayList<>();
        for (Generics.GenericParam g : f.generics().params()) {
            if (!(g instanceof Generics.GenericParam.LifetimeParam lp)) continue;
            String n = lp.name().name();
            if (bounded.contains(n) || output.contains(n) && !inputs.contains(n)) early.add(lp);
        }
        return early;
    }

    /**
     * E0195: the trait's and the impl's methods must have as many early-bound lifetime parameters
     * (rustc compares their generics, which hold only those). A simplified report at the impl's.
     */
    private boolean lifetimesDiffer(Item.FnDecl t, Item.FnDecl i) {
        var te = earlyBound(t);
        var ie = earlyBound(i);
        if (te.size() == ie.size()) return false;
        String name = i.name().name();
        Diagnostic.Builder b;
        if (lifetimeCount(t) == lifetimeCount(i)) {
            // as many lifetimes on both sides, written or elided: they differ in being early- or late-bound
            b = Diagnostic.error("E0195", "lifetime parameters do not match the trait definition");
            if (!ie.isEmpty()) for (var lp : ie) b.primary(lp.name().span(), "");
            else b.primary(i.name().span(), "");
            b.note("lifetime parameters differ in whether they are early- or late-bound");
        } else {
            b = Diagnostic.error("E0195", "lifetime parameters or bounds on method `" + name + "` do not match the trait declaration")
                    .primary(i.name().span(), "lifetimes do not match method in trait")
                    .secondary(t.name().span(), "lifetimes in impl do not match this method in trait");
        }
        cx.report(b.build());
        return true;
    }

    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("&(?!\\s*')|'_\\b");

    /** A method's lifetime parameters, declared or elided in its parameters. */
    private long lifetimeCount(Item.FnDecl f) {
        long n = f.generics().params().stream().filter(g -> g instanceof Generics.GenericParam.LifetimeParam).count();
        List<dev.heaplab.core.source.Span> inputs = new ArrayList<>();
        if (f.selfParam() != null) inputs.add(f.selfParam().span());
        for (Item.Param p : f.params()) inputs.add(p.type().span());
        for (var span : inputs) {
            if (cx.sources == null || cx.sources.fileOf(span) == null) continue;
            n += ELIDED.matcher(cx.sources.fileOf(span).slice(span)).results().count();
        }
        return n;
    }

    /**
     * E0276: a bound the impl method puts on one of its own type parameters must follow from the
     * trait method's bounds on the same parameter (the trait's callers only prove those). A bound is
     * taken to follow when the trait bounds the parameter by the same trait or by one having it as a
     * supertrait, whatever the trait arguments: this reports a subset of rustc's errors, never more.
     */
    private void stricterBounds(TraitDef td, ImplDef impl, FnDef traitFn, FnDef implFn) {
        Item.FnDecl t = traitFn.decl(), i = implFn.decl();
        int tOwn = typeParams(t.generics()), iOwn = typeParams(i.generics());
        if (tOwn != iOwn || iOwn == 0) return;
        int implStart = implFn.generics().params().size() - iOwn, traitStart = traitFn.generics().params().size() - tOwn;
        DefId sized = cx.langTrait("Sized");
        for (GenericsDef.Predicate p : implFn.generics().predicates()) {
            if (!(p.self() instanceof Ty.Param ip) || ip.index() < implStart || p.trait().equals(sized)) continue;
            int k = ip.index() - implStart;
            boolean implied = false;
            for (GenericsDef.Predicate q : traitFn.generics().predicates()) {
                if (q.self() instanceof Ty.Param tp && tp.index() == traitStart + k && reaches(q.trait(), p.trait())) implied = true;
            }
            if (implied) continue;
            TraitDef bound = cx.defs.trait(p.trait());
            String paramName = implFn.generics().params().get(ip.index());
            dev.heaplab.core.source.Span at = boundSpan(i, paramName, bound == null ? null : bound.name());
            cx.report(Diagnostic.error("E0276", "impl has stricter requirements than trait")
                    .secondary(signatureWithSemicolon(t), "definition of `" + t.name().name() + "` from trait")
                    .primary(at != null ? at : i.name().span(), "impl has extra requirement `" + paramName + ": "
                            + (bound == null ? "?" : showBound(p)) + "`").build());
            return;
        }
    }

    private String showBound(GenericsDef.Predicate p) {
        TraitDef bound = cx.defs.trait(p.trait());
        List<Ty> args = p.traitArgs().size() > 0 && p.traitArgs().get(0).equals(p.self()) ? p.traitArgs().subList(1, p.traitArgs().size()) : p.traitArgs();
        if (args.isEmpty()) return bound.name();
        StringBuilder sb = new StringBuilder(bound.name()).append('<');
        for (int k = 0; k < args.size(); k++) sb.append(k > 0 ? ", " : "").append(show(args.get(k)));
        return sb.append('>').toString();
    }

    /** Whether {@code from} is {@code to} or has it as a supertrait, at any depth. */
    private boolean reaches(DefId from, DefId to) {
        java.util.Set<DefId> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<DefId> work = new java.util.ArrayDeque<>(List.of(from));
        while (!work.isEmpty()) {
            DefId d = work.pop();
            if (d.equals(to)) return true;
            TraitDef td = cx.defs.trait(d);
            if (td != null && seen.add(d)) work.addAll(td.supertraits());
        }
        return false;
    }

    /** The span of the bound naming {@code trait} on type parameter {@code param}, inline or in the where-clause. */
    private dev.heaplab.core.source.Span boundSpan(Item.FnDecl f, String param, String trait) {
        if (trait == null) return null;
        for (Generics.GenericParam g : f.generics().params()) {
            if (g instanceof Generics.GenericParam.TypeParam tp && tp.name().name().equals(param)) {
                for (Generics.Bound b : tp.bounds()) if (b instanceof Generics.Bound.TraitBound tb && lastSegment(tb).equals(trait)) return tb.span();
            }
        }
        for (Generics.WherePredicate w : f.generics().where()) {
            for (Generics.Bound b : w.bounds()) if (b instanceof Generics.Bound.TraitBound tb && lastSegment(tb).equals(trait)) return tb.span();
        }
        return null;
    }

    private static String lastSegment(Generics.Bound.TraitBound tb) {
        var segs = tb.path().segments();
        return segs.isEmpty() ? "" : segs.get(segs.size() - 1).name().name();
    }

    /** A required trait method's whole declaration (`fn put<U>(&mut self, x: U);`), or a provided one's header. */
    private dev.heaplab.core.source.Span signatureWithSemicolon(Item.FnDecl f) {
        return f.body() == null ? f.span() : signature(f);
    }

    private void compare(TraitDef td, ImplDef impl, FnDef traitFn, FnDef implFn) {
        Item.FnDecl t = traitFn.decl(), i = implFn.decl();
        String name = i.name().name();
        if ((t.selfParam() != null) != (i.selfParam() != null)) {
            if (t.selfParam() != null) {
                String self = selfText(t.selfParam());
                cx.report(Diagnostic.error("E0186", "method `" + name + "` has a `" + self
                        + "` declaration in the trait, but not in the impl")
                        .secondary(signature(t), "`" + self + "` used in trait")
                        .primary(signature(i), "expected `" + self + "` in impl").build());
            } else {
                String self = selfText(i.selfParam());
                cx.report(Diagnostic.error("E0185", "method `" + name + "` has a `" + self
                        + "` declaration in the impl, but not in the trait")
                        .secondary(signature(t), "trait method declared without `" + self + "`")
                        .primary(signature(i), "`" + self + "` used in impl").build());
            }
            return;
        }
        if (t.params().size() != i.params().size()) {
            int want = t.params().size() + (t.selfParam() != null ? 1 : 0), have = i.params().size() + (i.selfParam() != null ? 1 : 0);
            Diagnostic.Builder b = Diagnostic.error("E0050", "method `" + name + "` has " + have + " parameter" + (have == 1 ? "" : "s")
                    + " but the declaration in trait `" + td.name() + "::" + name + "` has " + want);
            var tp = params(t);
            if (tp != null) b.secondary(tp, "trait requires " + want + " parameter" + (want == 1 ? "" : "s"));
            var ip = params(i);
            cx.report(b.primary(ip != null ? ip : i.name().span(), "expected " + want + " parameter" + (want == 1 ? "" : "s")
                    + ", found " + have).build());
            return;
        }
        int tOwn = typeParams(t.generics()), iOwn = typeParams(i.generics());
        if (tOwn != iOwn) {
            Diagnostic.Builder b = Diagnostic.error("E0049", "method `" + name + "` has " + iOwn + " type parameter" + (iOwn == 1 ? "" : "s")
                    + " but its trait declaration has " + tOwn + " type parameter" + (tOwn == 1 ? "" : "s"));
            Generics.GenericParam firstT = firstTypeParam(t.generics()), firstI = firstTypeParam(i.generics());
            if (firstT != null) b.secondary(firstT.name().span(), "expected " + tOwn + " type parameter" + (tOwn == 1 ? "" : "s"));
            int after = i.name().span().hi();
            cx.report(b.primary(firstI != null ? firstI.name().span() : new dev.heaplab.core.source.Span(after, after + 1),
                    "found " + iOwn + " type parameter" + (iOwn == 1 ? "" : "s")).build());
            return;
        }
        if (lifetimesDiffer(t, i)) return;
        // `impl Trait` arguments are anonymous type parameters on either side: left to the bodies' checks
        if (hasImplTraitParam(t) || hasImplTraitParam(i)) return;
        List<Ty> args = new ArrayList<>();
        args.add(impl.selfTy());
        args.addAll(impl.traitArgs());
        int implParams = implFn.generics().params().size() - iOwn;
        for (int k = 0; k < tOwn; k++) args.add(new Ty.Param(implParams + k, implFn.generics().params().get(implParams + k)));
        if (args.size() != traitFn.generics().params().size()) return;
        List<Ty> ti = traitFn.sig().inputs(), ii = implFn.sig().inputs();
        if (ti.size() != ii.size()) return;
        for (int k = 0; k < ti.size(); k++) {
            Ty want = expected(ti.get(k), args, impl), have = ImplMatcher.eraseRegions(ii.get(k));
            if (want == null || unknown(have) || want.equals(have)) continue;
            boolean self = k == 0 && t.selfParam() != null;
            var at = self ? i.selfParam().span() : i.params().get(k - (t.selfParam() != null ? 1 : 0)).type().span();
            cx.report(Diagnostic.error("E0053", "method `" + name + "` has an incompatible type for trait")
                    .primary(at, "expected `" + show(want) + "`, found `" + show(have) + "`").build());
            return;
        }
        if (i.ret() == null && t.ret() == null) return;
        Ty want = expected(traitFn.sig().output(), args, impl), have = ImplMatcher.eraseRegions(implFn.sig().output());
        if (want == null || unknown(have) || want.equals(have)) return;
        cx.report(Diagnostic.error("E0053", "method `" + name + "` has an incompatible type for trait")
                .primary(i.ret() != null ? i.ret().span() : i.name().span(), "expected `" + show(want) + "`, found `" + show(have) + "`")
                .build());
    }

    /** The trait's type with the impl's `Self`, parameters and associated types; null when that cannot be said. */
    private Ty expected(Ty traitTy, List<Ty> args, ImplDef impl) {
        Ty t = TySubst.subst(traitTy, args);
        boolean[] unknown = {false};
        t = TySubst.map(t, x -> {
            if (x instanceof Ty.Projection p) {
                Ty v = p.self().equals(impl.selfTy()) && p.trait().equals(impl.trait()) ? impl.assocTypes().get(p.name()) : null;
                if (v == null) unknown[0] = true;
                return v == null ? x : v;
            }
            return x;
        });
        t = ImplMatcher.eraseRegions(t);
        return unknown[0] || unknown(t) ? null : t;
    }

    /** Types the comparison cannot judge: errors, projections, opaque returns. */
    private static boolean unknown(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Error || x instanceof Ty.Projection || x instanceof Ty.Infer || x instanceof Ty.Param p && p.name().equals("impl Trait")) found[0] = true;
            return x;
        });
        return found[0];
    }

    private String show(Ty t) { return t.display(cx.defs); }

    private static int typeParams(Generics g) {
        int n = 0;
        for (Generics.GenericParam p : g.params()) if (p instanceof Generics.GenericParam.TypeParam) n++;
        return n;
    }

    private static boolean hasImplTraitParam(Item.FnDecl f) {
        for (Item.Param p : f.params()) if (p.type() instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType) return true;
        return false;
    }

    private static String selfText(Item.SelfParam s) {
        return switch (s.kind()) {
            case VALUE -> "self";
            case REF -> "&self";
            case REF_MUT -> "&mut self";
        };
    }

    /** A function's header as rustc shows it: `fn name(..) -> T` without the body (a required method's whole `..;`). */
    private dev.heaplab.core.source.Span signature(Item.FnDecl f) {
        if (f.body() == null || cx.sources == null || cx.sources.fileOf(f.span()) == null) return f.span();
        String head = cx.sources.fileOf(f.span()).slice(new dev.heaplab.core.source.Span(f.span().lo(), f.body().span().lo()));
        return new dev.heaplab.core.source.Span(f.span().lo(), f.span().lo() + head.stripTrailing().length());
    }

    /** From the first parameter (`self` included) to the last; null without any. */
    private static dev.heaplab.core.source.Span params(Item.FnDecl f) {
        int lo = f.selfParam() != null ? f.selfParam().span().lo() : f.params().isEmpty() ? -1 : f.params().get(0).span().lo();
        if (lo < 0) return null;
        int hi = f.params().isEmpty() ? f.selfParam().span().hi() : f.params().get(f.params().size() - 1).span().hi();
        return new dev.heaplab.core.source.Span(lo, hi);
    }

    private static Generics.GenericParam firstTypeParam(Generics g) {
        for (Generics.GenericParam p : g.params()) if (p instanceof Generics.GenericParam.TypeParam) return p;
        return null;
    }
}
