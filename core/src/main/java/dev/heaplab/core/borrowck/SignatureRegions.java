package dev.heaplab.core.borrowck;

import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.Ty;
import java.util.List;

/** Which parameter lifetimes a function's return type can carry, by its signature and elision. */
final class SignatureRegions {
    private SignatureRegions() {}

    /**
     * Does the output of {@code sig} mention the lifetime {@code r} of parameter {@code k}? A named
     * lifetime when written in the output; an elided one when the output has elided references and
     * the parameter is `&self` or the only reference parameter. Trait objects and closures in the
     * output might capture any lifetime, so they count as mentioning it; a type parameter cannot
     * (the callee cannot turn its `&'r T` argument into a `U`).
     */
    static boolean outputMentions(FnSig sig, int k, Region r, boolean selfRef, java.util.function.Predicate<Ty.Adt> borrowingAdt) {
        return outputMentions(sig, k, r, selfRef, borrowingAdt, false);
    }

    /** The same, where {@code dynsStatic} says the output's trait objects are `'static` ({@link #dynsStatic}). */
    static boolean outputMentions(FnSig sig, int k, Region r, boolean selfRef, java.util.function.Predicate<Ty.Adt> borrowingAdt,
                                  boolean dynsStatic) {
        boolean[] named = {false}, elided = {false}, opaque = {false};
        scan(sig.output(), r, named, elided, opaque, borrowingAdt, dynsStatic);
        if (opaque[0] || named[0]) return true;
        if (r.isNamed() || !elided[0]) return false;
        if (selfRef) return k == 0;
        int refs = 0;
        for (Ty in : sig.inputs()) if (in instanceof Ty.Ref) refs++;
        return refs == 1;
    }

    /**
     * Does the written return type of {@code fn} name every lifetime it carries: no elided `&` or
     * `'_`, no borrowing struct without lifetime arguments, no `Self`, trait object or `impl Trait`?
     * Then a parameter's elided lifetime, a fresh region no bound can relate, cannot be in the result
     * (`fn next_token(&mut self) -> Option<Token<'a>>` returns nothing borrowed from `*self` itself).
     */
    static boolean outputAllNamed(dev.heaplab.core.types.FnDef fn, dev.heaplab.core.types.ProgramDefs defs,
                                  java.util.function.Predicate<Ty.Adt> borrowingAdt) {
        if (fn == null || fn.decl() == null || fn.decl().ret() == null) return false;
        java.util.Set<String> borrowing = new java.util.HashSet<>();
        dev.heaplab.core.types.TySubst.map(fn.sig().output(), x -> {
            if (x instanceof Ty.Adt a && borrowingAdt.test(a) && defs.adt(a.def()) != null) borrowing.add(defs.adt(a.def()).name());
            return x;
        });
        List<String> written = new java.util.ArrayList<>();
        return PointeeLifetimes.writtenLifetimes(fn.decl().ret(), borrowing, written) && !written.contains("'_");
    }

    /**
     * Does an `impl Trait` return type leave parameter {@code k}'s borrows out of the result: a
     * `+ 'static` bound, or a `use<..>` list naming none of its lifetimes (nor one they outlive)? Read
     * only for a parameter made of references and plain data: a type parameter is always captured,
     * and a struct's lifetimes are not in its type.
     */
    static boolean opaqueLeavesOut(dev.heaplab.core.types.FnDef fn, dev.heaplab.core.types.ProgramDefs defs, int k,
                                   java.util.function.Predicate<Ty.Adt> borrowingAdt) {
        if (fn == null || fn.decl() == null || !(fn.decl().ret() instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType it)) return false;
        if (k < 0 || k >= fn.sig().inputs().size()) return false;
        List<Region> regions = new java.util.ArrayList<>();
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(fn.sig().inputs().get(k), x -> {
            switch (x) {
                case Ty.Ref r -> regions.add(r.region());
                case Ty.Adt a when borrowingAdt.test(a) -> open[0] = true;
                case Ty.Param p -> open[0] = true;
                case Ty.Projection p -> open[0] = true;
                case Ty.Closure c -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Opaque o -> open[0] = true;
                case Ty.FnPtr f -> open[0] = true;
                default -> { }
            }
            return x;
        });
        if (open[0]) return false;
        boolean staticBound = false, otherBound = false;
        for (var b : it.bounds()) {
            if (b instanceof dev.heaplab.core.syntax.Generics.Bound.LifetimeBound lb) {
                if (lb.lifetime().name().equals("'static")) staticBound = true;
                else otherBound = true;
            }
        }
        if (staticBound) return true;
        dev.heaplab.core.types.ProgramDefs.OpaqueBounds ob = defs.opaque(fn.id());
        if (otherBound || ob == null || ob.captures() == null) return false;
        SignatureOutlives outlives = new SignatureOutlives(fn);
        for (Region r : regions) {
            if (r.isNamed() && r.name().equals("'static")) continue;
            if (inCaptures(r.isNamed() ? r.name() : null, ob.captures(), outlives)) return false;
        }
        return true;
    }

