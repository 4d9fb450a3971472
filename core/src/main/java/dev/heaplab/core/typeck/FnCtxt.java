package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ModuleScope;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.resolve.TyEnv;
import dev.heaplab.core.resolve.TypeLowerer;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of type-checking one body: inference variables, local scopes, enclosing loops and
 * closures, pending trait obligations, and the tables being filled. The checks themselves live in
 * {@link ExprChecker}, {@link PatChecker}, {@link MethodProbe}, {@link Coercion} and {@link MacroChecker}.
 */
final class FnCtxt {
    /** How many `unsafe { }` blocks enclose the expression being checked (E0133 outside them). */
    int unsafeDepth;

    /** A local variable: its binding pattern, type, and the closure nesting depth it was declared at. */
    record LocalVar(NodeId binding, String name, Ty ty, int closureDepth) {}

    /** An enclosing loop (breakTy null for `while`/`for`, which only break with `()`). */
    static final class LoopCx {
        final String label;
        final Ty breakTy;
        boolean broke;
        boolean block;
        String keyword = "loop"; // `while` or `for` for the wording of E0571
        Span head; // `for x in v` or `while cond`, labelled by E0571; a labelled block's whole span (E0696)

        LoopCx(String label, Ty breakTy) {
            this.label = label;
            this.breakTy = breakTy;
        }
    }

    /** A closure being checked: its signature and captured variables in first-use order. */
    static final class ClosureCx {
        final DefId id;
        final Expr.Closure expr;
        final FnSig sig;
        final int depth;
        final Map<NodeId, LocalVar> captures = new LinkedHashMap<>();

        ClosureCx(DefId id, Expr.Closure expr, FnSig sig, int depth) {
            this.id = id;
            this.expr = expr;
            this.sig = sig;
            this.depth = depth;
        }
    }

    final ProgramCx cx;
    final DefId owner;
    final TyEnv env;
    final InferCtxt icx = new InferCtxt();
    final Tables tables = new Tables();
    final TraitSolver solver;
    final TypeLowerer lowerer;
    final Deque<Map<String, LocalVar>> locals = new ArrayDeque<>();
    final Deque<ModuleScope> scopes = new ArrayDeque<>();
    final Deque<Ty> returnTys = new ArrayDeque<>();
    final Deque<LoopCx> loops = new ArrayDeque<>();
    final Deque<ClosureCx> closures = new ArrayDeque<>();
    final List<ClosureCx> allClosures = new ArrayList<>();
    /** Closures coerced to a `fn` pointer, with where and to which type: an error if they capture (see BodyChecker.finish). */
    final Map<DefId, Reified> reifiedClosures = new LinkedHashMap<>();

    /** {@code cast} is the whole `closure as fn(..)` expression when the coercion came from a cast (E0605), else null. */
    /** Closures made function pointers as the least upper bound of branches, and the branches' error if one captures. */
    final List<LubClosures> lubClosures = new ArrayList<>();

    record LubClosures(List<DefId> closures, Runnable incompatible) {}

    record Reified(dev.heaplab.core.source.Span at, Ty to, dev.heaplab.core.source.Span cast) {}
    /**
     * Closures coerced to `dyn Fn`/`dyn FnMut` (at {@code site}): checked against the kind their body
     * gives them once it is analysed (BodyChecker.finish), as the trait solver accepts any closure.
     */
    final List<KindBound> closureKindBounds = new ArrayList<>();

