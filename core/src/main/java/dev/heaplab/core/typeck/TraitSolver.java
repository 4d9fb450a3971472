package dev.heaplab.core.typeck;

import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Proves trait bounds and normalises projections inside one body, with inference variables.
 * Rules, in order: the body's where-clauses (with supertraits), built-in rules (Sized, Send/Sync,
 * Copy/Clone of tuples and arrays, Fn traits of callables, formatting of primitives, `dyn Trait`),
 * then impls whose self type and trait arguments unify and whose own bounds may hold. A bound whose
 * self type is still an unresolved variable is ambiguous and stays pending.
 */
final class TraitSolver {
    enum Outcome { YES, NO, AMBIGUOUS }

    /**
     * Outcome of selecting an impl: the impl (null for built-in or where-clause) and its arguments;
     * {@code nestedOutcome}, when not null, what evaluating the nested obligations gave in the state
     * the selection returns (so that evaluation need not ask again).
     */
    record Selection(Outcome outcome, ImplDef impl, List<Ty> implArgs, List<Obligation> nested, Outcome nestedOutcome) {
        Selection(Outcome outcome, ImplDef impl, List<Ty> implArgs, List<Obligation> nested) {
            this(outcome, impl, implArgs, nested, null);
        }
    }

    private static final Selection NO = new Selection(Outcome.NO, null, List.of(), List.of());
    private static final Selection AMBIG = new Selection(Outcome.AMBIGUOUS, null, List.of(), List.of());

    private final ProgramCx cx;
    private final InferCtxt icx;
    private final List<GenericsDef.Predicate> env;
    private final Function<Ty.Closure, FnSig> closureSigs;

    TraitSolver(ProgramCx cx, InferCtxt icx, List<GenericsDef.Predicate> env, Function<Ty.Closure, FnSig> closureSigs) {
        this.cx = cx;
        this.icx = icx;
        this.env = elaborate(env);
        this.closureSigs = closureSigs;
    }

    private List<GenericsDef.Predicate> elaborate(List<GenericsDef.Predicate> preds) {
        List<GenericsDef.Predicate> out = new ArrayList<>(preds);
        for (int i = 0; i < out.size() && i < 200; i++) {
            GenericsDef.Predicate p = out.get(i);
            TraitDef td = cx.defs.trait(p.trait());
            if (td == null) continue;
            List<Ty> substArgs = new ArrayList<>();
            substArgs.add(p.self());
            substArgs.addAll(p.traitArgs());
            for (GenericsDef.Predicate sp : td.generics().predicates()) {
                if (sp.trait().equals(p.trait()) || !(sp.self() instanceof Ty.Param sp0) || sp0.index() != 0) continue;
                var q = new GenericsDef.Predicate(p.self(), sp.trait(), TySubst.subst(sp.traitArgs(), substArgs), Map.of());
                if (!out.contains(q)) out.add(q);
            }
        }
        return out;
    }

    DefId lang(String name) { return cx.langTrait(name); }

    /** A where-clause in scope (or a supertrait of one) says `self: trait`. */
    boolean envHolds(Ty self, DefId trait) {
        for (GenericsDef.Predicate p : env) if (p.trait().equals(trait) && p.self().equals(self)) return true;
        return false;
    }

    boolean isLang(DefId trait, String name) { return trait != null && trait.equals(cx.langTrait(name)); }

    /** The trait (this one or a supertrait) declaring associated type {@code name}. */
    DefId declaringTrait(DefId trait, String name) {
        if (cx.traitAssoc.getOrDefault(trait, List.of()).contains(name)) return trait;
        TraitDef td = cx.defs.trait(trait);
        if (td != null) for (DefId s : td.supertraits()) {
            DefId d = declaringTrait(s, name);
            if (d != null) return d;
        }
        return null;
    }

    Selection select(Ty selfTy, DefId trait, List<Ty> args, int depth) {
        Ty self = icx.shallow(selfTy);
        if (self instanceof Ty.Error) return new Selection(Outcome.YES, null, List.of(), List.of());
        if (self instanceof Ty.Infer i) return i.kind() == Ty.InferKind.GENERAL ? AMBIG : selectForLiteral(i, trait, args, depth);
        for (GenericsDef.Predicate p : withAssocBounds(self instanceof Ty.Opaque ? icx.resolve(self) : self)) {
            if (!p.trait().equals(trait)) continue;
            int snap = icx.snapshot();
            if (icx.unify(p.self(), self) && unifyAll(p.traitArgs(), args) && p.self().equals(icx.resolve(self))) {
                return new Selection(Outcome.YES, null, List.of(), List.of());
            }
            icx.rollback(snap);
        }
        Selection builtin = builtin(self, trait, args);
        if (builtin != null) return builtin;
        List<ImplDef> mayMatch = mayMatch(self, trait);
        // one impl left by the fast reject: selectOnly unifies it for good (no probe first)
        if (mayMatch.size() == 1) return selectOnly(mayMatch.get(0), self, args, depth);
        List<ImplDef> heads = new ArrayList<>();
        for (ImplDef impl : mayMatch) if (headUnifies(impl, self, args)) heads.add(impl);
        if (heads.isEmpty()) return NO;
        if (heads.size() == 1) return selectOnly(heads.get(0), self, args, depth);
        List<ImplDef> candidates = new ArrayList<>();
        for (ImplDef impl : heads) if (depth > 6 || nestedMayHoldAlone(impl, self, args, depth)) candidates.add(impl);
        if (candidates.isEmpty()) return NO;
        if (candidates.size() > 1) return AMBIG;
        return commit(candidates.get(0), self, args, depth);
    }

