package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Structural maps over types: substituting generic parameters, and a general bottom-up map. */
public final class TySubst {
    private TySubst() {}

    /** Replaces {@code Param(i)} by {@code args.get(i)}; parameters beyond {@code args} are kept. */
    public static Ty subst(Ty ty, List<Ty> args) {
        if (args.isEmpty()) return ty;
        return mapLeaves(ty, null, args);
    }

    /**
     * What {@link #map} gives for an {@code f} that changes only inference variables (and leaves every
     * other node as it is): {@code f} is called at those leaves alone, in one walk. A type without
     * variables comes back as the same instance.
     */
    public static Ty mapVars(Ty ty, UnaryOperator<Ty> f) { return mapLeaves(ty, f, null); }

    /**
     * One walk that rebuilds only what changes at the leaves: inference variables by {@code vars} (when
     * not null), parameters by {@code args} (when not null; those beyond it kept). Unchanged nodes are
     * kept as the same instances, as {@link #map} keeps them. Cases in order of frequency.
     */
    private static Ty mapLeaves(Ty ty, UnaryOperator<Ty> vars, List<Ty> args) {
        return switch (ty) {
            case Ty.Param p -> args != null && p.index() < args.size() ? args.get(p.index()) : p;
            case Ty.Infer i -> vars != null ? vars.apply(i) : i;
            case Ty.Adt a -> {
                List<Ty> x = leavesAll(a.args(), vars, args);
                yield x == a.args() ? a : new Ty.Adt(a.def(), x);
            }
            case Ty.Ref r -> {
                Ty in = mapLeaves(r.inner(), vars, args);
                yield in == r.inner() ? r : new Ty.Ref(r.region(), r.mutable(), in);
            }
            case Ty.Int i -> i;
            case Ty.Tuple t -> {
                List<Ty> e = leavesAll(t.elems(), vars, args);
                yield e == t.elems() ? t : new Ty.Tuple(e);
            }
            case Ty.Closure c -> {
                List<Ty> x = leavesAll(c.parentArgs(), vars, args);
                yield x == c.parentArgs() ? c : new Ty.Closure(c.def(), x);
            }
            case Ty.Projection p -> {
                List<Ty> x = leavesAll(p.traitArgs(), vars, args);
                Ty self = mapLeaves(p.self(), vars, args);
                yield x == p.traitArgs() && self == p.self() ? p : new Ty.Projection(p.trait(), x, p.name(), self);
            }
            case Ty.Slice s -> {
                Ty e = mapLeaves(s.elem(), vars, args);
                yield e == s.elem() ? s : new Ty.Slice(e);
            }
            case Ty.Array a -> {
                Ty e = mapLeaves(a.elem(), vars, args);
                yield e == a.elem() ? a : new Ty.Array(e, a.len());
            }
            case Ty.Float x -> x;
            case Ty.Bool b -> b;
            case Ty.Char c -> c;
            case Ty.Str x -> x;
            case Ty.Never n -> n;
            case Ty.Error e -> e;
            case Ty.RawPtr p -> {
                Ty in = mapLeaves(p.inner(), vars, args);
                yield in == p.inner() ? p : new Ty.RawPtr(p.mutable(), in);
            }
            case Ty.FnDef d -> {
                List<Ty> x = leavesAll(d.args(), vars, args);
                yield x == d.args() ? d : new Ty.FnDef(d.def(), x);
            }
            case Ty.FnPtr p -> {
                List<Ty> params = leavesAll(p.params(), vars, args);
                Ty ret = mapLeaves(p.ret(), vars, args);
                yield params == p.params() && ret == p.ret() ? p : new Ty.FnPtr(params, ret);
            }
            case Ty.Dynamic d -> {
                List<Ty> x = leavesAll(d.traitArgs(), vars, args);
                yield x == d.traitArgs() ? d : new Ty.Dynamic(d.trait(), x, d.autos());
            }
            case Ty.Opaque o -> {
                List<Ty> x = leavesAll(o.args(), vars, args);
                yield x == o.args() ? o : new Ty.Opaque(o.fn(), x);
            }
        };
    }

