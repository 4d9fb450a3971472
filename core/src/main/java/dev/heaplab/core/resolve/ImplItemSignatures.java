package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
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
            if (sub instanceof Item.AssocTypeDecl a && !td.assocTypes().contains(a.name().name())) {
                cx.error("E0437", "type `" + a.name().name() + "` is not a member of trait `" + td.name() + "`",
                        a.span(), "not a member of trait `" + td.name() + "`");
            }
        }
        for (Map.Entry<String, DefId> m : impl.methods().entrySet()) {
            DefId traitMethod = td.methods().get(m.getKey());
            FnDef implFn = cx.defs.fn(m.getValue()), traitFn = traitMethod == null ? null : cx.defs.fn(traitMethod);
            if (implFn == null || traitFn == null || implFn.decl() == null || traitFn.decl() == null) continue;
            if (cx.assocConstFns.contains(m.getValue())) continue;
            compare(td, impl, traitFn, implFn);
        }
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
