package dev.heaplab.core.typeck;

import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.List;

/**
 * Inference variables of one body: union-find by binding, with an undo log for probes.
 * Rules: `{integer}` unifies only with integer types (and `{float}` with float types); a general
 * variable takes whatever it meets; regions are ignored (the borrow checker owns them).
 */
final class InferCtxt {
    private final List<Ty> bindings = new ArrayList<>();
    private final List<Ty.InferKind> kinds = new ArrayList<>();
    private final List<int[]> undo = new ArrayList<>();

    Ty fresh() { return fresh(Ty.InferKind.GENERAL); }

    Ty fresh(Ty.InferKind kind) {
        bindings.add(null);
        kinds.add(kind);
        return new Ty.Infer(bindings.size() - 1, kind);
    }

    int snapshot() { return undo.size(); }

    /** Would the two types unify? Asked without binding anything. */
    boolean canUnify(Ty a, Ty b) {
        int snap = snapshot();
        try {
            return unify(a, b);
        } finally {
            rollback(snap);
        }
    }

    void rollback(int snap) {
        while (undo.size() > snap) {
            int[] u = undo.remove(undo.size() - 1);
            if (u[0] == 0) bindings.set(u[1], null);
            else kinds.set(u[1], Ty.InferKind.values()[u[2]]);
        }
    }

    /** Follows bindings of a top-level variable. */
    Ty shallow(Ty t) {
        while (t instanceof Ty.Infer i && bindings.get(i.var()) != null) t = bindings.get(i.var());
        if (t instanceof Ty.Infer i && kinds.get(i.var()) != i.kind()) return new Ty.Infer(i.var(), kinds.get(i.var()));
        return t;
    }

    /** Replaces every bound variable, deeply. */
    Ty resolve(Ty t) {
        // one walk; a type without variables comes back as it is
        return TySubst.mapVars(t, resolveVar);
    }

    /** The map {@link #resolve} applies at each variable, made once (a lambda per call was a large share of a check's allocation). */
    private final java.util.function.UnaryOperator<Ty> resolveVar = this::shallowDeep;

    private Ty shallowDeep(Ty x) {
        Ty s = shallow(x);
        return s instanceof Ty.Infer ? s : resolve(s);
    }

    boolean isUnresolvedVar(Ty t) { return shallow(t) instanceof Ty.Infer; }

    /** Integer vars default to i32, float vars to f64; returns the fully resolved type. */
    Ty resolveWithDefaults(Ty t) {
        return TySubst.map(resolve(t), x -> x instanceof Ty.Infer i ? switch (i.kind()) {
            case INTEGER -> Ty.I32;
            case FLOAT -> Ty.F64;
            case GENERAL -> x;
        } : x);
    }

    void applyDefaults() {
        for (int v = 0; v < bindings.size(); v++) {
            if (bindings.get(v) != null) continue;
            if (kinds.get(v) == Ty.InferKind.INTEGER) bind(v, Ty.I32);
            else if (kinds.get(v) == Ty.InferKind.FLOAT) bind(v, Ty.F64);
            else continue;
            defaulted.set(v);
        }
    }

    /** The variables {@link #applyDefaults} bound (`{integer}` to i32, `{float}` to f64). */
    private final java.util.BitSet defaulted = new java.util.BitSet();

    /**
     * {@link #resolve} stopping at the variables of {@code kind} that only the defaults bound: a type as it
     * was before them (`Vec<{integer}>`), as rustc shows an obligation it found false before its fallback.
     */
    Ty resolveBeforeDefaults(Ty t, java.util.Set<Ty.InferKind> kind) {
        return TySubst.mapVars(t, x -> {
            Ty s = x;
            while (s instanceof Ty.Infer i && bindings.get(i.var()) != null) {
                if (defaulted.get(i.var()) && kind.contains(kinds.get(i.var()))) return new Ty.Infer(i.var(), kinds.get(i.var()));
                s = bindings.get(i.var());
            }
            return s instanceof Ty.Infer ? shallow(s) : resolveBeforeDefaults(s, kind);
        });
    }

    private void bind(int v, Ty t) {
        bindings.set(v, t);
        undo.add(new int[] {0, v, 0});
    }

    private void setKind(int v, Ty.InferKind k) {
        undo.add(new int[] {1, v, kinds.get(v).ordinal()});
        kinds.set(v, k);
    }