    record KindBound(DefId closure, dev.heaplab.core.types.ClosureDef.Kind bound, dev.heaplab.core.source.Span site) {}
    final Map<DefId, FnSig> closureSigs = new HashMap<>();
    final List<Obligation> pending = new ArrayList<>();
    /** Integer literals of the body, and those written right after a unary minus (range-checked at the end). */
    final List<Expr.Lit> intLits = new ArrayList<>(); // and float literals: both checked by `overflowing_literals`
    final java.util.Set<dev.heaplab.core.syntax.NodeId> negatedLits = new java.util.HashSet<>();
    /** Operators whose operands were both unknown (`|a, b| a + b`), taken as primitive: checked in finish. */
    final List<Object[]> deferredOps = new ArrayList<>();
    /** `Send`/`Sync` bounds, proved by {@link AutoTraitCheck} once the body's closures are known. */
    final List<Obligation> autoObligations = new ArrayList<>();
    /** The function whose `Send`/`Sync` bound an obligation at a span comes from (for rustc's "required by a bound in"). */
    final Map<Span, FnDef> autoBoundOwners = new HashMap<>();
    /** A user function's type argument that must be `Sized` (its parameter is not `?Sized`), checked once inferred. */
    record SizedArg(Ty ty, Span span) {}
    final List<SizedArg> sizedArgs = new ArrayList<>();
    final List<Ty[]> projEqs = new ArrayList<>();
    /**
     * The function whose `Fn*` bounds obligations at a span come from, and the expression rustc's
     * E0631 points at (the method's name, or the whole call once they point at an argument).
     */
    record BoundSite(FnDef fn, Span call) {}
    final Map<Span, BoundSite> boundSites = new HashMap<>();
    final Set<NodeId> reported = new HashSet<>();
    final ExprChecker exprs;
    final PatChecker pats;
    final MethodProbe probe;
    final Coercion coercion;
    final MacroChecker macros;
    final List<DefId> nestedBodies = new ArrayList<>();

    final BodyChecker bodies;
    /** Binding patterns by NodeId, for E0282 locations. */
    final Map<NodeId, dev.heaplab.core.syntax.Pattern.Binding> bindingPatterns = new HashMap<>();

    /** How many diagnostics there were when this body's checking began (rustc's `tainted_by_errors`). */
    private final int diagsAtStart;

    /** Has an error been reported since this body's checking began? rustc then stays silent on unknown types. */
    boolean tainted() {
        List<dev.heaplab.core.diag.Diagnostic> all = cx.diags.all();
        for (int i = diagsAtStart; i < all.size(); i++) if (all.get(i).isError()) return true;
        return false;
    }

    private int anonConsts;

    /** rustc's name of the next anonymous constant (an array length) of this body: `main::{constant#0}`. */
    String anonConstName() {
        var f = cx.defs.fn(owner);
        var c = cx.defs.constant(owner);
        String base = f != null ? f.qualifiedName() : c != null ? c.name() : "";
        return base + "::{constant#" + anonConsts++ + "}";
    }

    FnCtxt(ProgramCx cx, DefId owner, TyEnv env, BodyChecker bodies) {
        this.diagsAtStart = cx.diags.all().size();
        this.bodies = bodies;
        this.cx = cx;
        this.owner = owner;
        this.env = env;
        this.lowerer = new TypeLowerer(cx);
        this.solver = new TraitSolver(cx, icx, env.predicates, this::closureSig);
        this.scopes.push(env.scope);
        this.exprs = new ExprChecker(this);
        this.pats = new PatChecker(this);
        this.probe = new MethodProbe(this);
        this.coercion = new Coercion(this);
        this.macros = new MacroChecker(this);
    }

    ModuleScope scope() { return scopes.peek(); }

    /** A closure's signature: from this body while it is checked, else from its finished definition. */
    FnSig closureSig(DefId closure) {
        FnSig s = closureSigs.get(closure);
        if (s != null) return s;
        var def = cx.defs.closure(closure);
        return def == null ? null : def.sig();
    }

    /**
     * The signature of a closure type: a closure made in another body (returned as `impl Fn` by a
     * generic function) has its signature in that function's generics, instantiated by the type's arguments.
     */
    FnSig closureSig(Ty.Closure c) {
        FnSig s = closureSig(c.def());
        if (s == null || closureSigs.containsKey(c.def())) return s;
        return new FnSig(TySubst.subst(s.inputs(), c.parentArgs()), TySubst.subst(s.output(), c.parentArgs()));
    }

    boolean enterBlockItems(dev.heaplab.core.syntax.Stmt.Block b) { return bodies.enterBlockItems(this, b); }

    /** The item's type environment in the current scope, where `_` stands for a fresh variable. */
    TyEnv tyEnv() {
        TyEnv e = env.withScope(scope());
        e.placeholder = icx::fresh;
        e.wellFormed = this::wellFormed;
        return e;
    }