    /** The list with {@link #mapLeaves} applied, or {@code tys} itself when every element comes back the same. */
    private static List<Ty> leavesAll(List<Ty> tys, UnaryOperator<Ty> vars, List<Ty> args) {
        List<Ty> out = null;
        for (int i = 0, n = tys.size(); i < n; i++) {
            Ty t = tys.get(i);
            Ty m = mapLeaves(t, vars, args);
            if (out == null && m != t) {
                out = new ArrayList<>(n);
                for (int k = 0; k < i; k++) out.add(tys.get(k));
            }
            if (out != null) out.add(m);
        }
        return out == null ? tys : out;
    }

    public static List<Ty> subst(List<Ty> tys, List<Ty> args) {
        List<Ty> out = new ArrayList<>(tys.size());
        for (int i = 0; i < tys.size(); i++) out.add(subst(tys.get(i), args));
        return out;
    }

    /**
     * Rebuilds {@code ty} bottom-up, applying {@code f} to every node after its children. A node whose
     * children come back unchanged (the same instances) is kept as it is, so that mapping a type that
     * {@code f} leaves alone allocates nothing.
     */
    public static Ty map(Ty ty, UnaryOperator<Ty> f) {
        Ty rebuilt = switch (ty) {
            case Ty.Int i -> i;
            case Ty.Float x -> x;
            case Ty.Bool b -> b;
            case Ty.Char c -> c;
            case Ty.Str s -> s;
            case Ty.Never n -> n;
            case Ty.Param p -> p;
            case Ty.Infer i -> i;
            case Ty.Error e -> e;
            case Ty.Tuple t -> {
                List<Ty> e = mapAll(t.elems(), f);
                yield e == t.elems() ? t : new Ty.Tuple(e);
            }
            case Ty.Array a -> {
                Ty e = map(a.elem(), f);
                yield e == a.elem() ? a : new Ty.Array(e, a.len());
            }
            case Ty.Slice s -> {
                Ty e = map(s.elem(), f);
                yield e == s.elem() ? s : new Ty.Slice(e);
            }
            case Ty.Ref r -> {
                Ty in = map(r.inner(), f);
                yield in == r.inner() ? r : new Ty.Ref(r.region(), r.mutable(), in);
            }
            case Ty.RawPtr p -> {
                Ty in = map(p.inner(), f);
                yield in == p.inner() ? p : new Ty.RawPtr(p.mutable(), in);
            }
            case Ty.Adt a -> {
                List<Ty> args = mapAll(a.args(), f);
                yield args == a.args() ? a : new Ty.Adt(a.def(), args);
            }
            case Ty.FnDef d -> {
                List<Ty> args = mapAll(d.args(), f);
                yield args == d.args() ? d : new Ty.FnDef(d.def(), args);
            }
            case Ty.FnPtr p -> {
                List<Ty> params = mapAll(p.params(), f);
                Ty ret = map(p.ret(), f);
                yield params == p.params() && ret == p.ret() ? p : new Ty.FnPtr(params, ret);
            }
            case Ty.Closure c -> {
                List<Ty> args = mapAll(c.parentArgs(), f);
                yield args == c.parentArgs() ? c : new Ty.Closure(c.def(), args);
            }
            case Ty.Dynamic d -> {
                List<Ty> args = mapAll(d.traitArgs(), f);
                yield args == d.traitArgs() ? d : new Ty.Dynamic(d.trait(), args, d.autos());
            }
            case Ty.Projection p -> {
                List<Ty> args = mapAll(p.traitArgs(), f);
                Ty self = map(p.self(), f);
                yield args == p.traitArgs() && self == p.self() ? p : new Ty.Projection(p.trait(), args, p.name(), self);
            }
            case Ty.Opaque o -> {
                List<Ty> args = mapAll(o.args(), f);
                yield args == o.args() ? o : new Ty.Opaque(o.fn(), args);
            }
        };
        return f.apply(rebuilt);
    }

    /** The mapped list, or {@code tys} itself when every element maps to itself. */
    private static List<Ty> mapAll(List<Ty> tys, UnaryOperator<Ty> f) {
        List<Ty> out = null;
        for (int i = 0; i < tys.size(); i++) {
            Ty t = tys.get(i);
            Ty m = map(t, f);
            if (out == null && m != t) {
                out = new ArrayList<>(tys.size());
                out.addAll(tys.subList(0, i));
            }
            if (out != null) out.add(m);
        }
        return out == null ? tys : out;
    }