    /**
     * The one impl whose head matches: its bounds are built once and tested in place, and kept when
     * they may hold (testing them in a probe and building them again to commit doubled the work at
     * every level of an adapter chain, `Skip<Filter<Map<..>>>`, which made it exponential in the chain).
     */
    private Selection selectOnly(ImplDef impl, Ty self, List<Ty> args, int depth) {
        int snap = icx.snapshot();
        List<Ty> fresh = freshArgs(impl.generics());
        if (!icx.unify(TySubst.subst(impl.selfTy(), fresh), self) || !unifyAll(TySubst.subst(impl.traitArgs(), fresh), args)) {
            icx.rollback(snap);
            return NO;
        }
        List<Obligation> nested = nested(impl.generics(), fresh, depth);
        if (depth > 6) return new Selection(Outcome.YES, impl, fresh, nested, null);
        Outcome all = Outcome.YES;
        for (Obligation o : nested) {
            Outcome r = evaluate(o);
            if (r == Outcome.NO) {
                icx.rollback(snap);
                return NO;
            }
            if (r == Outcome.AMBIGUOUS) all = Outcome.AMBIGUOUS;
        }
        return new Selection(Outcome.YES, impl, fresh, nested, all);
    }

    /** Whether an impl whose head matches may have its bounds hold (probed, nothing kept). */
    private boolean nestedMayHoldAlone(ImplDef impl, Ty self, List<Ty> args, int depth) {
        int snap = icx.snapshot();
        List<Ty> fresh = freshArgs(impl.generics());
        boolean ok = icx.unify(TySubst.subst(impl.selfTy(), fresh), self)
                && unifyAll(TySubst.subst(impl.traitArgs(), fresh), args)
                && nestedMayHold(impl, fresh, depth);
        icx.rollback(snap);
        return ok;
    }

    /** The impls of {@code trait} that the fast reject ({@link #mayUnify}) leaves for {@code self}, from those indexed by its head. */
    private List<ImplDef> mayMatch(Ty self, DefId trait) {
        List<ImplDef> out = new ArrayList<>();
        Object head = ProgramCx.head(self);
        for (ImplDef impl : head == null ? cx.defs.implsOf(trait) : cx.implsWithHead(trait, head)) {
            if (trait.equals(impl.trait()) && mayUnify(impl.selfTy(), self, 3)) out.add(impl);
        }
        return out;
    }

    /** Whether the impl's self type and trait arguments unify with the goal's (probed, nothing kept). */
    private boolean headUnifies(ImplDef impl, Ty self, List<Ty> args) {
        int snap = icx.snapshot();
        List<Ty> fresh = freshArgs(impl.generics());
        boolean ok = icx.unify(TySubst.subst(impl.selfTy(), fresh), self) && unifyAll(TySubst.subst(impl.traitArgs(), fresh), args);
        icx.rollback(snap);
        return ok;
    }

    /** Selects {@code impl} for the goal: its parameters unified, its bounds the nested obligations. */
    private Selection commit(ImplDef impl, Ty self, List<Ty> args, int depth) {
        List<Ty> fresh = freshArgs(impl.generics());
        icx.unify(TySubst.subst(impl.selfTy(), fresh), self);
        unifyAll(TySubst.subst(impl.traitArgs(), fresh), args);
        return new Selection(Outcome.YES, impl, fresh, nested(impl.generics(), fresh, depth));
    }

    /**
     * The one impl whose head matches the goal, with its nested obligations whether they hold or not
     * (to find which of them fails, for a diagnostic); null when none or several match.
     */
    Selection headMatch(Ty selfTy, DefId trait, List<Ty> args, int depth) {
        Ty self = icx.shallow(selfTy);
        List<ImplDef> candidates = new ArrayList<>();
        for (ImplDef impl : mayMatch(self, trait)) if (headUnifies(impl, self, args)) candidates.add(impl);
        return candidates.size() == 1 ? commit(candidates.get(0), self, args, depth) : null;
    }