    /** The declared bounds of a user ADT written in the body (`let w: W<String>`), proved with the body's inference. */
    void wellFormed(Ty.Adt adt, Span span) {
        List<GenericsDef.Predicate> bounds = cx.adtPredicates.getOrDefault(adt.def(), List.of());
        List<Span> boundSpans = bounds.isEmpty() ? List.of() : WellFormedCheck.boundSpans(cx, adt.def());
        for (int i = 0; i < bounds.size(); i++) {
            GenericsDef.Predicate p = bounds.get(i);
            Map<String, Ty> bindings = new java.util.LinkedHashMap<>();
            p.assocBindings().forEach((k, t) -> bindings.put(k, TySubst.subst(t, adt.args())));
            Ty self = TySubst.subst(p.self(), adt.args());
            List<Ty> args = TySubst.subst(p.traitArgs(), adt.args());
            // a bound of known types that fails is reported at once, in rustc's words (before what follows)
            if (bindings.isEmpty() && !TySubst.hasInfer(self) && args.stream().noneMatch(TySubst::hasInfer)
                    && solver.select(self, p.trait(), args, 0).outcome() == TraitSolver.Outcome.NO) {
                cx.diags.add(WellFormedCheck.unsatisfied(cx, self, p.trait(), args, span, adt.def(),
                        boundSpans.size() == bounds.size() ? boundSpans.get(i) : null).build());
                continue;
            }
            require(self, p.trait(), args, bindings, span);
        }
    }

    Ty record(NodeId id, Ty t) {
        tables.types.put(id, t);
        return t;
    }

    String show(Ty t) { return eraseForeignRegions(icx.resolve(t)).display(cx.defs); }

    /** The same with rustc's forced trimmed paths (std's items by their bare names), as E0308's "expected `X`, found `Y`" label. */
    String showTrimmed(Ty t) { return eraseForeignRegions(icx.resolve(t)).display(cx.defs.forcedTrimmed()); }

    /** The lifetimes named in this function's signature (its own and its impl's), made on first use. */
    private Set<String> regionsInScope;

    /**
     * A type as rustc shows it in this function: a lifetime the function cannot name (one of a std
     * impl's, `&'a T` from iterating a slice) is left out, as rustc leaves out erased regions.
     */
    private Ty eraseForeignRegions(Ty t) {
        if (regionsInScope == null) {
            Set<String> names = new HashSet<>();
            dev.heaplab.core.types.FnDef fn = cx.defs.fn(owner);
            if (fn != null && fn.sig() != null) {
                List<Ty> sigTys = new java.util.ArrayList<>(fn.sig().inputs());
                sigTys.add(fn.sig().output());
                for (Ty s : sigTys) {
                    dev.heaplab.core.types.TySubst.map(s, x -> {
                        if (x instanceof Ty.Ref r && r.region().isNamed()) names.add(r.region().name());
                        return x;
                    });
                }
            }
            if (fn != null && fn.decl() != null) {
                for (var gp : fn.decl().generics().params()) {
                    if (gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.LifetimeParam lp) names.add(lp.name().name());
                }
            }
            regionsInScope = names;
        }
        return dev.heaplab.core.types.TySubst.map(t, x -> x instanceof Ty.Ref r && r.region().isNamed()
                && !r.region().equals(dev.heaplab.core.types.Region.STATIC) && !regionsInScope.contains(r.region().name())
                ? new Ty.Ref(dev.heaplab.core.types.Region.ERASED, r.mutable(), r.inner()) : x);
    }

    // ---- locals ----

    void pushScope() { locals.push(new LinkedHashMap<>()); }

    void popScope() {
        for (LocalVar v : locals.pop().values()) {
            Span let = simpleLets.get(v.binding());
            if (let != null) endedLets.putIfAbsent(v.name(), let);
        }
    }

    /** The identifiers of `let x`/`let mut x` statements, and those whose scope has ended, by name (rustc's "available in a different scope"). */
    final Map<NodeId, Span> simpleLets = new java.util.HashMap<>();
    final Map<String, Span> endedLets = new java.util.HashMap<>();
    /** The values of struct literals' shorthand fields (`P { x }`), where rustc's fixes write `x: ...`. */
    final java.util.Set<Span> shorthandInits = new java.util.HashSet<>();

    void declareLocal(NodeId binding, String name, Ty ty) {
        locals.peek().put(name, new LocalVar(binding, name, ty, closures.size()));
        record(binding, ty);
    }

    /** Finds a local by name, recording it as a capture of every closure between its declaration and here. */
    LocalVar lookupLocal(String name) {
        for (Map<String, LocalVar> m : locals) {
            LocalVar v = m.get(name);
            if (v == null) continue;
            for (ClosureCx c : closures) if (c.depth >= v.closureDepth()) c.captures.putIfAbsent(v.binding(), v);
            return v;
        }
        return null;
    }