    /** Unifies two types; on failure partial bindings may remain (callers probe inside a snapshot). */
    boolean unify(Ty a0, Ty b0) {
        final Ty a = shallow(a0);
        final Ty b = shallow(b0);
        // Equal types unify without binding anything: the walk below finds that level by level (a whole
        // `equals` first compared each level again at every level below it).
        if (a == b) return true;
        if (a instanceof Ty.Error || b instanceof Ty.Error) return true;
        if (a instanceof Ty.Infer ia) return a.equals(b) || bindVar(ia, b);
        if (b instanceof Ty.Infer ib) return bindVar(ib, a);
        return switch (a) {
            case Ty.Tuple t when b instanceof Ty.Tuple u -> all(t.elems(), u.elems());
            case Ty.Array x when b instanceof Ty.Array y -> (x.len() == y.len() || x.len() == Ty.Array.ANY_LEN || y.len() == Ty.Array.ANY_LEN)
                    && unify(x.elem(), y.elem());
            case Ty.Slice x when b instanceof Ty.Slice y -> unify(x.elem(), y.elem());
            case Ty.Ref x when b instanceof Ty.Ref y -> x.mutable() == y.mutable() && unify(x.inner(), y.inner());
            case Ty.RawPtr x when b instanceof Ty.RawPtr y -> x.mutable() == y.mutable() && unify(x.inner(), y.inner());
            case Ty.Adt x when b instanceof Ty.Adt y -> x.def().equals(y.def()) && all(x.args(), y.args());
            case Ty.FnDef x when b instanceof Ty.FnDef y -> x.def().equals(y.def()) && all(x.args(), y.args());
            case Ty.FnPtr x when b instanceof Ty.FnPtr y -> all(x.params(), y.params()) && unify(x.ret(), y.ret());
            case Ty.Closure x when b instanceof Ty.Closure y -> x.def().equals(y.def()) && all(x.parentArgs(), y.parentArgs());
            case Ty.Dynamic x when b instanceof Ty.Dynamic y -> x.trait().equals(y.trait()) && x.autos() == y.autos() && all(x.traitArgs(), y.traitArgs());
            case Ty.Opaque x when b instanceof Ty.Opaque y -> x.fn().equals(y.fn()) && all(x.args(), y.args());
            case Ty.Projection x when b instanceof Ty.Projection y -> x.trait().equals(y.trait()) && x.name().equals(y.name())
                    && unify(x.self(), y.self()) && all(x.traitArgs(), y.traitArgs());
            default -> a.equals(b);
        };
    }

    private boolean all(List<Ty> xs, List<Ty> ys) {
        if (xs.size() != ys.size()) return false;
        for (int i = 0; i < xs.size(); i++) if (!unify(xs.get(i), ys.get(i))) return false;
        return true;
    }

    private boolean bindVar(Ty.Infer v, Ty t) {
        Ty.InferKind k = kinds.get(v.var());
        if (t instanceof Ty.Infer w) {
            Ty.InferKind kw = kinds.get(w.var());
            if (k == Ty.InferKind.GENERAL) { bind(v.var(), w); return true; }
            if (kw == Ty.InferKind.GENERAL) { bind(w.var(), v); return true; }
            if (k != kw) return false;
            bind(v.var(), w);
            return true;
        }
        if (k == Ty.InferKind.INTEGER && !(t instanceof Ty.Int)) return false;
        if (k == Ty.InferKind.FLOAT && !(t instanceof Ty.Float)) return false;
        if (occurs(v.var(), t)) return false;
        bind(v.var(), t);
        return true;
    }

    /** Does {@code t}, variables followed, mention variable {@code var}? */
    private boolean occurs(int var, Ty t) {
        return switch (t) {
            case Ty.Infer i -> shallow(i) instanceof Ty.Infer j ? j.var() == var : occurs(var, shallow(i));
            case Ty.Adt a -> occursAll(var, a.args());
            case Ty.Ref r -> occurs(var, r.inner());
            case Ty.Tuple x -> occursAll(var, x.elems());
            case Ty.Closure c -> occursAll(var, c.parentArgs());
            case Ty.Projection p -> occursAll(var, p.traitArgs()) || occurs(var, p.self());
            case Ty.Slice x -> occurs(var, x.elem());
            case Ty.Array x -> occurs(var, x.elem());
            case Ty.RawPtr x -> occurs(var, x.inner());
            case Ty.FnDef d -> occursAll(var, d.args());
            case Ty.FnPtr p -> occursAll(var, p.params()) || occurs(var, p.ret());
            case Ty.Dynamic d -> occursAll(var, d.traitArgs());
            case Ty.Opaque o -> occursAll(var, o.args());
            case Ty.Param p -> false;
            case Ty.Int i -> false;
            case Ty.Float x -> false;
            case Ty.Bool x -> false;
            case Ty.Char x -> false;
            case Ty.Str x -> false;
            case Ty.Never x -> false;
            case Ty.Error x -> false;
        };
    }

    private boolean occursAll(int var, List<Ty> ts) {
        for (int k = 0, n = ts.size(); k < n; k++) if (occurs(var, ts.get(k))) return true;
        return false;
    }

    /** Rarely needed: narrows a general variable to an integer one (for `{integer}` hints). */
    void markIntegral(Ty.Infer v) { if (kinds.get(v.var()) == Ty.InferKind.GENERAL) setKind(v.var(), Ty.InferKind.INTEGER); }
}
