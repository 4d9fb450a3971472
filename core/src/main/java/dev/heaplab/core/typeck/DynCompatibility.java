package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * rustc's E0038: `dyn Trait` of one of the program's traits that cannot have a vtable, because a
 * method (without `where Self: Sized`) has no `self`, mentions `Self` outside its receiver (a
 * `Self::Item` projection aside), or has type parameters; or because the trait requires `Sized`
 * (directly or through `Clone`, `Copy`, `Default`). The standard library's traits are left alone:
 * their stubs do not carry the `where Self: Sized` that keeps the real ones dyn-compatible.
 */
final class DynCompatibility {
    private DynCompatibility() {}

    private record Violation(Span at, String why) {}

    /** The standard library's traits that require `Self: Sized` (`Clone: Sized`, ...). */
    private static final List<String> SIZED_STD = List.of("Sized", "Clone", "Copy", "Default");

    static void run(ProgramCx cx) {
        Set<Span> seen = new HashSet<>();
        for (ProgramCx.DynSite site : cx.dynSites) {
            if (CheckedStd.isStd(site.span()) || !seen.add(site.span())) continue;
            TraitDef td = cx.defs.trait(site.trait());
            if (td != null && CheckedStd.isStd(td.span()) && SIZED_STD.contains(td.name())) {
                // `dyn Clone`: the standard library's traits that require `Self: Sized` themselves
                cx.diags.add(Diagnostic.error("E0038", "the trait `" + td.name() + "` is not dyn compatible")
                        .primary(site.span(), "`" + td.name() + "` is not dyn compatible")
                        .note("the trait is not dyn compatible because it requires `Self: Sized`")
                        .note("for a trait to be dyn compatible it needs to allow building a vtable\n"
                                + "for more information, visit <https://doc.rust-lang.org/reference/items/traits.html#dyn-compatibility>")
                        .build());
                continue;
            }
            if (td == null || CheckedStd.isStd(td.span())) continue;
            Violation v = violation(cx, td, new HashSet<>());
            if (v == null) continue;
            Span name = cx.itemDecls.get(td.id()) instanceof Item.TraitDecl t ? t.name().span() : td.span();
            List<Label> labels = v.at() == null ? List.of(Label.secondary(name, "this trait is not dyn compatible..."))
                    : List.of(Label.secondary(name, "this trait is not dyn compatible..."), Label.primary(v.at(), "...because " + v.why()));
            cx.diags.add(Diagnostic.error("E0038", "the trait `" + td.name() + "` is not dyn compatible")
                    .primary(site.span(), "`" + td.name() + "` is not dyn compatible")
                    .spanNote("for a trait to be dyn compatible it needs to allow building a vtable\n"
                            + "for more information, visit <https://doc.rust-lang.org/reference/items/traits.html#dyn-compatibility>", labels)
                    .build());
        }
    }