    /**
     * An unsuffixed literal's type (`{integer}`, `{float}`) against the trait's impls: as rustc, when
     * exactly one impl's self type is a numeric type the literal can take, it is chosen (`v.get(0)`
     * makes the `0` a usize through `SliceIndex`); otherwise the literal stays ambiguous until fallback.
     */
    private Selection selectForLiteral(Ty.Infer self, DefId trait, List<Ty> args, int depth) {
        ImplDef only = null, blanket = null;
        int numeric = 0, blankets = 0;
        boolean blanketMay = false;
        for (ImplDef impl : cx.defs.implsOf(trait)) {
            if (!trait.equals(impl.trait())) continue;
            boolean isNumeric = impl.selfTy() instanceof Ty.Int || impl.selfTy() instanceof Ty.Float;
            if (!isNumeric && !(impl.selfTy() instanceof Ty.Param)) continue;
            int snap = icx.snapshot();
            List<Ty> fresh = freshArgs(impl.generics());
            boolean ok = icx.unify(TySubst.subst(impl.selfTy(), fresh), self) && unifyAll(TySubst.subst(impl.traitArgs(), fresh), args)
                    && (isNumeric || depth > 6 || nestedMayHold(impl, fresh, depth));
            icx.rollback(snap);
            if (!ok) continue;
            if (isNumeric) { numeric++; only = impl; } else { blanketMay = true; blankets++; blanket = impl; }
        }
        Ty proxy = self.kind() == Ty.InferKind.FLOAT ? new Ty.Float(dev.heaplab.core.types.FloatTy.F64) : Ty.I32;
        boolean nativeImpl = builtin(proxy, trait, args) != null;
        // No impl at all can take a literal (a blanket one's conditions fail too): rustc's "not implemented".
        if (numeric == 0 && !blanketMay && !nativeImpl) return NO;
        // One blanket impl and nothing else (`3.into()` through `impl<T, U: From<T>> Into<U> for T`): rustc
        // selects it, and its bounds (`Meters: From<{integer}>`) may then choose the literal's type.
        if (numeric == 0 && blankets == 1 && !nativeImpl) return commit(blanket, self, args, depth);
        if (numeric != 1 || blanketMay || nativeImpl) return AMBIG;
        return commit(only, self, args, depth); // a numeric self type: substituting it changes nothing
    }

    /**
     * Whether an impl's self type (its parameters standing for anything) may unify with {@code t}: a
     * structural test on the first {@code depth} levels, made before creating fresh variables for the
     * impl, as rustc's fast reject. It says no only where {@link InferCtxt#unify} would fail.
     */
    boolean mayUnify(Ty implSelf, Ty t0, int depth) {
        if (depth == 0) return true;
        Ty t = icx.shallow(t0);
        if (t instanceof Ty.Infer || t instanceof Ty.Error || t instanceof Ty.Projection) return true;
        return switch (implSelf) {
            case Ty.Param p -> true;
            case Ty.Projection p -> true;
            case Ty.Infer i -> true;
            case Ty.Error e -> true;
            case Ty.Adt x -> t instanceof Ty.Adt y && x.def().equals(y.def()) && allMayUnify(x.args(), y.args(), depth - 1);
            case Ty.Ref x -> t instanceof Ty.Ref y && x.mutable() == y.mutable() && mayUnify(x.inner(), y.inner(), depth - 1);
            case Ty.RawPtr x -> t instanceof Ty.RawPtr y && x.mutable() == y.mutable() && mayUnify(x.inner(), y.inner(), depth - 1);
            case Ty.Slice x -> t instanceof Ty.Slice y && mayUnify(x.elem(), y.elem(), depth - 1);
            case Ty.Array x -> t instanceof Ty.Array y && mayUnify(x.elem(), y.elem(), depth - 1);
            case Ty.Tuple x -> t instanceof Ty.Tuple y && allMayUnify(x.elems(), y.elems(), depth - 1);
            case Ty.FnDef x -> t instanceof Ty.FnDef y && x.def().equals(y.def());
            case Ty.FnPtr x -> t instanceof Ty.FnPtr y && x.params().size() == y.params().size();
            case Ty.Closure x -> t instanceof Ty.Closure y && x.def().equals(y.def());
            case Ty.Dynamic x -> t instanceof Ty.Dynamic y && x.trait().equals(y.trait()) && x.autos() == y.autos();
            case Ty.Opaque x -> t instanceof Ty.Opaque y && x.fn().equals(y.fn());
            case Ty.Int x -> x.equals(t);
            case Ty.Float x -> x.equals(t);
            case Ty.Bool x -> x.equals(t);
            case Ty.Char x -> x.equals(t);
            case Ty.Str x -> x.equals(t);
            case Ty.Never x -> x.equals(t);
        };
    }

    private boolean allMayUnify(List<Ty> xs, List<Ty> ys, int depth) {
        if (xs.size() != ys.size()) return false;
        for (int i = 0; i < xs.size(); i++) if (!mayUnify(xs.get(i), ys.get(i), depth)) return false;
        return true;
    }