    // ---- obligations and normalisation ----

    void require(Ty self, DefId trait, List<Ty> args, Map<String, Ty> bindings, Span span) {
        if (trait == null) return;
        if (AutoTraitCheck.isAuto(cx, trait)) {
            autoObligations.add(new Obligation(self, trait, args, bindings, span, 0));
            return;
        }
        pending.add(new Obligation(self, trait, args, bindings, span, 0));
    }

    /** Replaces projections by their normal form, or by a variable resolved once it can be. */
    Ty normalize(Ty t) {
        if (!TySubst.needsSubst(t)) return t;
        Ty resolved = icx.resolve(t);
        // the map below changes only projections: without any, it would return the type itself
        if (!TySubst.hasProjection(resolved)) return resolved;
        return TySubst.map(resolved, x -> {
            if (!(x instanceof Ty.Projection p)) return x;
            List<Obligation> nested = new ArrayList<>();
            Ty n = solver.normalize(p, nested);
            for (Obligation o : nested) pending.add(o);
            if (n instanceof Ty.Projection np && np.equals(p)) return p;
            if (n != null) return normalize(n);
            Ty v = icx.fresh();
            projEqs.add(new Ty[] {p, v});
            return v;
        });
    }

    /** Generic arguments for a use of {@code fn}: parent's given, the rest fresh (or from turbofish), bounds required. */
    List<Ty> instantiate(FnDef fn, List<Ty> parentArgs, List<Ty> explicit, Span span) {
        GenericsDef g = fn.generics();
        List<Ty> args = new ArrayList<>(parentArgs);
        while (args.size() < g.parentCount()) args.add(icx.fresh());
        int own = g.params().size() - g.parentCount();
        // `impl Trait` arguments are generic parameters a turbofish cannot name: it gives the others
        int named = 0;
        for (int i = 0; i < own; i++) if (!g.params().get(g.parentCount() + i).equals("impl Trait")) named++;
        if (!explicit.isEmpty() && explicit.size() != named) {
            cx.error("E0107", "function takes " + named + " generic argument" + (named == 1 ? "" : "s") + " but "
                    + explicit.size() + " generic argument" + (explicit.size() == 1 ? " was" : "s were") + " supplied",
                    span, "expected " + named + " generic argument" + (named == 1 ? "" : "s"));
            explicit = List.of();
        }
        for (int i = 0, j = 0; i < own; i++) {
            boolean implTrait = g.params().get(g.parentCount() + i).equals("impl Trait");
            args.add(!implTrait && j < explicit.size() ? explicit.get(j++) : icx.fresh());
        }
        if (fn.decl() != null && !CheckedStd.isStd(fn.decl().span())) {
            // type parameters are `Sized` unless declared `?Sized`: `fn f<T: Display>(x: &T)` takes no `&str`
            int i = 0;
            for (dev.heaplab.core.syntax.Generics.GenericParam gp : fn.decl().generics().params()) {
                if (!(gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp)) continue;
                int at = g.parentCount() + i++;
                if (at < args.size() && !maybeSized(fn.decl().generics(), tp)) sizedArgs.add(new SizedArg(args.get(at), span));
            }
        }
        boolean userFn = fn.decl() != null && fn.parentImpl() == null && !CheckedStd.isStd(fn.decl().span());
        for (GenericsDef.Predicate p : g.predicates()) {
            if (AutoTraitCheck.isAuto(cx, p.trait())) autoBoundOwners.put(span, fn);
            if (p.trait() != null && lowerer.isFnTrait(p.trait()) && span != null) boundSites.put(span, new BoundSite(fn, span));
            Ty self = normalize(TySubst.subst(p.self(), args));
            List<Ty> traitArgs = normalizeAll(TySubst.subst(p.traitArgs(), args));
            Map<String, Ty> bindings = substMap(p.assocBindings(), args);
            Span bound = !userFn || !(p.self() instanceof Ty.Param tp) ? null : tp.name().equals("impl Trait")
                    ? implTraitBound(fn.decl(), cx.defs.name(p.trait())) : writtenBound(fn.decl().generics(), tp.name(), cx.defs.name(p.trait()));
            if (bound == null || p.trait() == null || AutoTraitCheck.isAuto(cx, p.trait())) require(self, p.trait(), traitArgs, bindings, span);
            else pending.add(new Obligation(self, p.trait(), traitArgs, bindings, span, 0,
                    new Obligation.BoundCause(fn.name(), bound, span)));
        }
        return args;
    }