    private static Violation violation(ProgramCx cx, TraitDef td, Set<DefId> visited) {
        if (!visited.add(td.id())) return null;
        for (DefId sup : td.supertraits()) {
            TraitDef s = cx.defs.trait(sup);
            if (s == null) continue;
            if (CheckedStd.isStd(s.span())) {
                if (SIZED_STD.contains(s.name())) return new Violation(null, "it requires `Self: Sized`");
                // `PartialEq` and the comparison traits default their parameter to `Self`
                if (List.of("Eq", "Ord").contains(s.name())) return new Violation(null, "it uses `Self` as a type parameter");
                for (dev.heaplab.core.types.GenericsDef.Predicate p : td.generics().predicates())
                    if (p.trait().equals(sup) && p.self() instanceof Ty.Param sp && sp.index() == 0
                            && p.traitArgs().stream().anyMatch(DynCompatibility::mentionsSelf))
                        return new Violation(null, "it uses `Self` as a type parameter");
                continue;
            }
            Violation v = violation(cx, s, visited);
            if (v != null) return v;
        }
        int traitParams = td.generics().params().size();
        for (DefId m : td.methods().values()) {
            FnDef f = cx.defs.fn(m);
            if (f == null || f.decl() == null || sizedOnly(f.decl())) continue;
            Item.FnDecl d = f.decl();
            // an associated const is checked as a function without `self` (SignatureCollector.constAsFn)
            if (cx.itemDecls.get(td.id()) instanceof Item.TraitDecl t && t.items().stream().anyMatch(i -> i instanceof Item.ConstDecl c
                    && c.name().name().equals(d.name().name()))) return new Violation(d.name().span(), "it contains associated const `" + d.name().name() + "`");
            if (d.selfParam() == null) return new Violation(d.name().span(), "associated function `" + d.name().name() + "` has no `self` parameter");
            if (f.generics().params().size() > traitParams) return new Violation(d.name().span(), "method `" + d.name().name() + "` has generic type parameters");
            List<Ty> in = f.sig().inputs();
            for (int k = 1; k < in.size(); k++) {
                if (mentionsSelf(in.get(k))) return new Violation(d.params().get(k - 1).type().span(),
                        "method `" + d.name().name() + "` references the `Self` type in this parameter");
            }
            if (d.ret() instanceof TypeExpr.ImplTraitType) return new Violation(d.ret().span(),
                    "method `" + d.name().name() + "` references an `impl Trait` type in its return type");
            if (mentionsSelf(f.sig().output())) return new Violation(d.ret() != null ? d.ret().span() : d.name().span(),
                    "method `" + d.name().name() + "` references the `Self` type in its return type");
        }
        return null;
    }

    /** `where Self: Sized` on a method keeps it out of the vtable. */
    private static boolean sizedOnly(Item.FnDecl f) {
        for (Generics.WherePredicate w : f.generics().where()) {
            if (!(w.boundedType() instanceof TypeExpr.PathType p) || p.path().segments().size() != 1
                    || !p.path().segments().get(0).name().name().equals("Self")) continue;
            for (Generics.Bound b : w.bounds()) {
                if (b instanceof Generics.Bound.TraitBound tb && !tb.maybe() && tb.path().last().name().name().equals("Sized")) return true;
            }
        }
        return false;
    }

    /** Does the type name `Self` (parameter 0) other than as the self type of an associated-type projection? */
    private static boolean mentionsSelf(Ty t) {
        return switch (t) {
            case Ty.Param p -> p.index() == 0;
            case Ty.Projection p -> p.traitArgs().stream().anyMatch(DynCompatibility::mentionsSelf)
                    || !(p.self() instanceof Ty.Param s && s.index() == 0) && mentionsSelf(p.self());
            case Ty.Tuple tu -> tu.elems().stream().anyMatch(DynCompatibility::mentionsSelf);
            case Ty.Array a -> mentionsSelf(a.elem());
            case Ty.Slice s -> mentionsSelf(s.elem());
            case Ty.Ref r -> mentionsSelf(r.inner());
            case Ty.RawPtr r -> mentionsSelf(r.inner());
            case Ty.Adt a -> a.args().stream().anyMatch(DynCompatibility::mentionsSelf);
            case Ty.FnDef f -> f.args().stream().anyMatch(DynCompatibility::mentionsSelf);
            case Ty.FnPtr f -> f.params().stream().anyMatch(DynCompatibility::mentionsSelf) || mentionsSelf(f.ret());
            case Ty.Closure c -> false;
            case Ty.Dynamic d -> d.traitArgs().stream().anyMatch(DynCompatibility::mentionsSelf);
            case Ty.Opaque o -> o.args().stream().anyMatch(DynCompatibility::mentionsSelf);
            case Ty.Int i -> false;
            case Ty.Float x -> false;
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Str s -> false;
            case Ty.Never n -> false;
            case Ty.Infer i -> false;
            case Ty.Error e -> false;
        };
    }
}
