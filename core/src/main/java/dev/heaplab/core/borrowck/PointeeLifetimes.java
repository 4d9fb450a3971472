package dev.heaplab.core.borrowck;

import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lifetimes a reference parameter's pointee carries, read from the written signature (struct
 * lifetime arguments are not kept in types): what a value copied out of the pointee (`w[0]` for
 * `w: &[&'b str]`) may borrow for.
 */
final class PointeeLifetimes {
    private PointeeLifetimes() {}

    /**
     * The lifetimes written inside the pointee of parameter {@code k} (0-based, `self` first): `'_`
     * for an elided one, including a struct's hidden lifetime; null when they cannot be read from
     * the written type (`self`, trait objects, `impl Trait`, function pointers, `Self`).
     */
    static List<String> of(FnDef fn, ProgramDefs defs, Predicate<Ty.Adt> borrowingAdt, int k) {
        if (fn.decl() == null) return null;
        int i = k - (fn.selfKind() != null ? 1 : 0);
        if (i < 0 || i >= fn.decl().params().size()) return null;
        if (!(fn.decl().params().get(i).type() instanceof TypeExpr.RefType r)) return null;
        java.util.Set<String> borrowing = new java.util.HashSet<>();
        dev.heaplab.core.types.TySubst.map(fn.sig().inputs().get(k), x -> {
            if (x instanceof Ty.Adt a && borrowingAdt.test(a) && defs.adt(a.def()) != null) borrowing.add(defs.adt(a.def()).name());
            return x;
        });
        List<String> out = new ArrayList<>();
        return writtenLifetimes(r.inner(), borrowing, out) ? out : null;
    }

    /**
     * The lifetimes written in the type of by-value parameter {@code k} (0-based, `self` first:
     * `w: Wrapper<'b>`, `o: Option<&'b str>`), `'_` for an elided one; null when the parameter is
     * written as a reference or its lifetimes cannot be read from the written type.
     */
    static List<String> ofValue(FnDef fn, ProgramDefs defs, Predicate<Ty.Adt> borrowingAdt, int k) {
        if (fn.decl() == null) return null;
        int i = k - (fn.selfKind() != null ? 1 : 0);
        if (i < 0 || i >= fn.decl().params().size()) return null;
        TypeExpr written = fn.decl().params().get(i).type();
        if (written instanceof TypeExpr.RefType) return null;
        java.util.Set<String> borrowing = new java.util.HashSet<>();
        dev.heaplab.core.types.TySubst.map(fn.sig().inputs().get(k), x -> {
            if (x instanceof Ty.Adt a && borrowingAdt.test(a) && defs.adt(a.def()) != null) borrowing.add(defs.adt(a.def()).name());
            return x;
        });
        List<String> out = new ArrayList<>();
        return writtenLifetimes(written, borrowing, out) ? out : null;
    }

    static boolean writtenLifetimes(TypeExpr t, java.util.Set<String> borrowing, List<String> out) {
        return switch (t) {
            case TypeExpr.RefType r -> {
                out.add(r.lifetime() == null ? "'_" : r.lifetime().name());
                yield writtenLifetimes(r.inner(), borrowing, out);
            }
            case TypeExpr.PathType p -> {
                var segs = p.path().segments();
                if (segs.size() == 1 && segs.get(0).name().name().equals("Self")) yield false;
                boolean lifetimeArg = false;
                for (var seg : segs) {
                    for (var a : seg.args()) {
                        switch (a) {
                            case Path.GenericArg.LifetimeArg l -> { out.add(l.lifetime().name()); lifetimeArg = true; }
                            case Path.GenericArg.TypeArg ta -> { if (!writtenLifetimes(ta.type(), borrowing, out)) yield false; }
                            default -> { }
                        }
                    }
                }
                if (!lifetimeArg && borrowing.contains(segs.get(segs.size() - 1).name().name())) out.add("'_");
                yield true;
            }
            case TypeExpr.TupleType tt -> tt.elems().stream().allMatch(e -> writtenLifetimes(e, borrowing, out));
            case TypeExpr.ArrayType a -> writtenLifetimes(a.elem(), borrowing, out);
            case TypeExpr.SliceType sl -> writtenLifetimes(sl.elem(), borrowing, out);
            case TypeExpr.NeverType n -> true;
            // `dyn Trait + 'x` holds only data outliving its written bound; without one its lifetime
            // depends on where it is written, which is not read here.
            case TypeExpr.DynTraitType d -> {
                boolean bounded = false;
                for (var b : d.bounds()) {
                    switch (b) {
                        case dev.heaplab.core.syntax.Generics.Bound.LifetimeBound lb -> { out.add(lb.lifetime().name()); bounded = true; }
                        case dev.heaplab.core.syntax.Generics.Bound.UseBound u -> { }
                        case dev.heaplab.core.syntax.Generics.Bound.TraitBound tb -> {
                            for (var seg : tb.path().segments()) {
                                for (var a : seg.args()) {
                                    switch (a) {
                                        case Path.GenericArg.LifetimeArg l -> out.add(l.lifetime().name());
                                        case Path.GenericArg.TypeArg ta -> { if (!writtenLifetimes(ta.type(), borrowing, out)) yield false; }
                                        case Path.GenericArg.AssocBinding ab -> { if (!writtenLifetimes(ab.type(), borrowing, out)) yield false; }
                                        case Path.GenericArg.ConstArg ca -> { }
                                    }
                                }
                            }
                        }
                    }
                }
                yield bounded;
            }
            default -> false;
        };
    }

}