    /** The trait bound {@code trait} written on type parameter {@code param} (in its list or a where-clause), or null. */
    private static Span writtenBound(dev.heaplab.core.syntax.Generics g, String param, String trait) {
        for (var gp : g.params()) {
            if (gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp && tp.name().name().equals(param))
                for (var b : tp.bounds()) if (namesTrait(b, trait)) return b.span();
        }
        for (var w : g.where())
            if (w.boundedType() instanceof dev.heaplab.core.syntax.TypeExpr.PathType pt && pt.path().segments().size() == 1
                    && pt.path().last().name().name().equals(param))
                for (var b : w.bounds()) if (namesTrait(b, trait)) return b.span();
        return null;
    }

    /** The bound {@code trait} of the only `impl Trait` parameter type naming it (`x: &impl Speak`), or null. */
    private static Span implTraitBound(dev.heaplab.core.syntax.Item.FnDecl decl, String trait) {
        Span found = null;
        for (var param : decl.params()) {
            var t = param.type();
            while (t instanceof dev.heaplab.core.syntax.TypeExpr.RefType r) t = r.inner();
            if (!(t instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType it)) continue;
            for (var b : it.bounds()) {
                if (!namesTrait(b, trait)) continue;
                if (found != null) return null;
                found = b.span();
            }
        }
        return found;
    }

    private static boolean namesTrait(dev.heaplab.core.syntax.Generics.Bound b, String trait) {
        return b instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb && !tb.maybe()
                && tb.path().last().name().name().equals(trait);
    }

    /** `T: ?Sized` among the parameter's bounds or in a where-clause on `T`. */
    private static boolean maybeSized(dev.heaplab.core.syntax.Generics g, dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp) {
        for (var b : tp.bounds()) if (b instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb && tb.maybe()) return true;
        for (var w : g.where())
            if (w.boundedType() instanceof dev.heaplab.core.syntax.TypeExpr.PathType pt && pt.path().segments().size() == 1
                    && pt.path().last().name().name().equals(tp.name().name()))
                for (var b : w.bounds()) if (b instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb && tb.maybe()) return true;
        return false;
    }

    List<Ty> normalizeAll(List<Ty> ts) {
        List<Ty> out = new ArrayList<>();
        for (Ty t : ts) out.add(normalize(t));
        return out;
    }