    /**
     * Is a lifetime captured by a `use<..>` list: an elided one ({@code named} null) when `'_` is listed,
     * a named one when it outlives a listed lifetime (itself included)?
     */
    static boolean inCaptures(String named, List<String> captures, SignatureOutlives outlives) {
        if (named == null) return captures.contains("'_");
        for (String c : captures) if (c.startsWith("'") && !c.equals("'_") && outlives.proves(named, c)) return true;
        return false;
    }

    private static void scan(Ty t, Region r, boolean[] named, boolean[] elided, boolean[] opaque,
                             java.util.function.Predicate<Ty.Adt> borrowingAdt, boolean dynsStatic) {
        switch (t) {
            case Ty.Ref ref -> {
                if (ref.region().isNamed() && ref.region().equals(r)) named[0] = true;
                if (!ref.region().isNamed()) elided[0] = true;
                scan(ref.inner(), r, named, elided, opaque, borrowingAdt, dynsStatic);
            }
            case Ty.Adt a -> {
                // Lifetime arguments of structs are not kept in types: a struct that can borrow
                // (an iterator, a guard, a user struct with a reference field) may carry `'r`.
                if (borrowingAdt.test(a)) opaque[0] = true;
                a.args().forEach(x -> scan(x, r, named, elided, opaque, borrowingAdt, dynsStatic));
            }
            case Ty.Tuple tu -> tu.elems().forEach(x -> scan(x, r, named, elided, opaque, borrowingAdt, dynsStatic));
            case Ty.Array a -> scan(a.elem(), r, named, elided, opaque, borrowingAdt, dynsStatic);
            case Ty.Slice sl -> scan(sl.elem(), r, named, elided, opaque, borrowingAdt, dynsStatic);
            case Ty.Dynamic d -> { if (!dynsStatic) opaque[0] = true; }
            case Ty.Closure c -> opaque[0] = true;
            default -> { }
        }
    }

    /**
     * Are the trait objects in {@code fn}'s written return type all `'static` by default
     * (`Result<usize, Box<dyn Error>>`: a `dyn` outside any reference, with no lifetime bound written)?
     * Read only when the written type has no reference, lifetime argument, function pointer, qualified
     * path or `impl Trait`, and shows as many `dyn` as the type has (no alias hiding one).
     */
    static boolean dynsStatic(dev.heaplab.core.types.FnDef fn) {
        if (fn == null || fn.decl() == null || fn.decl().ret() == null) return false;
        int[] dyns = {0};
        if (!plainDyns(fn.decl().ret(), dyns) || dyns[0] == 0) return false;
        int[] found = {0};
        dev.heaplab.core.types.TySubst.map(fn.sig().output(), x -> {
            if (x instanceof Ty.Dynamic) found[0]++;
            return x;
        });
        return found[0] == dyns[0];
    }

    private static boolean plainDyns(dev.heaplab.core.syntax.TypeExpr t, int[] dyns) {
        return switch (t) {
            case dev.heaplab.core.syntax.TypeExpr.PathType p -> {
                if (p.path().qself() != null) yield false;
                for (dev.heaplab.core.syntax.Path.PathSegment seg : p.path().segments()) {
                    for (dev.heaplab.core.syntax.Path.GenericArg g : seg.args()) {
                        boolean ok = switch (g) {
                            case dev.heaplab.core.syntax.Path.GenericArg.TypeArg ta -> plainDyns(ta.type(), dyns);
                            case dev.heaplab.core.syntax.Path.GenericArg.AssocBinding ab -> plainDyns(ab.type(), dyns);
                            case dev.heaplab.core.syntax.Path.GenericArg.LifetimeArg la -> la.lifetime().name().equals("'static");
                            case dev.heaplab.core.syntax.Path.GenericArg.ConstArg ca -> true;
                        };
                        if (!ok) yield false;
                    }
                }
                yield true;
            }
            case dev.heaplab.core.syntax.TypeExpr.DynTraitType d -> {
                dyns[0]++;
                for (dev.heaplab.core.syntax.Generics.Bound b : d.bounds()) {
                    if (b instanceof dev.heaplab.core.syntax.Generics.Bound.LifetimeBound lb && !lb.lifetime().name().equals("'static")) yield false;
                }
                yield true;
            }
            case dev.heaplab.core.syntax.TypeExpr.TupleType tu -> tu.elems().stream().allMatch(e -> plainDyns(e, dyns));
            case dev.heaplab.core.syntax.TypeExpr.ArrayType a -> plainDyns(a.elem(), dyns);
            case dev.heaplab.core.syntax.TypeExpr.SliceType sl -> plainDyns(sl.elem(), dyns);
            case dev.heaplab.core.syntax.TypeExpr.NeverType n -> true;
            case dev.heaplab.core.syntax.TypeExpr.RefType r -> false;
            case dev.heaplab.core.syntax.TypeExpr.RawPtrType r -> false;
            case dev.heaplab.core.syntax.TypeExpr.FnPtrType f -> false;
            case dev.heaplab.core.syntax.TypeExpr.ImplTraitType i -> false;
            case dev.heaplab.core.syntax.TypeExpr.InferType i -> false;
        };
    }
}