    /** The bounds of an opaque type, with their supertraits: all that is known of it outside its defining function. */
    List<GenericsDef.Predicate> opaqueBounds(Ty.Opaque o) {
        var b = cx.defs.opaque(o.fn());
        if (b == null) return List.of();
        List<GenericsDef.Predicate> out = new ArrayList<>();
        for (GenericsDef.Predicate p : b.bounds()) {
            Map<String, Ty> bindings = new java.util.LinkedHashMap<>();
            p.assocBindings().forEach((k, v) -> bindings.put(k, TySubst.subst(v, o.args())));
            out.add(new GenericsDef.Predicate(o, p.trait(), TySubst.subst(p.traitArgs(), o.args()), bindings));
        }
        return elaborate(out);
    }

    /** The where-clauses, plus for a projection the bounds its trait puts on that associated type, and an opaque type's bounds. */
    private List<GenericsDef.Predicate> withAssocBounds(Ty self) {
        if (self instanceof Ty.Opaque o) {
            List<GenericsDef.Predicate> out = new ArrayList<>(env);
            out.addAll(opaqueBounds(o));
            return out;
        }
        if (!(self instanceof Ty.Projection p)) return env;
        List<GenericsDef.Predicate> out = new ArrayList<>(env);
        List<Ty> args = new ArrayList<>();
        args.add(p.self());
        args.addAll(p.traitArgs());
        for (GenericsDef.Predicate b : cx.assocBounds.getOrDefault(p.trait(), List.of())) {
            if (!(b.self() instanceof Ty.Projection bp) || !bp.name().equals(p.name())) continue;
            Map<String, Ty> bindings = new java.util.LinkedHashMap<>();
            b.assocBindings().forEach((k, v) -> bindings.put(k, TySubst.subst(v, args)));
            out.addAll(elaborate(List.of(new GenericsDef.Predicate(p, b.trait(), TySubst.subst(b.traitArgs(), args), bindings))));
        }
        return out;
    }

    private boolean nestedMayHold(ImplDef impl, List<Ty> fresh, int depth) {
        for (Obligation o : nested(impl.generics(), fresh, depth)) {
            if (evaluate(o) == Outcome.NO) return false;
        }
        return true;
    }

    /**
     * Evaluates an obligation without keeping any inference it needs. The answer for a settled
     * obligation (see {@link #settledKey}, variables {@link #canonical}) is remembered: method
     * probing, formatting and impls' where-clauses ask the same ones again and again.
     */
    Outcome evaluate(Obligation o) {
        List<Object> key = memoOn ? canonical(settledKey(o.self(), o.trait(), o.args(), o.depth())) : null;
        if (key == null) return evaluateNow(o);
        Outcome known = evaluated.get(key);
        if (known == null) evaluated.put(key, known = evaluateNow(o));
        return known;
    }

    private final Map<List<Object>, Outcome> evaluated = new java.util.HashMap<>();

    /** Off only in tests, which compare the checker's answers with the memo and without it ({@code TraitMemoTest}). */
    static boolean memoOn = true;

    /**
     * The key with its inference variables renumbered in order of appearance (rustc's canonical
     * form): evaluation rolls back whatever it infers, so its answer depends on where variables
     * stand and on their kinds, not on which variables they are.
     */
    private static List<Object> canonical(List<Object> key) {
        if (key == null) return null;
        Map<Integer, Integer> number = new java.util.HashMap<>();
        java.util.function.UnaryOperator<Ty> renumber = x -> x instanceof Ty.Infer i
                ? new Ty.Infer(number.computeIfAbsent(i.var(), v -> number.size()), i.kind()) : x;
        for (int k = 0; k < key.size(); k++) {
            if (key.get(k) instanceof Ty t && TySubst.hasInfer(t)) key.set(k, TySubst.map(t, renumber));
        }
        return key;
    }

    /**
     * What selecting {@code self: trait<args>} at this depth depends on, or null when that is more than
     * the key: the resolved types, the trait, the depth and the program's impls (items in blocks add
     * impls while bodies are checked); the body's where-clauses are this solver's; for each closure
     * named, its signature as resolved now (signatures are filled in while bodies are checked, and
     * selecting a closure's Fn traits reads only that). Not for types naming fn items, whose
     * signatures are filled in while bodies are checked, nor errors. Inference variables are
     * kept as they are (see {@link #canonical} for a key that ignores which they are).
     */
    List<Object> settledKey(Ty self, DefId trait, List<Ty> args, int depth) {
        List<Object> key = new ArrayList<>(args.size() + 4);
        Ty s = icx.resolve(self);
        key.add(s);
        if (!settled(s, key)) return null;
        for (Ty a : args) {
            Ty r = icx.resolve(a);
            key.add(r);
            if (!settled(r, key)) return null;
        }
        key.add(trait);
        key.add(depth);
        key.add(cx.defs.implsVersion());
        return key;
    }