    static Map<String, Ty> substMap(Map<String, Ty> m, List<Ty> args) {
        Map<String, Ty> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, TySubst.subst(v, args)));
        return out;
    }

    /**
     * A callee's signature for these arguments: a function returning `impl Trait` returns its opaque
     * type, which callers know only by its bounds (rustc reveals it only in its defining function).
     */
    FnSig calleeSig(dev.heaplab.core.types.FnDef f, List<Ty> args) {
        FnSig sig = instantiateSig(f.sig(), args);
        if (!cx.opaqueReturn.containsKey(f.id())) return sig;
        bodies.sawOpaque = true;
        return new FnSig(sig.inputs(), new Ty.Opaque(f.id(), args));
    }

    FnSig instantiateSig(FnSig sig, List<Ty> args) {
        List<Ty> ins = new ArrayList<>();
        for (Ty t : sig.inputs()) ins.add(normalize(TySubst.subst(t, args)));
        return new FnSig(ins, normalize(TySubst.subst(sig.output(), args)));
    }

    /** Pending obligations found ambiguous, with the inputs they were selected on ({@link TraitSolver#settledKey}). */
    private final Map<Obligation, List<Object>> stalled = new java.util.IdentityHashMap<>();

    /** Proves what can be proved now; reports failures (and, when {@code last}, what stays ambiguous). */
    void selectPending(boolean last) {
        boolean progress = true;
        int rounds = 0;
        while (progress && rounds++ < 50) {
            progress = false;
            for (int i = 0; i < projEqs.size(); i++) {
                Ty[] eq = projEqs.get(i);
                Ty.Projection p = (Ty.Projection) icx.resolve(eq[0]);
                List<Obligation> nested = new ArrayList<>();
                Ty n = solver.normalize(p, nested);
                if (n == null) continue;
                pending.addAll(nested);
                projEqs.remove(i--);
                icx.unify(normalize(n), eq[1]);
                progress = true;
            }
            List<Obligation> work = new ArrayList<>(pending);
            pending.clear();
            for (Obligation o0 : work) {
                Obligation o = TySubst.needsSubst(o0.self()) || o0.args().stream().anyMatch(TySubst::needsSubst)
                        ? new Obligation(normalize(o0.self()), o0.trait(), normalizeAll(o0.args()), o0.bindings(), o0.span(), o0.depth(), o0.cause())
                        : o0;
                // An obligation left ambiguous on the same inputs stays so: selection depends on nothing else.
                // (a literal's variable too: selecting it scans every impl of the trait)
                List<Object> inputs = icx.shallow(o.self()) instanceof Ty.Infer v && v.kind() == Ty.InferKind.GENERAL ? null
                        : solver.settledKey(o.self(), o.trait(), o.args(), o.depth());
                if (inputs != null && inputs.equals(stalled.remove(o0))) {
                    pending.add(o);
                    stalled.put(o, inputs);
                    continue;
                }
                TraitSolver.Selection s = solver.select(o.self(), o.trait(), o.args(), o.depth());
                if (s.outcome() == TraitSolver.Outcome.AMBIGUOUS && inputs != null) stalled.put(o, inputs);
                switch (s.outcome()) {
                    case YES -> {
                        progress = true;
                        for (Obligation n : s.nested()) {
                            if (o.depth() < 12) pending.add(new Obligation(n.self(), n.trait(), n.args(), n.bindings(),
                                    n.span() == null ? o.span() : n.span(), o.depth() + 1));
                        }
                        bindAssoc(o);
                    }
                    case NO -> reportUnsatisfied(o, o0.self());
                    case AMBIGUOUS -> pending.add(o);
                }
            }
        }
        if (last) {
            for (Obligation o : pending) {
                if (solver.select(o.self(), o.trait(), o.args(), o.depth()).outcome() == TraitSolver.Outcome.NO) reportUnsatisfied(o);
            }
        }
    }

    private void bindAssoc(Obligation o) {
        for (var e : o.bindings().entrySet()) {
            DefId decl = solver.declaringTrait(o.trait(), e.getKey());
            if (decl == null) continue;
            List<Ty> args = decl.equals(o.trait()) ? o.args() : List.of();
            if (solver.isLang(decl, "FnOnce")) args = o.args();
            Ty n = normalize(new Ty.Projection(decl, args, e.getKey(), o.self()));
            if (!icx.unify(n, normalize(e.getValue())) && o.span() == null) unplacedFailures++;
            else if (o.span() != null && !icx.unify(n, normalize(e.getValue()))) {
                Ty expected = icx.resolve(e.getValue());
                // rustc words an iterator's `Item` in terms of what it yields, the iterator by its forced trimmed path
                String message = solver.isLang(o.trait(), "Iterator") && e.getKey().equals("Item")
                        ? "expected `" + showTrimmed(o.self()) + "` to be an iterator that yields `" + show(expected) + "`, but it yields `" + show(n) + "`"
                        : "type mismatch resolving `<" + show(o.self()) + " as " + cx.defs.path(o.trait()) + ">::" + e.getKey() + " == " + show(expected) + "`";
                Diagnostic.Builder b = Diagnostic.error("E0271", message)
                        .primary(o.span(), "expected `" + show(expected) + "`, found `" + show(n) + "`");
                Obligation.BoundCause cause = o.cause();
                if (cause != null) {
                    if (!cause.call().equals(o.span())) b.secondary(cause.call(), "required by a bound introduced by this call");
                    b.spanNoteInOrder("required by a bound in `" + cause.owner() + "`", List.of(dev.heaplab.core.diag.Label.primary(
                            bindingSpan(cause.bound(), e.getKey()), "required by this bound in `" + cause.owner() + "`")));
                }
                cx.diags.add(b.build());
            }
        }
    }

    /** Within a written bound (`Iterator<Item = u32>`), the binding of {@code name} (`Item = u32`), where rustc points; else the bound. */
    private Span bindingSpan(Span bound, String name) {
        String t = text(bound);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + name + "\\s*=").matcher(t);
        if (!m.find()) return bound;
        int depth = 0, end = m.end();
        for (; end < t.length(); end++) {
            char c = t.charAt(end);
            if (c == '<' || c == '(' || c == '[') depth++;
            else if ((c == '>' || c == ')' || c == ']') && depth-- == 0) break;
            else if (c == ',' && depth == 0) break;
        }
        while (end > m.end() && Character.isWhitespace(t.charAt(end - 1))) end--;
        return new Span(bound.lo() + m.start(), bound.lo() + end);
    }

    /** Associated-type equalities found false that had no place to be reported at (see BodyChecker.finish). */
    int unplacedFailures;

    void reportUnsatisfied(Obligation o) { reportUnsatisfied(o, o.self()); }

    /** The unsizing casts (from, to) whose trait bound was required at a span: rustc's "required for the cast from `X` to `Y`". */
    final Map<Span, Ty[]> casts = new HashMap<>();

    /** {@code written}: the bound's self type before normalising, whose literals' variables tell `{float}` from `f64`. */
    private void reportUnsatisfied(Obligation o, Ty written) {
        if (o.span() == null) return;
        Ty self = icx.resolve(o.self());
        // an unresolved variable says nothing yet; a literal's (`{integer}`) fails as rustc's does
        if (self instanceof Ty.Error || self instanceof Ty.Infer i && i.kind() == Ty.InferKind.GENERAL) return;
        List<Ty> args = o.args().stream().map(icx::resolve).toList();
        // a `{float}` that only the default made `f64`: std's traits are the same for f32 and f64, so rustc found the
        // bound false before its fallback and shows the literal's type (`{float}: Ord`)
        if (self instanceof Ty.Float && icx.resolveBeforeDefaults(written, java.util.Set.of(Ty.InferKind.FLOAT)) instanceof Ty.Infer v) self = v;
        if (new ClosureArgMismatch(this).report(o, self, args)) return;
        Diagnostic.Builder b = WellFormedCheck.unsatisfied(cx, self, o.trait(), args, o.span(), null, null);
        Obligation.BoundCause cause = o.cause();
        if (cause != null) {
            if (!cause.call().equals(o.span())) b.secondary(cause.call(), "required by a bound introduced by this call");
            b.spanNoteInOrder("required by a bound in `" + cause.owner() + "`",
                    List.of(dev.heaplab.core.diag.Label.primary(cause.bound(), "required by this bound in `" + cause.owner() + "`")));
        }
        Ty[] cast = casts.get(o.span());
        if (cast != null) {
            var literals = java.util.EnumSet.of(Ty.InferKind.INTEGER, Ty.InferKind.FLOAT);
            b.note("required for the cast from `" + eraseForeignRegions(icx.resolveBeforeDefaults(cast[0], literals)).display(cx.defs)
                    + "` to `" + eraseForeignRegions(icx.resolveBeforeDefaults(cast[1], literals)).display(cx.defs) + "`");
        }
        cx.diags.add(b.build());
    }

    void mismatch(Span span, Ty expected, Ty found) { mismatch(span, expected, found, null); }

    /** E0308 with the reason the type was expected, as rustc's labels and notes give it (see TypeMismatch). */
    void mismatch(Span span, Ty expected, Ty found, TypeMismatch.Because because) {
        if (because == null && returnTypeSpan != null && closures.isEmpty() && tailValues.contains(span))
            because = new TypeMismatch.Because.ReturnType(returnTypeSpan);
        Diagnostic.Builder d = mismatches.mismatch(span, expected, found, because);
        if (d != null) cx.diags.add(d.build());
    }

    final TypeMismatch mismatches = new TypeMismatch(this);

    /** The function's written return type (null for `impl Trait`, none, or a constant): E0308's "because of return type". */
    Span returnTypeSpan;

    /**
     * The spans of the values that become the function's value through block tails and `if`
     * branches (rustc's tail position): a mismatch there is blamed on the return type too.
     */
    final Set<Span> tailValues = new HashSet<>();

    void markTailValues(Expr e) {
        switch (e) {
            case Expr.BlockExpr b -> { if (b.block().tail() != null) markTailValues(b.block().tail()); }
            case Expr.If i -> {
                if (i.then().tail() != null) markTailValues(i.then().tail());
                if (i.elseBranch() != null) markTailValues(i.elseBranch());
            }
            case Expr.Paren p -> markTailValues(p.inner());
            default -> tailValues.add(e.span());
        }
    }

    /** The span of a binary operator's symbol (between its operands), or the whole expression's. */
    Span opSpan(Expr.Binary b) {
        if (cx.sources != null) {
            var f = cx.sources.fileOf(b.span());
            if (f != null) {
                String between = f.slice(new Span(b.lhs().span().hi(), b.rhs().span().lo()));
                int at = between.indexOf(b.op().symbol());
                if (at >= 0) {
                    int lo = b.lhs().span().hi() + at;
                    return new Span(lo, lo + b.op().symbol().length());
                }
            }
        }
        return b.span();
    }

    void error(String code, String message, Span span, String label) { cx.error(code, message, span, label); }

    /**
     * An assignment to a constant (E0070, or E0067 for `+=`: a constant is a value, not a place) or
     * into an immutable static (E0594, which rustc's borrow checker reports). heaplab copies both at
     * each use, so without this check the write would go to a temporary and be accepted.
     */
    void assignedItem(Expr lhs, Expr rhs, boolean compound) {
        Expr root = lhs;
        while (true) {
            if (root instanceof Expr.Field f) root = f.base();
            else if (root instanceof Expr.Index i) root = i.base();
            else if (root instanceof Expr.Paren p) root = p.inner();
            else break;
        }
        if (!(root instanceof Expr.PathExpr pe)) return;
        Res res = tables.pathRes.get(pe.id());
        if (res instanceof Res.Const && root == lhs) {
            Span op = operatorSpan(lhs.span(), rhs.span());
            cx.report(dev.heaplab.core.diag.Diagnostic.error(compound ? "E0067" : "E0070", "invalid left-hand side of assignment")
                    .primary(op, "").secondary(lhs.span(), "cannot assign to this expression").build());
        } else if (res instanceof Res.Static st && cx.defs.constant(st.def()) != null && !cx.defs.constant(st.def()).mutable()) {
            var def = cx.defs.constant(st.def());
            Span whole = new Span(lhs.span().lo(), rhs.span().hi());
            var d = dev.heaplab.core.diag.Diagnostic.error("E0594", root == lhs ? "cannot assign to immutable static item `" + def.name() + "`"
                    : "cannot assign to `" + text(lhs.span()) + "`, as `" + def.name() + "` is an immutable static item");
            if (def.span() != null) d.secondary(declaredPart(def.span()), "this `static` cannot be written to");
            cx.report(d.primary(whole, "cannot assign").build());
        }
    }

    /** The `=` or `op=` between an assignment's sides (their gap when the text is not at hand). */
    Span operatorSpan(Span lhs, Span rhs) {
        var file = cx.sources == null ? null : cx.sources.fileOf(lhs);
        if (file == null || !file.contains(rhs.lo())) return new Span(lhs.hi(), rhs.lo());
        String gap = file.slice(new Span(lhs.hi(), rhs.lo()));
        int eq = gap.indexOf('=');
        if (eq < 0) return new Span(lhs.hi(), rhs.lo());
        int from = eq;
        while (from > 0 && "+-*/%&|^<>".indexOf(gap.charAt(from - 1)) >= 0) from--;
        return new Span(lhs.hi() + from, lhs.hi() + eq + 1);
    }

    /** `static NAME: Type` out of the item `static NAME: Type = value;`, as rustc labels it. */
    private Span declaredPart(Span item) {
        String t = text(item);
        int eq = t.indexOf('=');
        if (eq < 0) return item;
        int end = eq;
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) end--;
        return new Span(item.lo(), item.lo() + end);
    }

    /** The source text of a span of the user's file ("" where there is none). */
    String text(Span span) {
        var file = cx.sources == null ? null : cx.sources.fileOf(span);
        return file == null ? "" : file.slice(span);
    }

    boolean isCopy(Ty t) {
        DefId copy = cx.langTrait("Copy");
        return copy != null && solver.evaluate(new Obligation(t, copy, List.of(), Map.of(), null, 0)) == TraitSolver.Outcome.YES;
    }

    /** The type behind {@code t}'s references, each resolved as far as inference knows. */
    Ty behindRefs(Ty t) {
        while (t instanceof Ty.Ref ref) t = icx.shallow(ref.inner());
        return t;
    }

    boolean implementsTrait(Ty t, String lang, List<Ty> args) {
        DefId tr = cx.langTrait(lang);
        return tr != null && solver.evaluate(new Obligation(t, tr, args, Map.of(), null, 0)) != TraitSolver.Outcome.NO;
    }
}
