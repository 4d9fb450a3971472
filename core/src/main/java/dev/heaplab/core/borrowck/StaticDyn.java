package dev.heaplab.core.borrowck;

import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.List;

/**
 * Whether a function's parameter, as written, holds a trait object whose lifetime is `'static`: written
 * `dyn T + 'static`, or `dyn T` outside a reference (`Box<dyn Fn()>`, `Vec<Box<dyn Shape>>`), whose
 * default object lifetime is `'static` in a signature. What the argument must then hold:
 * <ul>
 * <li>{@link Need#OWNED}: no other lifetime in the type, so every borrow in the argument is `'static`;</li>
 * <li>{@link Need#BEHIND_REF}: a reference to such a type (`&mut Vec<Box<dyn T>>`), so the borrows its
 *     pointee holds;</li>
 * <li>{@link Need#UNKNOWN}: other lifetimes in an owned value, or a trait object heaplab cannot see in the
 *     written type (an alias): not decided here.</li>
 * </ul>
 */
final class StaticDyn {
    enum Need { NONE, OWNED, BEHIND_REF, UNKNOWN }

    private StaticDyn() {}

    /** For input {@code i} of {@code fn}'s signature (the receiver first for methods). */
    static Need of(FnDef fn, int i, ProgramDefs defs, TypeQueries tq) {
        if (fn.decl() == null || i >= fn.sig().inputs().size()) return Need.NONE;
        Ty semantic = fn.sig().inputs().get(i);
        if (!hasDyn(semantic)) return Need.NONE;
        Item.FnDecl d = fn.decl();
        int index = d.selfParam() != null ? i - 1 : i;
        TypeExpr written = index < 0 ? d.selfParam().explicitType() : index < d.params().size() ? d.params().get(index).type() : null;
        // std's `impl dyn Error + 'static` (`downcast_ref`): a `&self` receiver whose pointee is that object
        if (written == null && index < 0 && fn.isBuiltin() && dev.heaplab.core.typeck.CheckedStd.isStd(fn.span())
                && semantic instanceof Ty.Ref r && r.inner() instanceof Ty.Dynamic) return Need.BEHIND_REF;
        if (written == null) return Need.UNKNOWN;
        boolean[] seen = new boolean[2]; // [0]: a 'static trait object; [1]: any trait object
        walk(written, false, seen);
        if (!seen[1]) return Need.UNKNOWN;
        if (!seen[0]) return Need.NONE;
        List<TargetRegions.Target> lifetimes = new TargetRegions(fn, defs, tq).written(written);
        boolean others = lifetimes.stream().anyMatch(t -> t.kind() != TargetRegions.Kind.STATIC && t.kind() != TargetRegions.Kind.STATIC_DYN);
        if (!others) return Need.OWNED;
        return written instanceof TypeExpr.RefType r && !lifetimesIn(r.inner(), fn, defs, tq) ? Need.BEHIND_REF : Need.UNKNOWN;
    }

    /** Any lifetime other than `'static` inside this written type. */
    private static boolean lifetimesIn(TypeExpr t, FnDef fn, ProgramDefs defs, TypeQueries tq) {
        return new TargetRegions(fn, defs, tq).written(t).stream()
                .anyMatch(x -> x.kind() != TargetRegions.Kind.STATIC && x.kind() != TargetRegions.Kind.STATIC_DYN);
    }

    private static boolean hasDyn(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Dynamic) found[0] = true;
            return x;
        });
        return found[0];
    }

    private static void walk(TypeExpr t, boolean underRef, boolean[] seen) {
        switch (t) {
            case TypeExpr.RefType r -> {
                // `&'static dyn T` defaults to the reference's `'static`.
                boolean staticRef = r.lifetime() != null && r.lifetime().name().equals("'static");
                walk(r.inner(), !staticRef, seen);
            }
            case TypeExpr.DynTraitType d -> {
                seen[1] = true;
                String bound = null;
                for (Generics.Bound b : d.bounds()) if (b instanceof Generics.Bound.LifetimeBound lb) bound = lb.lifetime().name();
                if (bound == null ? !underRef : bound.equals("'static")) seen[0] = true;
            }
            case TypeExpr.PathType p -> {
                for (Path.PathSegment s : p.path().segments()) {
                    for (Path.GenericArg a : s.args()) if (a instanceof Path.GenericArg.TypeArg ta) walk(ta.type(), false, seen);
                }
            }
            case TypeExpr.TupleType tt -> tt.elems().forEach(e -> walk(e, false, seen));
            case TypeExpr.ArrayType a -> walk(a.elem(), false, seen);
            case TypeExpr.SliceType s -> walk(s.elem(), false, seen);
            case TypeExpr.ImplTraitType i -> seen[1] = true;
            case TypeExpr.RawPtrType rp -> { }
            case TypeExpr.FnPtrType f -> { }
            case TypeExpr.NeverType n -> { }
            case TypeExpr.InferType i -> { }
        }
    }
}