    /** Is the resolved type {@code t} settled? Adds the resolved signatures of the closures it names to {@code key}. */
    private boolean settled(Ty t, List<Object> key) {
        return switch (t) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Str x -> true;
            case Ty.Never n -> true;
            case Ty.Param p -> true;
            case Ty.Infer i -> true;
            case Ty.Error e -> false;
            case Ty.Closure c -> {
                FnSig sig = closureSigs.apply(c);
                // (a closure met again inside its own signature, as in `f(f)`: not settled, no loop)
                if (sig == null || key.contains(c.def()) || !allSettled(c.parentArgs(), key)) yield false;
                key.add(c.def());
                Ty in = icx.resolve(new Ty.Tuple(sig.inputs())), out = icx.resolve(sig.output());
                key.add(in);
                key.add(out);
                yield settled(in, key) && settled(out, key);
            }
            case Ty.FnDef d -> false;
            case Ty.Tuple x -> allSettled(x.elems(), key);
            case Ty.Array a -> settled(a.elem(), key);
            case Ty.Slice x -> settled(x.elem(), key);
            case Ty.Ref r -> settled(r.inner(), key);
            case Ty.RawPtr p -> settled(p.inner(), key);
            case Ty.Adt a -> allSettled(a.args(), key);
            case Ty.FnPtr p -> allSettled(p.params(), key) && settled(p.ret(), key);
            case Ty.Dynamic d -> allSettled(d.traitArgs(), key);
            case Ty.Projection p -> allSettled(p.traitArgs(), key) && settled(p.self(), key);
            case Ty.Opaque o -> allSettled(o.args(), key);
        };
    }

    private boolean allSettled(List<Ty> ts, List<Object> key) {
        for (Ty t : ts) if (!settled(t, key)) return false;
        return true;
    }

    private Outcome evaluateNow(Obligation o) {
        int snap = icx.snapshot();
        try {
            Selection s = select(o.self(), o.trait(), o.args(), o.depth() + 1);
            // Past depth 6 projections are left unnormalised (tryNormalize): a failure there is not known.
            if (s.outcome() == Outcome.NO && o.depth() > 6 && mentionsProjection(o)) return Outcome.AMBIGUOUS;
            // Shallower, a projection can still be one tryNormalize stopped in (each step of a chain costs
            // a level: `FlatMap`'s item is `U::Item`, itself a closure's output): normalised afresh, selected again.
            if (s.outcome() == Outcome.NO && mentionsProjection(o)) {
                Ty self = tryNormalize(o.self(), 0);
                List<Ty> args = new ArrayList<>();
                for (Ty a : o.args()) args.add(tryNormalize(a, 0));
                if (!self.equals(o.self()) || !args.equals(o.args())) s = select(self, o.trait(), args, o.depth() + 1);
            }
            if (s.outcome() != Outcome.YES) return s.outcome();
            if (s.nestedOutcome() != null && o.depth() < 8) return s.nestedOutcome();
            Outcome result = Outcome.YES;
            if (o.depth() < 8) for (Obligation n : s.nested()) {
                Outcome r = evaluate(n);
                if (r == Outcome.NO) return Outcome.NO;
                if (r == Outcome.AMBIGUOUS) result = Outcome.AMBIGUOUS;
            }
            return result;
        } finally {
            icx.rollback(snap);
        }
    }

    private boolean mentionsProjection(Obligation o) {
        boolean[] found = {false};
        java.util.function.UnaryOperator<Ty> look = x -> {
            if (x instanceof Ty.Projection) found[0] = true;
            return x;
        };
        TySubst.map(icx.resolve(o.self()), look);
        for (Ty a : o.args()) TySubst.map(icx.resolve(a), look);
        return found[0];
    }

    List<Obligation> nested(GenericsDef g, List<Ty> args, int depth) {
        List<Obligation> out = new ArrayList<>();
        for (GenericsDef.Predicate p : g.predicates()) {
            List<Ty> targs = new ArrayList<>();
            for (Ty t : TySubst.subst(p.traitArgs(), args)) targs.add(tryNormalize(t, depth));
            out.add(new Obligation(tryNormalize(TySubst.subst(p.self(), args), depth), p.trait(), targs,
                    substMap(p.assocBindings(), args), null, depth + 1));
        }
        return out;
    }

    /** Normalises the projections that can be normalised now (for evaluation); others stay. */
    Ty tryNormalize(Ty t, int depth) {
        if (depth > 6 || !TySubst.needsSubst(t)) return t;
        return TySubst.map(icx.resolve(t), x -> {
            if (!(x instanceof Ty.Projection p)) return x;
            Ty n = normalize(p, new ArrayList<>());
            return n == null || n instanceof Ty.Error ? x : n.equals(p) ? x : tryNormalize(n, depth + 1);
        });
    }

    private static Map<String, Ty> substMap(Map<String, Ty> m, List<Ty> args) {
        if (m.isEmpty()) return m;
        Map<String, Ty> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, TySubst.subst(v, args)));
        return out;
    }

    List<Ty> freshArgs(GenericsDef g) {
        List<Ty> out = new ArrayList<>();
        for (int i = 0; i < g.params().size(); i++) out.add(icx.fresh());
        return out;
    }

    private boolean unifyAll(List<Ty> a, List<Ty> b) {
        if (a.size() != b.size()) return a.isEmpty() || b.isEmpty();
        for (int i = 0; i < a.size(); i++) if (!icx.unify(a.get(i), b.get(i))) return false;
        return true;
    }

    private Selection yes(List<Obligation> nested) { return new Selection(Outcome.YES, null, List.of(), nested); }

    private Selection builtin(Ty self, DefId trait, List<Ty> args) {
        TraitDef td = cx.defs.trait(trait);
        String lang = td == null ? null : td.lang();
        if (lang == null) return self instanceof Ty.Dynamic d && (d.trait().equals(trait) || declaresSuper(d.trait(), trait)) ? yes(List.of()) : null;
        if (self instanceof Ty.Dynamic d && (d.trait().equals(trait) || declaresSuper(d.trait(), trait))) return yes(List.of());
        switch (lang) {
            case "Sized":
                return self instanceof Ty.Str || self instanceof Ty.Slice || self instanceof Ty.Dynamic ? NO : yes(List.of());
            case "Send", "Sync", "Unpin":
                return yes(List.of());
            case "Copy", "Clone":
                if (self instanceof Ty.Tuple t) return yes(each(t.elems(), trait));
                if (self instanceof Ty.Array a) return yes(each(List.of(a.elem()), trait));
                if (self instanceof Ty.Never || self instanceof Ty.FnDef || self instanceof Ty.FnPtr
                        || self instanceof Ty.RawPtr || primitive(self)) return yes(List.of());
                if (self instanceof Ty.Ref r) return r.mutable() ? NO : yes(List.of());
                if (self instanceof Ty.Closure) return lang.equals("Clone") ? yes(List.of()) : NO;
                return null;
            case "Fn", "FnMut", "FnOnce": {
                FnSig sig = callableSig(self);
                // std's `impl<A, F: Fn<A> + ?Sized> Fn<A> for &F` (and FnMut, FnOnce) for an opaque `impl Fn`
                if (sig == null && self instanceof Ty.Ref r && icx.shallow(r.inner()) instanceof Ty.Opaque o && lang("Fn") != null)
                    return yes(List.of(new Obligation(o, lang("Fn"), args, Map.of(), null, 1)));
                // std's `impl<A, F: FnX<A> + ?Sized> FnX<A> for Box<F>`, `FnMut`/`FnOnce for &mut F` where
                // `F: FnMut` and all three `for &F` where `F: Fn`, for a trait object or a box behind them
                // (`&mut Box<dyn FnMut()>` as `&mut dyn FnMut()`)
                if (sig == null) {
                    boolean box = self instanceof Ty.Adt a && langOf(self) == LangItem.BOX && !a.args().isEmpty();
                    Ty inner = box ? icx.shallow(((Ty.Adt) self).args().get(0)) : self instanceof Ty.Ref r ? icx.shallow(r.inner()) : null;
                    String need = box ? lang : self instanceof Ty.Ref r && r.mutable() ? (lang.equals("Fn") ? null : "FnMut") : "Fn";
                    if (need != null && lang(need) != null && (inner instanceof Ty.Dynamic
                            || inner instanceof Ty.Adt ia && langOf(inner) == LangItem.BOX && !ia.args().isEmpty()))
                        return yes(List.of(new Obligation(inner, lang(need), args, Map.of(), null, 1)));
                }
                if (sig == null) return self instanceof Ty.Ref r && icx.shallow(r.inner()) instanceof Ty.Closure c
                        ? builtin(icx.shallow(r.inner()), trait, args) : null;
                if (!args.isEmpty() && !icx.unify(args.get(0), new Ty.Tuple(sig.inputs()))) return NO;
                return yes(List.of());
            }
            case "Display":
                if (primitive(self) || self instanceof Ty.Str) return yes(List.of());
                if (self instanceof Ty.Ref r) return yes(List.of(ob(r.inner(), trait)));
                return null;
            case "Debug":
                if (primitive(self) || self instanceof Ty.Str) return yes(List.of());
                if (self instanceof Ty.Ref r) return yes(List.of(ob(r.inner(), trait)));
                if (self instanceof Ty.Tuple t) return yes(each(t.elems(), trait));
                if (self instanceof Ty.Array a) return yes(each(List.of(a.elem()), trait));
                if (self instanceof Ty.Slice s) return yes(each(List.of(s.elem()), trait));
                return null;
            case "Add", "Sub", "Mul", "Div", "Rem", "BitAnd", "BitOr", "BitXor", "Shl", "Shr", "Neg", "Not": {
                // std's operator impls for the primitives with the same type on both sides (`T: Add<Output = T>`
                // used with i32); their `Output` is the type itself (see normalize).
                if (!primitiveOperator(lang, self)) return null;
                if (lang.equals("Neg") || lang.equals("Not") || args.isEmpty()) return yes(List.of());
                Ty rhs = icx.shallow(args.get(0));
                if (lang.startsWith("Sh")) return rhs instanceof Ty.Int || rhs instanceof Ty.Infer i && i.kind() == Ty.InferKind.INTEGER
                        ? yes(List.of()) : rhs instanceof Ty.Infer ? AMBIG : null;
                return icx.unify(args.get(0), self) ? yes(List.of()) : null;
            }
            case "PartialEq", "PartialOrd", "Eq", "Ord", "Hash", "Default":
                if (primitive(self) && (args.isEmpty() || icx.unify(args.get(0), self))) {
                    boolean floatOk = !(self instanceof Ty.Float) || lang.startsWith("Partial") || lang.equals("Default");
                    return floatOk ? yes(List.of()) : NO;
                }
                if (self instanceof Ty.Str && !lang.equals("Default") && (args.isEmpty() || icx.unify(args.get(0), self))) {
                    return yes(List.of());
                }
                if (self instanceof Ty.Tuple t && (args.isEmpty() || icx.unify(args.get(0), self))) {
                    return yes(each(t.elems(), trait));
                }
                // std's `impl<T: Default> Default for [T; N]`, written for each length up to 32 (`[T; 0]` for any T)
                if (self instanceof Ty.Array a && lang.equals("Default")) {
                    return a.len() == 0 ? yes(List.of()) : a.len() > 0 && a.len() <= 32 ? yes(List.of(ob(a.elem(), trait))) : null;
                }
                if ((self instanceof Ty.Array || self instanceof Ty.Slice) && !lang.equals("Default")) {
                    Ty elem = self instanceof Ty.Array a ? a.elem() : ((Ty.Slice) self).elem();
                    if (!args.isEmpty()) {
                        Ty other = icx.shallow(args.get(0));
                        if (other instanceof Ty.Array oa) return yes(List.of(new Obligation(elem, trait, List.of(oa.elem()), Map.of(), null, 1)));
                        if (other instanceof Ty.Slice os) return yes(List.of(new Obligation(elem, trait, List.of(os.elem()), Map.of(), null, 1)));
                    }
                    return yes(List.of(new Obligation(elem, trait, List.of(elem), Map.of(), null, 1)));
                }
                if (self instanceof Ty.Ref r && !lang.equals("Default")) {
                    Ty other = args.isEmpty() ? null : icx.shallow(args.get(0));
                    if (other instanceof Ty.Ref o) return yes(List.of(new Obligation(r.inner(), trait, List.of(o.inner()), Map.of(), null, 1)));
                    // std's `impl<A: Ord> Ord for &A` (and Eq, Hash): traits without a right-hand side
                    if (other == null) return yes(List.of(ob(r.inner(), trait)));
                    if (other instanceof Ty.Infer) return AMBIG;
                    return null; // impls such as `PartialEq<String> for &str`
                }
                return null;
            default:
                return null;
        }
    }

    boolean declaresSuper(DefId sub, DefId sup) {
        TraitDef td = cx.defs.trait(sub);
        if (td == null) return false;
        for (DefId s : td.supertraits()) if (s.equals(sup) || declaresSuper(s, sup)) return true;
        return false;
    }

    private Obligation ob(Ty self, DefId trait) { return new Obligation(self, trait, List.of(), Map.of(), null, 1); }

    private List<Obligation> each(List<Ty> tys, DefId trait) {
        List<Obligation> out = new ArrayList<>();
        TraitDef td = cx.defs.trait(trait);
        int n = td == null ? 0 : td.generics().params().size() - 1;
        for (Ty t : tys) out.add(new Obligation(t, trait, n == 0 ? List.of() : List.of(t), Map.of(), null, 1));
        return out;
    }

    /** Which primitive types std implements an operator trait for (with itself on the right). */
    private static boolean primitiveOperator(String lang, Ty self) {
        return switch (lang) {
            case "Add", "Sub", "Mul", "Div", "Rem" -> self instanceof Ty.Int || self instanceof Ty.Float;
            case "BitAnd", "BitOr", "BitXor", "Not" -> self instanceof Ty.Int || self instanceof Ty.Bool;
            case "Shl", "Shr" -> self instanceof Ty.Int;
            case "Neg" -> self instanceof Ty.Int i && i.kind().signed() || self instanceof Ty.Float;
            default -> false;
        };
    }

    static boolean primitive(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char;
    }

    /** The signature of a callable type (fn item, fn pointer, closure), or null. */
    FnSig callableSig(Ty t) {
        return switch (icx.shallow(t)) {
            case Ty.FnDef f -> {
                var def = cx.defs.fn(f.def());
                yield def == null ? null : new FnSig(TySubst.subst(def.sig().inputs(), f.args()), cx.opaqueReturn.containsKey(f.def())
                        ? new Ty.Opaque(f.def(), f.args()) : TySubst.subst(def.sig().output(), f.args()));
            }
            case Ty.FnPtr p -> new FnSig(p.params(), p.ret());
            case Ty.Closure c -> closureSigs.apply(c);
            default -> null;
        };
    }

    /**
     * Normalises `<self as trait>::name` one level: returns the type, or null when it cannot be known yet
     * (self unresolved, ambiguous impls). {@code nestedOut} receives the impl's bounds.
     */
    Ty normalize(Ty.Projection p, List<Obligation> nestedOut) {
        Ty self = icx.shallow(p.self());
        if (self instanceof Ty.Error) return Ty.ERROR;
        if (self instanceof Ty.Infer) return null;
        DefId trait = p.trait();
        Ty resolvedSelf = icx.resolve(self);
        for (GenericsDef.Predicate pr : withAssocBounds(resolvedSelf)) {
            if (pr.self().equals(resolvedSelf) && pr.assocBindings().containsKey(p.name())
                    && (pr.trait().equals(trait) || declaresSuper(pr.trait(), trait))) {
                return pr.assocBindings().get(p.name());
            }
        }
        if (p.name().equals("Output") && (isLang(trait, "FnOnce") || isLang(trait, "FnMut") || isLang(trait, "Fn"))) {
            FnSig sig = callableSig(self);
            if (sig != null) return sig.output();
            if (self instanceof Ty.Ref r && callableSig(r.inner()) != null) return callableSig(r.inner()).output();
            // a box or a reference of a trait object or of a box (see `builtin`): the pointee's output
            Ty through = self instanceof Ty.Ref r ? icx.shallow(r.inner())
                    : self instanceof Ty.Adt a && langOf(self) == LangItem.BOX && !a.args().isEmpty() ? icx.shallow(a.args().get(0)) : null;
            if (through instanceof Ty.Dynamic || through instanceof Ty.Adt ta && langOf(through) == LangItem.BOX && !ta.args().isEmpty())
                return normalize(new Ty.Projection(p.trait(), p.traitArgs(), p.name(), through), nestedOut);
            if (self instanceof Ty.Ref r && icx.shallow(r.inner()) instanceof Ty.Opaque o)
                return normalize(new Ty.Projection(p.trait(), p.traitArgs(), p.name(), o), nestedOut);
        }
        if (self instanceof Ty.Dynamic d) {
            List<String> assoc = cx.traitAssoc.getOrDefault(d.trait(), List.of());
            int own = d.traitArgs().size() - assoc.size();
            int idx = assoc.indexOf(p.name());
            if (idx < 0 && (isLang(d.trait(), "Fn") || isLang(d.trait(), "FnMut")) && p.name().equals("Output")) {
                return d.traitArgs().size() > 1 ? d.traitArgs().get(1) : Ty.UNIT;
            }
            if (idx >= 0) return d.traitArgs().get(own + idx);
        }
        if (p.name().equals("Output") && cx.defs.trait(trait) instanceof TraitDef otd && otd.lang() != null
                && primitiveOperator(otd.lang(), self) && (p.traitArgs().isEmpty() || otd.lang().startsWith("Sh")
                        && icx.shallow(p.traitArgs().get(0)) instanceof Ty.Int || icx.shallow(p.traitArgs().get(0)).equals(self))) {
            return self; // `<i32 as Add>::Output` is i32
        }
        boolean rigid = self instanceof Ty.Param || self instanceof Ty.Projection || self instanceof Ty.Opaque;
        int snap = icx.snapshot();
        Selection s = select(self, trait, p.traitArgs(), 0);
        if (s.outcome() == Outcome.YES && s.impl() == null && rigid) {
            icx.rollback(snap);
            return new Ty.Projection(p.trait(), p.traitArgs(), p.name(), resolvedSelf);
        }
        if (s.outcome() != Outcome.YES || s.impl() == null) {
            icx.rollback(snap);
            if (rigid) return new Ty.Projection(p.trait(), p.traitArgs(), p.name(), resolvedSelf);
            return s.outcome() == Outcome.NO ? Ty.ERROR : null;
        }
        Ty assoc = s.impl().assocTypes().get(p.name());
        if (assoc == null) {
            icx.rollback(snap);
            return Ty.ERROR;
        }
        nestedOut.addAll(s.nested());
        return TySubst.subst(assoc, s.implArgs());
    }

    LangItem langOf(Ty t) {
        if (icx.shallow(t) instanceof Ty.Adt a) {
            var d = cx.defs.adt(a.def());
            return d == null ? null : d.lang();
        }
        return null;
    }
}
