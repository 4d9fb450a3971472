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
            if (impl.trait() == null) {
                if (written != null && !local(impl.selfTy()) && !(impl.selfTy() instanceof Ty.Error)) foreignInherent(impl, written);
                duplicateInherent(impl, seen);
                seen.add(impl);
                continue;
            }
            if (written != null && orphan(impl, written)) continue;
            if (written != null && impl.trait().equals(drop) && dropImpl(impl, written)) continue;
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
            if (trait != null && written != null) assocTypeBounds(impl, written, trait, solver);
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
        Diagnostic.Builder b = OnUnimplemented.error(cx, self, sup, supArgs, at);
        if (site != null) b.secondary(site.traitSpan(), "in this derive macro expansion");
        cx.diags.add(b.build());
    }

    /**
     * E0277 for an associated type whose value misses a bound the trait declares on it
     * (`type Label: Display;` and `type Label = Vec<u32>;`), at the value, as rustc.
     */
    private void assocTypeBounds(ImplDef impl, Item.ImplDecl written, TraitDef trait, TraitSolver solver) {
        List<dev.heaplab.core.types.GenericsDef.Predicate> bounds = cx.assocBounds.getOrDefault(impl.trait(), List.of());
        if (bounds.isEmpty()) return;
        List<Ty> args = new ArrayList<>(List.of(impl.selfTy()));
        args.addAll(impl.traitArgs());
        Item.TraitDecl traitDecl = cx.itemDecls.get(impl.trait()) instanceof Item.TraitDecl t ? t : null;
        for (Item sub : written.items()) {
            if (!(sub instanceof Item.AssocTypeDecl a) || a.type() == null) continue;
            Ty value = impl.assocTypes().get(a.name().name());
            if (value == null || dev.heaplab.core.types.TySubst.any(value, t -> t instanceof Ty.Error || t instanceof Ty.Infer)) continue;
            int k = 0;
            for (dev.heaplab.core.types.GenericsDef.Predicate b : bounds) {
                if (!(b.self() instanceof Ty.Projection pr) || !pr.name().equals(a.name().name())) continue;
                int index = k++;
                List<Ty> boundArgs = b.traitArgs().stream().map(t -> replaceProjection(dev.heaplab.core.types.TySubst.subst(t, args), a.name().name(), value, impl)).toList();
                if (solver.select(value, b.trait(), boundArgs, 0).outcome() != TraitSolver.Outcome.NO) continue;
                if (!decided(value) && !b.trait().equals(cx.langTrait("Display"))) {
                    cx.unsupported(a.type().span(), "`" + value.display(cx.defs) + ": " + cx.defs.name(b.trait()) + "` needed by a bound on `"
                            + trait.name() + "::" + a.name().name() + "` (this part of the standard library is not modelled)");
                    return;
                }
                Diagnostic.Builder d = WellFormedCheck.unsatisfied(cx, value, b.trait(), boundArgs, a.type().span(), null, null);
                Span boundSpan = boundSpan(traitDecl, a.name().name(), index);
                String owner = trait.name() + "::" + a.name().name();
                if (boundSpan != null) d.spanNote("required by a bound in `" + owner + "`", List.of(Label.primary(boundSpan, "required by this bound in `" + owner + "`")));
                cx.diags.add(d.build());
                return;
            }
        }
    }

    /** The {@code index}-th trait bound written on associated type {@code name} of the trait. */
    private static Span boundSpan(Item.TraitDecl t, String name, int index) {
        if (t == null) return null;
        for (Item it : t.items()) {
            if (!(it instanceof Item.AssocTypeDecl a) || !a.name().name().equals(name)) continue;
            int k = 0;
            for (dev.heaplab.core.syntax.Generics.Bound b : a.bounds()) {
                if (!(b instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb) || tb.maybe()) continue;
                if (k++ == index) return tb.path().span();
            }
        }
        return null;
    }

    private static Ty replaceProjection(Ty t, String name, Ty value, ImplDef impl) {
        return dev.heaplab.core.types.TySubst.map(t, x -> x instanceof Ty.Projection p && p.name().equals(name) && p.trait().equals(impl.trait()) ? value : x);
    }

    /** rustc's E0390 (a primitive type) and E0116 (a std type): an inherent impl on a type the program does not define. */
    private void foreignInherent(ImplDef impl, Item.ImplDecl written) {
        Span header = new Span(written.span().lo(), written.selfType().span().hi());
        switch (impl.selfTy()) {
            case Ty.Int t -> primitiveInherent(header);
            case Ty.Float t -> primitiveInherent(header);
            case Ty.Bool t -> primitiveInherent(header);
            case Ty.Char t -> primitiveInherent(header);
            case Ty.Str t -> primitiveInherent(header);
            case Ty.Slice t -> primitiveInherent(header);
            case Ty.Array t -> primitiveInherent(header);
            case Ty.Tuple t -> primitiveInherent(header);
            case Ty.Ref t -> primitiveInherent(header);
            case Ty.Adt a -> cx.diags.add(Diagnostic.error("E0116",
                            "cannot define inherent `impl` for a type outside of the crate where the type is defined")
                    .primary(header, "impl for type defined outside of crate")
                    .help("consider defining a trait and implementing it for the type or using a newtype wrapper like `struct MyType(ExternalType);` and implement it")
                    .note("for more details about the orphan rules, see <https://doc.rust-lang.org/reference/items/implementations.html?highlight=orphan#orphan-rules>")
                    .build());
            default -> cx.unsupported(written.selfType().span(), "an inherent impl on a type not defined in the program");
        }
    }

    private void primitiveInherent(Span header) {
        cx.diags.add(Diagnostic.error("E0390", "cannot define inherent `impl` for primitive types").primary(header, "")
                .help("consider using an extension trait instead").build());
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
        if (impl.selfTy() instanceof Ty.Param) {
            // rustc's E0210 (an uncovered type parameter), not checked here: refused rather than accepted
            cx.unsupported(written.selfType().span(), "an impl of a standard library trait for a bare type parameter");
            return true;
        }
        List<Ty> all = new ArrayList<>(List.of(impl.selfTy()));
        all.addAll(impl.traitArgs());
        for (Ty t : all) if (local(t) || dev.heaplab.core.types.TySubst.needsSubst(t) || t instanceof Ty.Error) return false;
        Span header = new Span(written.span().lo(), written.selfType().span().hi());
        Diagnostic.Builder b = Diagnostic.error("E0117",
                "only traits defined in the current crate can be implemented for types defined outside of the crate")
                .primary(header, "");
        if (impl.selfTy() instanceof Ty.Adt a)
            b.secondary(written.selfType().span(), "`" + cx.defs.path(a.def()) + "` is not defined in the current crate");
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
        TraitDef td = cx.defs.trait(impl.trait());
        if (written != null && td != null && CheckedStd.isStd(td.span()) && td.name().equals("From") && impl.traitArgs().size() == 1
                && unify(impl.selfTy(), impl.traitArgs().get(0), new java.util.HashMap<>())) {
            // core's reflexive `impl<T> From<T> for T` covers every `From<X> for X`
            String self = impl.selfTy().display(cx.defs).replaceAll("\\b[A-Z]\\b", "_");
            cx.diags.add(Diagnostic.error("E0119", "conflicting implementations of trait `From<" + self + ">` for type `" + self + "`")
                    .primary(headerOf(impl), "")
                    .note("conflicting implementation in crate `core`:\n- impl<T> From<T> for T;").build());
            return;
        }
        for (ImplDef other : earlier) {
            if (!impl.trait().equals(other.trait())) continue;
            boolean same = impl.generics().params().isEmpty() && other.generics().params().isEmpty()
                    && impl.selfTy().equals(other.selfTy()) && impl.traitArgs().equals(other.traitArgs());
            boolean blanket = isBlanket(impl) || isBlanket(other);
            if (!same && !blanket) {
                Overlap o = overlap(other, impl);
                if (o == Overlap.NO) continue;
                if (o == Overlap.UNKNOWN) {
                    Span at = headerOf(impl);
                    if (at != null) cx.unsupported(at, "two impls of one trait that may overlap (whether a foreign type "
                            + "implements a foreign trait decides it)");
                    return;
                }
            }
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

    /**
     * A `Drop` impl must be as generic as its type (E0366: `impl Drop for W<u32>`, `Pair<T, T>`,
     * `Named<'static>`) and ask no more of it (E0367: `impl<T: Clone> Drop for W<T>`); only a local
     * struct or enum can have one (E0120: `impl Drop for dyn Trait`). True when an error was reported.
     */
    private boolean dropImpl(ImplDef impl, Item.ImplDecl written) {
        AdtDef adt = impl.selfTy() instanceof Ty.Adt a ? cx.defs.adt(a.def()) : null;
        if (adt == null || CheckedStd.isStd(adt.span())) {
            cx.diags.add(Diagnostic.error("E0120", "the `Drop` trait may only be implemented for local structs, enums, and unions")
                    .primary(written.selfType().span(), "must be a struct, enum, or union in the current crate").build());
            return true;
        }
        Ty.Adt self = (Ty.Adt) impl.selfTy();
        Span header = new Span(written.span().lo(), written.selfType().span().hi());
        // lifetimes are not in `Ty`: read them as written, each must be a distinct parameter of the impl
        java.util.Set<String> lifetimes = new java.util.HashSet<>();
        for (dev.heaplab.core.syntax.Generics.GenericParam gp : written.generics().params())
            if (gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.LifetimeParam lp) lifetimes.add(lp.name().name());
        String notParam = null;
        if (written.selfType() instanceof dev.heaplab.core.syntax.TypeExpr.PathType pt) {
            java.util.Set<String> seenLt = new java.util.HashSet<>();
            for (dev.heaplab.core.syntax.Path.GenericArg ga : pt.path().last().args())
                if (ga instanceof dev.heaplab.core.syntax.Path.GenericArg.LifetimeArg la && !la.lifetime().name().equals("'_")
                        && (!lifetimes.contains(la.lifetime().name()) || !seenLt.add(la.lifetime().name()))) {
                    notParam = "`" + la.lifetime().name() + "` is not a generic parameter";
                    break;
                }
        }
        java.util.Map<Integer, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < self.args().size() && notParam == null; i++) {
            Ty arg = self.args().get(i);
            if (!(arg instanceof Ty.Param p)) notParam = "`" + arg.display(cx.defs) + "` is not a generic parameter";
            else if (position.putIfAbsent(p.index(), i) != null) notParam = "`" + p.name() + "` is mentioned multiple times";
        }
        Item decl = declOf(adt.span());
        Span adtHeader = adtHeader(decl, adt);
        if (notParam != null) {
            cx.diags.add(Diagnostic.error("E0366", "`Drop` impls cannot be specialized").primary(header, "")
                    .note(notParam)
                    .spanNote("use the same sequence of generic lifetime, type and const parameters as the "
                            + (adt.isEnum() ? "enum" : "struct") + " definition", List.of(Label.primary(adtHeader, "")))
                    .build());
            return true;
        }
        // the impl's predicates over the type's own parameters must be the type's
        List<Ty> toAdt = new ArrayList<>();
        for (int k = 0; k < impl.generics().params().size(); k++) {
            Integer pos = position.get(k);
            toAdt.add(pos == null || pos >= adt.genericParams().size() ? new Ty.Param(k, impl.generics().params().get(k))
                    : new Ty.Param(pos, adt.genericParams().get(pos)));
        }
        List<dev.heaplab.core.types.GenericsDef.Predicate> own = cx.adtPredicates.getOrDefault(adt.id(), List.of());
        DefId sized = cx.langTrait("Sized");
        for (dev.heaplab.core.types.GenericsDef.Predicate p : impl.generics().predicates()) {
            if (p.trait().equals(sized)) continue; // implicit on both sides (made explicit on the impl's)
            Ty pSelf = dev.heaplab.core.types.TySubst.subst(p.self(), toAdt);
            List<Ty> pArgs = dev.heaplab.core.types.TySubst.subst(p.traitArgs(), toAdt);
            boolean implied = own.stream().anyMatch(q -> q.trait().equals(p.trait()) && sameParam(q.self(), pSelf)
                    && q.traitArgs().size() == pArgs.size());
            if (implied) continue;
            String bound = p.self().display(cx.defs) + ": " + cx.defs.name(p.trait());
            cx.diags.add(Diagnostic.error("E0367", "`Drop` impl requires `" + bound + "` but the "
                    + (adt.isEnum() ? "enum" : "struct") + " it is implemented for does not")
                    .primary(boundSpan(written, p.self(), cx.defs.name(p.trait()), header), "")
                    .spanNote("the implementor must specify the same requirement", List.of(Label.primary(adtHeader, "")))
                    .build());
            return true;
        }
        return false;
    }

    private static boolean sameParam(Ty a, Ty b) {
        return a instanceof Ty.Param x && b instanceof Ty.Param y ? x.index() == y.index() : a.equals(b);
    }

    /** Where a bound `T: Trait` is written in an impl's generics (the trait's path), else {@code fallback}. */
    private static Span boundSpan(Item.ImplDecl written, Ty self, String trait, Span fallback) {
        String param = self instanceof Ty.Param p ? p.name() : null;
        for (dev.heaplab.core.syntax.Generics.GenericParam gp : written.generics().params())
            if (gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp && tp.name().name().equals(param))
                for (dev.heaplab.core.syntax.Generics.Bound b : tp.bounds())
                    if (b instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb && tb.path().last().name().name().equals(trait))
                        return tb.path().span();
        for (dev.heaplab.core.syntax.Generics.WherePredicate w : written.generics().where())
            if (w.boundedType() instanceof dev.heaplab.core.syntax.TypeExpr.PathType pt && pt.path().segments().size() == 1
                    && pt.path().last().name().name().equals(param))
                for (dev.heaplab.core.syntax.Generics.Bound b : w.bounds())
                    if (b instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb && tb.path().last().name().name().equals(trait))
                        return tb.path().span();
        return fallback;
    }

    /** `struct Name<..>` / `enum Name<..>`: a type's header, where rustc points its notes. */
    private Span adtHeader(Item decl, AdtDef adt) {
        if (cx.sources == null || cx.sources.fileOf(adt.span()) == null) return adt.span();
        String text = cx.sources.fileOf(adt.span()).slice(adt.span());
        int end = text.length();
        for (String stop : List.of("{", "(", ";", "where")) {
            int at = text.indexOf(stop);
            if (at > 0 && at < end) end = at;
        }
        // the parameters' bounds may hold `(` or `{` only in rare forms; the header ends before the body
        return new Span(adt.span().lo(), adt.span().lo() + text.substring(0, end).stripTrailing().length());
    }

    /** E0592: two inherent impls of one type defining one name; rustc points at the first definition. */
    private void duplicateInherent(ImplDef impl, List<ImplDef> earlier) {
        for (ImplDef other : earlier) {
            if (other.trait() != null || !other.selfTy().equals(impl.selfTy())) continue;
            for (var m : impl.methods().entrySet()) {
                DefId first = other.methods().get(m.getKey());
                FnDef f1 = first == null ? null : cx.defs.fn(first), f2 = cx.defs.fn(m.getValue());
                if (f1 == null || f2 == null || f1.decl() == null || f2.decl() == null) continue;
                cx.diags.add(Diagnostic.error("E0592", "duplicate definitions with name `" + m.getKey() + "`")
                        .primary(signature(f1.decl()), "duplicate definitions for `" + m.getKey() + "`")
                        .secondary(signature(f2.decl()), "other definition for `" + m.getKey() + "`").build());
                return;
            }
        }
    }

    private enum Overlap { NO, YES, UNKNOWN }

    /**
     * Do two impls of one trait apply to a common type (E0119)? Their headers are unified, each impl's
     * parameters standing for any type; then a where-clause that cannot hold for the unified types keeps
     * them apart: decided when its trait or its type is the program's own, unknown otherwise (rustc
     * then also counts impls a foreign crate may add later).
     */
    private Overlap overlap(ImplDef a, ImplDef b) {
        int shift = 1 << 16;
        List<Ty> rename = new ArrayList<>();
        for (int i = 0; i < b.generics().params().size(); i++) rename.add(new Ty.Param(shift + i, b.generics().params().get(i)));
        java.util.Map<Integer, Ty> sub = new java.util.HashMap<>();
        List<Ty> left = new ArrayList<>(List.of(a.selfTy())), right = new ArrayList<>(List.of(b.selfTy()));
        left.addAll(a.traitArgs());
        right.addAll(b.traitArgs());
        if (left.size() != right.size()) return Overlap.NO;
        for (int i = 0; i < left.size(); i++)
            if (!unify(left.get(i), dev.heaplab.core.types.TySubst.subst(right.get(i), rename), sub)) return Overlap.NO;
        InferCtxt icx = new InferCtxt();
        java.util.Map<Integer, Ty> free = new java.util.HashMap<>();
        TraitSolver solver = new TraitSolver(cx, icx, List.of(), d -> null);
        Overlap result = Overlap.YES;
        List<dev.heaplab.core.types.GenericsDef.Predicate> preds = new ArrayList<>();
        for (var p : a.generics().predicates()) preds.add(p);
        for (var p : b.generics().predicates())
            preds.add(new dev.heaplab.core.types.GenericsDef.Predicate(dev.heaplab.core.types.TySubst.subst(p.self(), rename),
                    p.trait(), dev.heaplab.core.types.TySubst.subst(p.traitArgs(), rename), java.util.Map.of()));
        for (var p : preds) {
            Ty self = resolve(p.self(), sub, free, icx);
            List<Ty> args = p.traitArgs().stream().map(t -> resolve(t, sub, free, icx)).toList();
            if (solver.select(self, p.trait(), args, 0).outcome() != TraitSolver.Outcome.NO) continue;
            TraitDef td = cx.defs.trait(p.trait());
            boolean localTrait = td != null && !CheckedStd.isStd(td.span());
            if (localTrait || local(self) || decidedForeign(self)) return Overlap.NO;
            result = Overlap.UNKNOWN;
        }
        return result;
    }

    /** Scalars and `str`: no crate but core can add impls for them either way. */
    private static boolean decidedForeign(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char || t instanceof Ty.Str;
    }

    private static boolean unify(Ty x0, Ty y0, java.util.Map<Integer, Ty> sub) {
        Ty x = walk(x0, sub), y = walk(y0, sub);
        if (x.equals(y)) return true;
        if (x instanceof Ty.Param p) return bind(p, y, sub);
        if (y instanceof Ty.Param p) return bind(p, x, sub);
        return switch (x) {
            case Ty.Adt a when y instanceof Ty.Adt b -> a.def().equals(b.def()) && unifyAll(a.args(), b.args(), sub);
            case Ty.Ref a when y instanceof Ty.Ref b -> a.mutable() == b.mutable() && unify(a.inner(), b.inner(), sub);
            case Ty.RawPtr a when y instanceof Ty.RawPtr b -> a.mutable() == b.mutable() && unify(a.inner(), b.inner(), sub);
            case Ty.Tuple a when y instanceof Ty.Tuple b -> unifyAll(a.elems(), b.elems(), sub);
            case Ty.Slice a when y instanceof Ty.Slice b -> unify(a.elem(), b.elem(), sub);
            case Ty.Array a when y instanceof Ty.Array b -> a.len() == b.len() && unify(a.elem(), b.elem(), sub);
            case Ty.Dynamic a when y instanceof Ty.Dynamic b -> a.trait().equals(b.trait()) && unifyAll(a.traitArgs(), b.traitArgs(), sub);
            case Ty.FnPtr a when y instanceof Ty.FnPtr b -> unifyAll(a.params(), b.params(), sub) && unify(a.ret(), b.ret(), sub);
            // projections and the like: taken as possibly equal, so an overlap is not missed
            case Ty.Projection a -> true;
            default -> y instanceof Ty.Projection;
        };
    }

    private static boolean unifyAll(List<Ty> xs, List<Ty> ys, java.util.Map<Integer, Ty> sub) {
        if (xs.size() != ys.size()) return false;
        for (int i = 0; i < xs.size(); i++) if (!unify(xs.get(i), ys.get(i), sub)) return false;
        return true;
    }

    private static Ty walk(Ty t, java.util.Map<Integer, Ty> sub) {
        while (t instanceof Ty.Param p && sub.containsKey(p.index())) t = sub.get(p.index());
        return t;
    }

    private static boolean bind(Ty.Param p, Ty t, java.util.Map<Integer, Ty> sub) {
        if (mentionsParam(t, p.index(), sub)) return false;
        sub.put(p.index(), t);
        return true;
    }

    private static boolean mentionsParam(Ty t, int index, java.util.Map<Integer, Ty> sub) {
        boolean[] found = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            Ty w = walk(x, sub);
            if (w instanceof Ty.Param q && q.index() == index) found[0] = true;
            else if (w != x && !found[0]) found[0] = mentionsParam(w, index, sub);
            return x;
        });
        return found[0];
    }

    /** A unified type with its parameters replaced: bound ones by their types, free ones by inference variables. */
    private static Ty resolve(Ty t, java.util.Map<Integer, Ty> sub, java.util.Map<Integer, Ty> free, InferCtxt icx) {
        return dev.heaplab.core.types.TySubst.map(t, x -> {
            if (!(x instanceof Ty.Param p)) return x;
            Ty w = walk(p, sub);
            if (w instanceof Ty.Param q) return free.computeIfAbsent(q.index(), k -> icx.fresh());
            return resolve(w, sub, free, icx);
        });
    }

    private boolean isBlanket(ImplDef impl) {
        return impl.selfTy() instanceof Ty.Param p && impl.generics().params().size() == 1
                && impl.generics().predicates().stream().noneMatch(q -> q.self().equals(p) && !"Sized".equals(cx.defs.name(q.trait())));
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
