package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * What rustc proves of each trait impl of the program besides its items: the trait's supertraits hold
 * for the self type (E0277: `impl Copy` needs `Clone`, `derive(Eq)` needs `PartialEq`), a hand-written
 * `impl Copy` has only `Copy` fields (E0204; derives are {@link DeriveCheck}'s), and a `Copy` type has
 * no destructor (E0184). Without these the impl would be taken as written.
 */
final class ImplHeaderCheck {
    private final ProgramCx cx;
    private final List<Item> items;

    private ImplHeaderCheck(ProgramCx cx, List<Item> items) {
        this.cx = cx;
        this.items = items;
    }

    static void run(ProgramCx cx, List<Item> crateItems) {
        new ImplHeaderCheck(cx, crateItems).run();
    }

    private void run() {
        DefId copy = cx.langTrait("Copy"), drop = cx.langTrait("Drop");
        List<ImplDef> seen = new ArrayList<>();
        for (ImplDef impl : List.copyOf(cx.defs.impls())) {
            if (impl.span() == null || CheckedStd.isStd(impl.span())) continue;
            Item.ImplDecl written = impl.derived() ? null : find(items, impl.span());
            if (written != null) unconstrained(impl, written);
            if (impl.trait() == null) continue;
            if (written != null && orphan(impl, written)) continue;
            conflicting(impl, written, seen);
            seen.add(impl);
            ProgramCx.DeriveSite site = impl.derived() ? deriveSite(impl) : null;
            Span at = site != null ? site.nameSpan() : selfTypeSpan(impl);
            if (at == null) continue;
            TraitSolver solver = new TraitSolver(cx, new InferCtxt(), impl.generics().predicates(), d -> null);
            TraitDef trait = cx.defs.trait(impl.trait());
            if (trait != null) {
                List<Ty> args = new ArrayList<>(List.of(impl.selfTy()));
                args.addAll(impl.traitArgs());
                // rustc reports the last-written supertrait first
                for (dev.heaplab.core.types.GenericsDef.Predicate p : trait.generics().predicates().reversed()) {
                    // the trait's own `Self: Trait` first, then its supertraits over `Self` and its parameters
                    if (p.trait().equals(impl.trait()) || !(p.self() instanceof Ty.Param sp) || sp.index() != 0
                            || !trait.supertraits().contains(p.trait())) continue;
                    List<Ty> supArgs = p.traitArgs().stream().map(t -> dev.heaplab.core.types.TySubst.subst(t, args)).toList();
                    supertrait(impl, p.trait(), supArgs, solver, at, site);
                }
            }
            if (impl.trait().equals(copy)) {
                if (!impl.derived()) fieldsCopy(impl, copy, solver, at);
                if (drop != null) destructor(impl, drop, at, site);
            }
        }
    }

    private void supertrait(ImplDef impl, DefId sup, List<Ty> supArgs, TraitSolver solver, Span at, ProgramCx.DeriveSite site) {
        Ty self = impl.selfTy();
        if (dev.heaplab.core.types.TySubst.needsSubst(self) && !(self instanceof Ty.Adt)) return;
        if (solver.select(self, sup, supArgs, 0).outcome() != TraitSolver.Outcome.NO) return;
        String shown = self.display(cx.defs), name = cx.defs.name(sup);
        if (!decided(self)) {
            // heaplab's std model may lack an impl the real std has: refuse rather than make up an error.
            cx.unsupported(at, "`" + shown + ": " + name + "` needed by the supertraits of `" + cx.defs.name(impl.trait())
                    + "` (this part of the standard library is not modelled)");
            return;
        }
        Diagnostic.Builder b;
        if (solver.isLang(sup, "PartialEq") || solver.isLang(sup, "PartialOrd")) {
            b = Diagnostic.error("E0277", "can't compare `" + shown + "` with `" + shown + "`")
                    .primary(at, solver.isLang(sup, "PartialEq") ? "no implementation for `" + shown + " == " + shown + "`"
                            : "no implementation for `" + shown + " < " + shown + "` and `" + shown + " > " + shown + "`")
                    .help("the trait `" + name + "` is not implemented for `" + shown + "`");
        } else if (solver.isLang(sup, "Debug")) {
            b = Diagnostic.error("E0277", "`" + shown + "` doesn't implement `Debug`")
                    .primary(at, "the trait `Debug` is not implemented for `" + shown + "`");
            if (self instanceof Ty.Adt) b.note("add `#[derive(Debug)]` to `" + shown + "` or manually `impl Debug for " + shown + "`");
        } else {
            b = Diagnostic.error("E0277", "the trait bound `" + shown + ": " + name + "` is not satisfied")
                    .primary(at, "the trait `" + name + "` is not implemented for `" + shown + "`");
        }
        if (site != null) b.secondary(site.traitSpan(), "in this derive macro expansion");
        cx.diags.add(b.build());
    }

    /** E0207: an impl's type parameter that neither its self type nor its trait's arguments mention. */
    private void unconstrained(ImplDef impl, Item.ImplDecl written) {
        List<Ty> mentioned = new ArrayList<>(impl.traitArgs());
        mentioned.add(impl.selfTy());
        // a parameter fixed by an associated-type binding of a bound (`T: Iterator<Item = U>`) is constrained too
        for (dev.heaplab.core.types.GenericsDef.Predicate p : impl.generics().predicates()) mentioned.addAll(p.assocBindings().values());
        int index = 0;
        for (dev.heaplab.core.syntax.Generics.GenericParam gp : written.generics().params()) {
            if (!(gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp)) {
                if (gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.ConstParam) index++;
                continue;
            }
            int at = index++;
            boolean used = false;
            for (Ty t : mentioned) used |= mentions(t, at);
            if (used) continue;
            cx.diags.add(Diagnostic.error("E0207", "the type parameter `" + tp.name().name()
                    + "` is not constrained by the impl trait, self type, or predicates")
                    .primary(tp.name().span(), "unconstrained type parameter").build());
        }
    }

    private static boolean mentions(Ty t, int param) {
        boolean[] found = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            if (x instanceof Ty.Param p && p.index() == param) found[0] = true;
            return x;
        });
        return found[0];
    }

    /**
     * E0117: a trait of the standard library implemented for types that are all the standard library's
     * (the orphan rule). Only impls without type parameters are judged here; with them the rule has
     * more cases (E0210), which the impls heaplab accepts have not needed.
     */
    private boolean orphan(ImplDef impl, Item.ImplDecl written) {
        TraitDef trait = cx.defs.trait(impl.trait());
        if (trait == null || !CheckedStd.isStd(trait.span())) return false;
        List<Ty> all = new ArrayList<>(List.of(impl.selfTy()));
        all.addAll(impl.traitArgs());
        for (Ty t : all) if (local(t) || dev.heaplab.core.types.TySubst.needsSubst(t) || t instanceof Ty.Error) return false;
        Span header = new Span(written.span().lo(), written.selfType().span().hi());
        Diagnostic.Builder b = Diagnostic.error("E0117",
                "only traits defined in the current crate can be implemented for types defined outside of the crate")
                .primary(header, "");
        if (impl.selfTy() instanceof Ty.Adt a)
            b.secondary(written.selfType().span(), "`" + cx.defs.name(a.def()) + "` is not defined in the current crate");
        else b.secondary(written.selfType().span(), "this is not defined in the current crate because this is a foreign trait");
        b.note("impl doesn't have any local type before any uncovered type parameters")
                .note("for more information see https://doc.rust-lang.org/reference/items/implementations.html#orphan-rules")
                .note("define and implement a trait or new type instead");
        cx.diags.add(b.build());
        return true;
    }

    /** A type of this crate for the orphan rule: its own ADTs and trait objects, also behind `&`, `&mut` or `Box`. */
    private boolean local(Ty t) {
        return switch (t) {
            case Ty.Adt a -> cx.defs.adt(a.def()) != null && (!CheckedStd.isStd(cx.defs.adt(a.def()).span())
                    || cx.defs.adt(a.def()).lang() == dev.heaplab.core.types.LangItem.BOX && !a.args().isEmpty() && local(a.args().get(0)));
            case Ty.Ref r -> local(r.inner());
            case Ty.Dynamic d -> cx.defs.trait(d.trait()) != null && !CheckedStd.isStd(cx.defs.trait(d.trait()).span());
            default -> false;
        };
    }

    /**
     * E0119: two impls of one trait for one type. Judged for impls without type parameters (equal
     * headers) and for a blanket `impl<T> Trait for T` without bounds, which covers every type.
     */
    private void conflicting(ImplDef impl, Item.ImplDecl written, List<ImplDef> earlier) {
        for (ImplDef other : earlier) {
            if (!other.trait().equals(impl.trait())) continue;
            boolean same = impl.generics().params().isEmpty() && other.generics().params().isEmpty()
                    && impl.selfTy().equals(other.selfTy()) && impl.traitArgs().equals(other.traitArgs());
            boolean blanket = isBlanket(impl) || isBlanket(other);
            if (!same && !blanket) continue;
            // rustc names the derive (expanded after the written impls) as the conflicting one
            ImplDef first = other.derived() && !impl.derived() ? impl : other, second = first == impl ? other : impl;
            Span firstAt = headerOf(first), secondAt = headerOf(second);
            if (firstAt == null || secondAt == null) return;
            String self = second.selfTy().display(cx.defs);
            Ty.Param p = second.selfTy() instanceof Ty.Param q ? q : null;
            cx.diags.add(Diagnostic.error("E0119", "conflicting implementations of trait `" + cx.defs.name(impl.trait())
                    + "` for type `" + (p != null ? first.selfTy().display(cx.defs) : self) + "`")
                    .secondary(firstAt, "first implementation here")
                    .primary(secondAt, "conflicting implementation for `" + (p != null ? first.selfTy().display(cx.defs) : self) + "`").build());
            return;
        }
    }

    private static boolean isBlanket(ImplDef impl) {
        return impl.selfTy() instanceof Ty.Param p && impl.generics().params().size() == 1
                && impl.generics().predicates().stream().noneMatch(q -> q.self().equals(p));
    }

    /** An impl's header: `impl Trait for Type` as written, or the trait's name in its `#[derive]`. */
    private Span headerOf(ImplDef impl) {
        if (impl.derived()) {
            ProgramCx.DeriveSite site = deriveSite(impl);
            return site == null ? null : site.traitSpan();
        }
        Item.ImplDecl d = find(items, impl.span());
        return d == null ? null : new Span(d.span().lo(), d.selfType().span().hi());
    }

    /** E0204 for `impl Copy for T {}` written by hand: every field must be `Copy`. */
    private void fieldsCopy(ImplDef impl, DefId copy, TraitSolver solver, Span at) {
        if (!(impl.selfTy() instanceof Ty.Adt a) || cx.defs.adt(a.def()) == null) return;
        AdtDef adt = cx.defs.adt(a.def());
        Item decl = declOf(adt.span());
        List<Span> bad = new ArrayList<>();
        for (int v = 0; v < adt.variants().size(); v++) {
            List<AdtDef.FieldDef> fs = adt.variants().get(v).fields();
            List<Item.FieldDecl> written = fieldDecls(decl, v);
            for (int i = 0; i < fs.size(); i++) {
                Ty t = dev.heaplab.core.types.TySubst.subst(fs.get(i).ty(), a.args());
                if (solver.select(t, copy, List.of(), 0).outcome() == TraitSolver.Outcome.NO)
                    bad.add(written != null && i < written.size() ? written.get(i).span() : adt.span());
            }
        }
        if (bad.isEmpty()) return;
        Diagnostic.Builder b = Diagnostic.error("E0204", "the trait `Copy` cannot be implemented for this type").primary(at, "");
        for (Span s : bad) b.secondary(s, "this field does not implement `Copy`");
        cx.diags.add(b.build());
    }

    /** E0184: a `Copy` type whose values are copied bit for bit cannot also run a destructor. */
    private void destructor(ImplDef impl, DefId drop, Span at, ProgramCx.DeriveSite site) {
        if (!(impl.selfTy() instanceof Ty.Adt a)) return;
        for (ImplDef d : cx.defs.implsOf(drop)) {
            if (!(d.selfTy() instanceof Ty.Adt da) || !da.def().equals(a.def())) continue;
            Diagnostic.Builder b = Diagnostic.error("E0184",
                    "the trait `Copy` cannot be implemented for this type; the type has a destructor")
                    .primary(at, "`Copy` not allowed on types with destructors");
            if (site != null) b.secondary(site.traitSpan(), "in this derive macro expansion");
            DefId m = d.methods().get("drop");
            FnDef f = m == null ? null : cx.defs.fn(m);
            if (f != null && f.decl() != null) b.spanNote("destructor declared here", List.of(Label.primary(signature(f.decl()), "")));
            cx.diags.add(b.build());
            return;
        }
    }

    /** A function's header without its body (`fn drop(&mut self)`), where rustc points at a destructor. */
    private Span signature(Item.FnDecl f) {
        if (f.body() == null || cx.sources == null || cx.sources.fileOf(f.span()) == null) return f.span();
        String head = cx.sources.fileOf(f.span()).slice(new Span(f.span().lo(), f.body().span().lo()));
        return new Span(f.span().lo(), f.span().lo() + head.stripTrailing().length());
    }

    private ProgramCx.DeriveSite deriveSite(ImplDef impl) {
        if (!(impl.selfTy() instanceof Ty.Adt a)) return null;
        String trait = cx.defs.name(impl.trait());
        for (ProgramCx.DeriveSite s : cx.deriveSites) if (s.adt().equals(a.def()) && s.trait().equals(trait)) return s;
        return null;
    }

    /** The written self type of a hand-written impl (where rustc points), found by the impl's span. */
    private Span selfTypeSpan(ImplDef impl) {
        Item.ImplDecl d = find(items, impl.span());
        return d == null ? null : d.selfType().span();
    }

    private static Item.ImplDecl find(List<Item> items, Span span) {
        for (Item it : items) {
            if (it instanceof Item.ImplDecl i && i.span().equals(span)) return i;
            if (it instanceof Item.ModDecl m) {
                Item.ImplDecl in = find(m.items(), span);
                if (in != null) return in;
            }
        }
        return null;
    }

    private Item declOf(Span span) {
        for (Item it : cx.itemDecls.values()) if (it.span().equals(span)) return it;
        return null;
    }

    private static List<Item.FieldDecl> fieldDecls(Item decl, int variant) {
        if (decl instanceof Item.StructDecl s && variant == 0) return s.fields();
        if (decl instanceof Item.EnumDecl e && variant < e.variants().size()) return e.variants().get(variant).fields();
        return null;
    }

    /** As {@link DeriveCheck}: the program's own types, parameters and scalars have all their impls known. */
    private boolean decided(Ty self) {
        return switch (self) {
            case Ty.Adt a -> cx.defs.adt(a.def()) != null && !CheckedStd.isStd(cx.defs.adt(a.def()).span());
            case Ty.Param p -> true;
            case Ty.Int i -> true;
            case Ty.Float x -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            default -> false;
        };
    }
}