    /** True when {@code p} holds for some node of the type (without rebuilding it, unlike {@link #map}). */
    public static boolean any(Ty ty, java.util.function.Predicate<Ty> p) {
        if (p.test(ty)) return true;
        return switch (ty) {
            case Ty.Int i -> false;
            case Ty.Float x -> false;
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Str s -> false;
            case Ty.Never n -> false;
            case Ty.Param x -> false;
            case Ty.Infer i -> false;
            case Ty.Error e -> false;
            case Ty.Tuple t -> anyOf(t.elems(), p);
            case Ty.Array a -> any(a.elem(), p);
            case Ty.Slice x -> any(x.elem(), p);
            case Ty.Ref r -> any(r.inner(), p);
            case Ty.RawPtr x -> any(x.inner(), p);
            case Ty.Adt a -> anyOf(a.args(), p);
            case Ty.FnDef d -> anyOf(d.args(), p);
            case Ty.FnPtr x -> anyOf(x.params(), p) || any(x.ret(), p);
            case Ty.Closure c -> anyOf(c.parentArgs(), p);
            case Ty.Dynamic d -> anyOf(d.traitArgs(), p);
            case Ty.Projection x -> anyOf(x.traitArgs(), p) || any(x.self(), p);
            case Ty.Opaque x -> anyOf(x.args(), p);
        };
    }

    private static boolean anyOf(List<Ty> tys, java.util.function.Predicate<Ty> p) {
        for (int i = 0; i < tys.size(); i++) if (any(tys.get(i), p)) return true;
        return false;
    }

    /** True when the type mentions an inference variable (as {@link #any}, without a predicate to call at each node). */
    public static boolean hasInfer(Ty ty) { return has(ty, true); }

    /** True when the type mentions a projection. */
    public static boolean hasProjection(Ty ty) { return has(ty, false); }

    private static boolean has(Ty ty, boolean infer) {
        return switch (ty) {
            case Ty.Infer i -> infer;
            case Ty.Projection p -> !infer || hasAll(p.traitArgs(), true) || has(p.self(), true);
            case Ty.Param p -> false;
            case Ty.Int i -> false;
            case Ty.Float x -> false;
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Str x -> false;
            case Ty.Never n -> false;
            case Ty.Error e -> false;
            case Ty.Tuple t -> hasAll(t.elems(), infer);
            case Ty.Array a -> has(a.elem(), infer);
            case Ty.Slice x -> has(x.elem(), infer);
            case Ty.Ref r -> has(r.inner(), infer);
            case Ty.RawPtr p -> has(p.inner(), infer);
            case Ty.Adt a -> hasAll(a.args(), infer);
            case Ty.FnDef d -> hasAll(d.args(), infer);
            case Ty.FnPtr p -> hasAll(p.params(), infer) || has(p.ret(), infer);
            case Ty.Closure c -> hasAll(c.parentArgs(), infer);
            case Ty.Dynamic d -> hasAll(d.traitArgs(), infer);
            case Ty.Opaque o -> hasAll(o.args(), infer);
        };
    }

    private static boolean hasAll(List<Ty> tys, boolean infer) {
        for (int i = 0; i < tys.size(); i++) if (has(tys.get(i), infer)) return true;
        return false;
    }

    /** True when the type mentions a generic parameter, inference variable or projection. */
    public static boolean needsSubst(Ty ty) {
        return switch (ty) {
            case Ty.Param p -> true;
            case Ty.Infer i -> true;
            case Ty.Projection p -> true;
            case Ty.Int i -> false;
            case Ty.Float x -> false;
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Str s -> false;
            case Ty.Never n -> false;
            case Ty.Error e -> false;
            case Ty.Tuple t -> anyNeedsSubst(t.elems());
            case Ty.Array a -> needsSubst(a.elem());
            case Ty.Slice s -> needsSubst(s.elem());
            case Ty.Ref r -> needsSubst(r.inner());
            case Ty.RawPtr p -> needsSubst(p.inner());
            case Ty.Adt a -> anyNeedsSubst(a.args());
            case Ty.FnDef d -> anyNeedsSubst(d.args());
            case Ty.FnPtr p -> anyNeedsSubst(p.params()) || needsSubst(p.ret());
            case Ty.Closure c -> anyNeedsSubst(c.parentArgs());
            case Ty.Dynamic d -> anyNeedsSubst(d.traitArgs());
            case Ty.Opaque o -> anyNeedsSubst(o.args());
        };
    }

    private static boolean anyNeedsSubst(List<Ty> tys) {
        for (int i = 0; i < tys.size(); i++) if (needsSubst(tys.get(i))) return true;
        return false;
    }
}
