package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ItemCollector;
import dev.heaplab.core.resolve.ModuleScope;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.resolve.SignatureCollector;
import dev.heaplab.core.resolve.TyEnv;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.ConstDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks bodies one at a time (functions and consts, then items nested in blocks) and merges each
 * body's resolved tables into the program's. A body ends with: pending bounds selected, numeric
 * defaults applied, formatting requirements checked, closures classified, unresolved types reported.
 */
final class BodyChecker {
    private final ProgramCx cx;
    /** The program's tables, which each body's resolved tables are copied into. */
    final Tables out;
    private final Deque<DefId> queue = new ArrayDeque<>();
    private final Set<DefId> done = new HashSet<>();
    /** Bodies being checked now: a constant evaluation that needs one of them meets a cycle. */
    private final Set<DefId> checking = new HashSet<>();
    /** Whether a body met an opaque type (a call of a function returning `impl Trait`): see {@link #reveal}. */
    boolean sawOpaque;
    /** The closures defined by the bodies checked here, in order, whose types {@link #reveal} maps. */
    final List<DefId> closuresMade = new ArrayList<>();

    BodyChecker(ProgramCx cx, Tables out) {
        this.cx = cx;
        this.out = out;
    }

    void checkAll(List<DefId> bodies) {
        checkInOrder(checkingOrder(cx, bodies));
        finish();
    }

    /**
     * The order bodies are checked in: those of functions returning `impl Trait` first, as their callers
     * see the hidden type; then the others as listed.
     */
    static List<DefId> checkingOrder(ProgramCx cx, List<DefId> bodies) {
        List<DefId> order = new ArrayList<>(bodies.size());
        for (DefId d : bodies) if (cx.opaqueReturn.containsKey(d)) order.add(d);
        for (DefId d : bodies) if (!cx.opaqueReturn.containsKey(d)) order.add(d);
        return order;
    }

    /** Checks these bodies in this order (and the bodies of items in their blocks after them); {@link #finish} ends. */
    void checkInOrder(List<DefId> bodies) {
        queue.addAll(bodies);
        while (!queue.isEmpty()) {
            DefId d = queue.poll();
            if (!done.contains(d)) check(d);
        }
    }

    /** Once every body is checked: the opaque types revealed. */
    void finish() {
        if (sawOpaque) reveal();
    }

    private void check(DefId d) {
        done.add(d);
        checking.add(d);
        try {
            FnDef f = cx.defs.fn(d);
            if (f != null) checkFn(f);
            else if (cx.defs.constant(d) != null) checkConst(cx.defs.constant(d));
        } finally {
            checking.remove(d);
        }
    }

    /**
     * Checks the program's body {@code d} now if it was not (a constant or `const fn` whose value an
     * array length needs, as rustc evaluates it on demand); false while it is being checked (a cycle).
     */
    boolean ensureChecked(DefId d) {
        if (checking.contains(d)) return false;
        if (done.contains(d)) return true;
        FnDef f = cx.defs.fn(d);
        ConstDef c = f == null ? cx.defs.constant(d) : null;
        dev.heaplab.core.source.Span at = f != null ? f.span() : c != null ? c.span() : null;
        // the std stubs' bodies are checked once, on their own
        if (at == null || at.lo() >= (1 << 30)) return true;
        check(d);
        return true;
    }

    /** A constant evaluator over the program's checked bodies (and {@code fcx}'s, when not null). */
    ConstEval evaluator(FnCtxt fcx) {
        return new ConstEval(cx, fcx == null ? null : fcx.tables, fcx == null ? t -> t : fcx.icx::resolve, out, this::ensureChecked);
    }

    /**
     * Replaces the opaque types of the checked bodies by their hidden types, once every body is checked:
     * later stages (lowering, borrow checking, the machine) need the concrete type for layout, drops and
     * dispatch, as rustc reveals opaque types after type checking.
     */
    private void reveal() {
        java.util.function.UnaryOperator<Ty> f = t -> reveal(t, 0);
        for (DefId d : cx.opaqueReturn.keySet()) {
            FnDef fn = cx.defs.fn(d);
            if (fn == null || !done.contains(d)) continue;
            Ty out = f.apply(fn.sig().output());
            if (out != fn.sig().output()) cx.defs.put(new FnDef(fn.id(), fn.name(), fn.qualifiedName(), fn.generics(),
                    new FnSig(fn.sig().inputs(), out), fn.selfKind(), fn.decl(), fn.builtinKey(), fn.trackCaller(),
                    fn.parentImpl(), fn.parentTrait(), fn.span()));
        }
        for (DefId d : closuresMade) {
            ClosureDef c = cx.defs.closure(d);
            List<ClosureDef.Capture> caps = new ArrayList<>();
            for (ClosureDef.Capture k : c.captures()) caps.add(new ClosureDef.Capture(k.binding(), k.name(), k.mode(),
                    f.apply(k.ty()), k.path(), k.pathSpan(), k.kindSpan()));
            cx.defs.put(new ClosureDef(c.id(), c.parentFn(), c.expr(), new FnSig(c.sig().inputs().stream().map(f).toList(),
                    f.apply(c.sig().output())), c.kind(), caps, c.span()));
        }
        out.types.forEach((k, t) -> {
            if (t instanceof Ty.Opaque o && !boundsImplyCopy(o)) out.opaqueMoves.add(k);
        });
        out.mapTypes(f);
    }

    /** Whether `Copy` is among an opaque type's bounds or their supertraits. */
    private boolean boundsImplyCopy(Ty.Opaque o) {
        var b = cx.defs.opaque(o.fn());
        if (b == null) return false;
        java.util.Deque<DefId> todo = new ArrayDeque<>();
        for (GenericsDef.Predicate p : b.bounds()) todo.add(p.trait());
        Set<DefId> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            DefId t = todo.poll();
            if (!seen.add(t)) continue;
            var td = cx.defs.trait(t);
            if (td == null) continue;
            if ("Copy".equals(td.lang())) return true;
            todo.addAll(td.supertraits());
        }
        return false;
    }

    private Ty reveal(Ty t, int depth) {
        if (!TySubst.any(t, x -> x instanceof Ty.Opaque)) return t;
        return TySubst.map(t, x -> {
            if (!(x instanceof Ty.Opaque o)) return x;
            FnDef fn = cx.defs.fn(o.fn());
            // a hidden type defined through itself (a recursive `impl Trait`) has no concrete type
            if (fn == null || depth > 20) return Ty.ERROR;
            return reveal(TySubst.subst(fn.sig().output(), o.args()), depth + 1);
        });
    }

    private void checkConst(ConstDef c) {
        FnCtxt fcx = new FnCtxt(cx, c.id(), cx.envs.get(c.id()), this);
        fcx.returnTys.push(c.ty());
        fcx.exprs.coerceTo(c.value(), c.ty());
        finish(fcx, c.value().span());
        ConstMutBorrows.check(fcx, c.value());
        constCalls(fcx, c);
        if (c.ty() instanceof Ty.Int it && !fcx.tainted()
                && evaluator(null).integer(c.value(), it.kind()) instanceof ConstEval.Outcome.Panic p) {
            cx.diags.add(ConstEval.failure(p, c.name()));
        }
    }

    /** std's `const fn`s that constants of the subset call (the stubs mark only some of them `const`). */
    private static final java.util.regex.Pattern MACRO_CALL = java.util.regex.Pattern.compile("\\b[a-z_]+!\\s*[(\\[{]");

    private static final java.util.Set<String> CONST_STD = java.util.Set.of("Vec::new", "String::new", "Cell::new",
            "RefCell::new", "Mutex::new", "RwLock::new", "VecDeque::new", "BTreeMap::new", "BTreeSet::new");

    /**
     * E0015: a constant's initialiser may call only `const fn`s. A user function not declared `const`
     * is an error; a std function heaplab does not know to be `const` is refused as unsupported.
     */
    private void constCalls(FnCtxt fcx, ConstDef c) {
        if (c.value() != null && nonConstStd(fcx, c)) return;
        var file = cx.sources == null || c.value() == null ? null : cx.sources.fileOf(c.value().span());
        if (file != null && MACRO_CALL.matcher(file.slice(c.value().span())).find()) {
            // `vec![..]`, `format!(..)` allocate: not `const` (rustc's E0010/E0015); the subset's macros are not checked here.
            cx.unsupported(c.value().span(), "a call of a function not known to be `const` in a constant's initialiser");
            return;
        }
        for (TypeckResults.Callee callee : fcx.tables.callees.values()) {
            FnDef f = cx.defs.fn(callee.fn());
            if (f == null || f.decl() != null && f.decl().isConst()) continue;
            boolean std = f.span() == null || f.span().lo() >= (1 << 30);
            if (std && CONST_STD.contains(f.builtinKey() != null ? f.builtinKey() : f.qualifiedName())) continue;
            if (!std && f.parentImpl() == null && f.parentTrait() == null) {
                cx.error("E0015", "cannot call non-const function `" + f.name() + "` in " + (c.isStatic() ? "statics" : "constants"),
                        c.value().span(), "");
            } else {
                cx.unsupported(c.value().span(), "a call of a function not known to be `const` in a constant's initialiser");
            }
            return;
        }
    }

    /**
     * std trait impls whose methods rustc 1.95 does not allow in a constant (not `const` impls: other
     * std trait methods may be const-unstable, E0658, or allowed), as rustc shows them.
     */
    private static final java.util.Set<String> NON_CONST_STD_IMPLS = java.util.Set.of(
            "<String as From<&str>>::from", "<str as ToOwned>::to_owned", "<str as ToString>::to_string");

    /**
     * std inherent functions of the stubs that are trait methods in rustc (not `const`), with rustc's
     * wording: the kind and the path it shows.
     */
    private static final java.util.Map<String, String[]> NON_CONST_STD = java.util.Map.of(
            "str::to_string", new String[] {"method", "<str as ToString>::to_string"},
            "str::to_owned", new String[] {"method", "<str as ToOwned>::to_owned"});

    /**
     * E0015 for the first call of a std function or macro known not to be `const` in a constant's
     * initialiser, at the call (a method call from its name), in evaluation order; true if reported.
     */
    private boolean nonConstStd(FnCtxt fcx, ConstDef c) {
        String in = c.isStatic() ? "statics" : "constants";
        String note = "calls in " + in + " are limited to constant functions, tuple structs and tuple variants";
        List<Expr> calls = new ArrayList<>();
        dev.heaplab.core.syntax.AstWalk.expr(c.value(), e -> {
            if (e instanceof Expr.Call || e instanceof Expr.MethodCall || e instanceof Expr.MacroCall) calls.add(e);
        }, st -> { });
        // evaluation order: arguments and receivers (which end first) before the call
        calls.sort(java.util.Comparator.comparingInt(e -> e.span().hi()));
        for (Expr e : calls) {
            if (e instanceof Expr.MacroCall m) {
                String name = m.name().name();
                Ty t = fcx.tables.types.get(m.id());
                if (name.equals("vec") && !m.repeat() && !m.args().isEmpty() && t != null
                        && fcx.icx.resolve(t) instanceof Ty.Adt v && v.args().size() == 1) {
                    // rustc's `vec![a, b]` is `box_assume_init_into_vec_unsafe(Box::new_uninit() ..)`
                    String elem = fcx.show(v.args().get(0));
                    int n = m.args().size();
                    cx.diags.add(Diagnostic.error("E0015", "cannot call non-const associated function `Box::<[" + elem + "; " + n
                            + "]>::new_uninit` in " + in).primary(m.span(), "").note(note).build());
                    cx.diags.add(Diagnostic.error("E0015", "cannot call non-const function `std::boxed::box_assume_init_into_vec_unsafe::<"
                            + elem + ", " + n + ">` in " + in).primary(m.span(), "").note(note).build());
                    return true;
                }
                if (name.equals("format")) {
                    FormatArgs fa = fcx.tables.formatArgs.get(m.id());
                    if (fa != null && !fa.args().isEmpty()) cx.diags.add(Diagnostic.error("E0015",
                            "cannot call non-const formatting macro in " + in).primary(m.span(), "").note(note).build());
                    cx.diags.add(Diagnostic.error("E0015", "cannot call non-const function `format` in " + in)
                            .primary(m.span(), "").note(note).build());
                    return true;
                }
                continue;
            }
            TypeckResults.Callee callee = fcx.tables.callees.get(e.id());
            FnDef f = callee == null ? null : cx.defs.fn(callee.fn());
            if (f == null || f.span() == null || f.span().lo() < (1 << 30)) continue;
            String[] wording = NON_CONST_STD.get(f.builtinKey() != null ? f.builtinKey() : f.qualifiedName());
            if (wording == null && f.parentTrait() != null && !callee.args().isEmpty()) {
                // a std trait method, as rustc shows it: `<Self as Trait<..>>::name`
                var td = cx.defs.trait(f.parentTrait());
                int n = cx.traitParamCount.getOrDefault(f.parentTrait(), 0);
                if (td == null || callee.args().size() < 1 + n) continue;
                List<String> targs = new ArrayList<>();
                for (int k = 1; k <= n; k++) targs.add(fcx.show(fcx.icx.resolve(callee.args().get(k))));
                String shown = "<" + fcx.show(fcx.icx.resolve(callee.args().get(0))) + " as " + td.name()
                        + (targs.isEmpty() ? "" : "<" + String.join(", ", targs) + ">") + ">::" + f.name();
                if (NON_CONST_STD_IMPLS.contains(shown))
                    wording = new String[] {f.decl() != null && f.decl().selfParam() != null ? "method" : "associated function", shown};
            }
            if (wording == null) continue;
            dev.heaplab.core.source.Span at = e instanceof Expr.MethodCall mc
                    ? new dev.heaplab.core.source.Span(mc.method().name().span().lo(), mc.span().hi()) : e.span();
            cx.diags.add(Diagnostic.error("E0015", "cannot call non-const " + wording[0] + " `" + wording[1] + "` in " + in)
                    .primary(at, "").note(note).build());
            return true;
        }
        return false;
    }

    private void checkFn(FnDef f) {
        Item.FnDecl decl = f.decl();
        FnCtxt fcx = new FnCtxt(cx, f.id(), cx.envs.get(f.id()), this);
        FnSig sig = fcx.instantiateSig(f.sig(), fcx.env.identityArgs());
        fcx.pushScope();
        int i = 0;
        if (decl.selfParam() != null) {
            fcx.declareLocal(decl.selfParam().id(), "self", sig.inputs().get(0));
            fcx.tables.bindingModes.put(decl.selfParam().id(), BindingMode.BY_VALUE);
            i = 1;
        }
        for (Item.Param p : decl.params()) fcx.pats.check(p.pattern(), sig.inputs().get(i++), BindingMode.BY_VALUE);
        fcx.pats.duplicateBindings(decl.params().stream().map(Item.Param::pattern).toList(), true);
        boolean opaque = cx.opaqueReturn.containsKey(f.id());
        Ty ret = opaque ? fcx.icx.fresh() : sig.output();
        // `-> dyn Trait` is E0746 (resolve.SizedTypes); rustc reports nothing of the body's value then
        if (ret instanceof Ty.Dynamic && decl.ret() instanceof dev.heaplab.core.syntax.TypeExpr.DynTraitType) ret = Ty.ERROR;
        // The body's value is expected to meet the `impl Trait` bounds (closure signatures come from them).
        if (opaque) for (GenericsDef.Predicate p : cx.opaqueBounds.getOrDefault(f.id(), List.of()))
            fcx.pending.add(new Obligation(ret, p.trait(), p.traitArgs(), p.assocBindings(),
                    decl.ret() == null ? null : decl.ret().span(), 0));
        fcx.returnTys.push(ret);
        fcx.returnTypeSpan = decl.ret() == null || opaque || cx.assocConstFns.contains(f.id()) ? null : decl.ret().span();
        if (decl.body().tail() != null) fcx.markTailValues(decl.body().tail());
        Ty body = fcx.exprs.block(decl.body(), ret);
        fcx.record(decl.body().id(), body);
        boolean coerced = fcx.coercion.coerce(decl.body().id(), body, ret,
                decl.body().tail() != null ? decl.body().tail().span() : decl.body().span());
        // The coercion of a body's value applies to its tail expression (lowering reads it there).
        List<Adjustment> adj = fcx.tables.adjustments.get(decl.body().id());
        if (coerced && adj != null && decl.body().tail() != null && !fcx.tables.adjustments.containsKey(decl.body().tail().id())) {
            fcx.tables.adjustments.remove(decl.body().id());
            fcx.tables.adjustments.put(decl.body().tail().id(), adj);
        }
        if (!coerced) {
            if (decl.body().tail() != null) fcx.mismatch(decl.body().tail().span(), ret, body,
                    fcx.returnTypeSpan == null ? null : new TypeMismatch.Because.ReturnType(fcx.returnTypeSpan));
            else {
                cx.diags.add(Diagnostic.error("E0308", "mismatched types")
                        .primary(decl.ret() != null ? decl.ret().span() : decl.name().span(), "expected `" + fcx.showTrimmed(ret)
                                + "`, found `()`")
                        .secondary(decl.name().span(), "implicitly returns `()` as its body has no tail or `return` expression")
                        .build());
            }
        }
        finish(fcx, decl.name().span());
        if (decl.isConst() && f.span() != null && f.span().lo() < (1 << 30) && !fcx.tainted()) constFnCalls(fcx, decl);
        if (opaque) {
            // Left unresolved by an erroneous body: no variable of this body may leak to its callers.
            Ty concrete = TySubst.map(fcx.icx.resolveWithDefaults(ret), x -> x instanceof Ty.Infer ? Ty.ERROR : x);
            // A hidden type that misses a bound (E0277 at the `impl Trait`) is an error for the callers too,
            // which see only the bounds in rustc: no E0599 for the bound's own methods.
            for (GenericsDef.Predicate p : cx.opaqueBounds.getOrDefault(f.id(), List.of())) {
                // an `impl Fn`/`impl FnMut` closure is checked as that kind (the solver accepts any closure)
                var kind = concrete instanceof Ty.Closure hc ? Coercion.closureKind(cx.defs.trait(p.trait())) : null;
                if (kind != null) closureKind(fcx, new FnCtxt.KindBound(((Ty.Closure) concrete).def(), kind,
                        decl.body().tail() != null ? decl.body().tail().span() : null));
                if (fcx.solver.select(concrete, p.trait(), p.traitArgs(), 0).outcome() == TraitSolver.Outcome.NO) concrete = Ty.ERROR;
            }
            cx.defs.put(new FnDef(f.id(), f.name(), f.qualifiedName(), f.generics(), new FnSig(f.sig().inputs(), concrete),
                    f.selfKind(), f.decl(), f.builtinKey(), f.trackCaller(), f.parentImpl(), f.parentTrait(), f.span()));
        }
    }

    /**
     * `Vec::push` in a `const fn` (const-unstable in rustc 1.95): E0658 and rustc's second error. (A
     * call of the program's non-`const` functions is E0015, see CallChecker; other std calls are
     * not checked, the stubs do not record which are `const`.)
     */
    private void constFnCalls(FnCtxt fcx, Item.FnDecl decl) {
        dev.heaplab.core.syntax.AstWalk.block(decl.body(), e -> {
            if (!(e instanceof Expr.MethodCall m)) return;
            TypeckResults.Callee callee = fcx.tables.callees.get(e.id());
            FnDef g = callee == null ? null : cx.defs.fn(callee.fn());
            if (g == null || g.span() == null || g.span().lo() < (1 << 30)
                    || !"Vec::push".equals(g.builtinKey() != null ? g.builtinKey() : g.qualifiedName())) return;
            String elem = callee.args().isEmpty() ? "_" : fcx.show(callee.args().get(0));
            cx.diags.add(Diagnostic.error("E0658", "cannot call conditionally-const method `Vec::<" + elem + ">::push` in constant functions")
                    .primary(new dev.heaplab.core.source.Span(m.method().name().span().lo(), m.span().hi()), "")
                    .note("calls in constant functions are limited to constant functions, tuple structs and tuple variants")
                    .note("see issue #143874 <https://github.com/rust-lang/rust/issues/143874> for more information").build());
            cx.diags.add(Diagnostic.error(null, "`Vec::<T, A>::push` is not yet stable as a const fn").primary(m.span(), "").build());
        }, st -> { });
    }

    private void finish(FnCtxt fcx, dev.heaplab.core.source.Span item) {
        fcx.selectPending(false);
        fcx.icx.applyDefaults();
        fcx.selectPending(true);
        // An associated type found different from what a bound requires, with no place to report it
        // (a bound left by normalising a projection): rustc rejects the program, so it is refused.
        if (fcx.unplacedFailures > 0 && item != null && item.lo() < (1 << 30) && !cx.diags.hasErrors())
            cx.unsupported(item, "a type mismatch between the adapters of an iterator chain that heaplab cannot place "
                    + "(rustc reports it, e.g. E0631 for a closure whose parameter type is not the item it is given)");
        fcx.exprs.ops.checkDeferred();
        overflowingLiterals(fcx);
        fcx.macros.finish();
        reportUnresolved(fcx);
        List<FnCtxt.ClosureCx> closures = new ArrayList<>(fcx.allClosures);
        for (int k = closures.size() - 1; k >= 0; k--) closureDef(fcx, closures.get(k));
        capturingReified(fcx);
        for (FnCtxt.KindBound k : fcx.closureKindBounds) closureKind(fcx, k);
        new AutoTraitCheck(cx, fcx).run(fcx.autoObligations);
        for (FnCtxt.SizedArg a : fcx.sizedArgs) {
            Ty t = fcx.icx.resolve(a.ty());
            if (!(t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic)) continue;
            String s = fcx.show(t);
            cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0277", "the size for values of type `" + s + "` cannot be known at compilation time")
                    .primary(a.span(), "doesn't have a size known at compile-time")
                    .help("the trait `Sized` is not implemented for `" + s + "`").build());
            break;
        }
        fcx.tables.resolveInto(out, t -> {
            Ty r = fcx.icx.resolve(t);
            // variables still unresolved (reported above) become errors; without any, the map would return r itself
            return TySubst.hasInfer(r) ? TySubst.map(r, x -> x instanceof Ty.Infer ? Ty.ERROR : x) : r;
        });
        queue.addAll(fcx.nestedBodies);
    }

    /**
     * A closure required to be `Fn`/`FnMut` must not do more than that trait allows. Written at the
     * place that requires it, it is checked as that kind (rustc deduces the kind from the expected
     * type): E0507 for a capture moved out, E0594 for one assigned, E0596 for one borrowed mutably
     * in a `Fn` closure, at that use. Bound earlier, it keeps its own kind: E0525 at the closure.
     */
    /** Each closure's captures whose use decided its kind (the `n` of `n += 1` for `FnMut`). */
    private final java.util.Map<DefId, List<ClosureDef.Capture>> decisiveCaptures = new java.util.HashMap<>();

    private void closureKind(FnCtxt fcx, FnCtxt.KindBound k) {
        ClosureDef c = cx.defs.closure(k.closure());
        if (c == null || c.kind().ordinal() <= k.bound().ordinal()) return;
        String traitName = k.bound() == ClosureDef.Kind.FN ? "Fn" : "FnMut";
        String kind = c.kind() == ClosureDef.Kind.FN_ONCE ? "FnOnce" : "FnMut";
        dev.heaplab.core.source.Span site = k.site();
        if (site != null && site.lo() <= c.span().lo() && c.span().hi() <= site.hi()) {
            for (ClosureDef.Capture cap : decisiveCaptures.getOrDefault(c.id(), List.of())) {
                if (cap.kindSpan() == null) continue;
                dev.heaplab.core.source.Span use = cap.kindSpan();
                String article = k.bound() == ClosureDef.Kind.FN ? "a" : "an";
                Diagnostic.Builder d;
                if (c.kind() == ClosureDef.Kind.FN_ONCE) {
                    d = Diagnostic.error("E0507", "cannot move out of `" + cap.name() + "`, a captured variable in " + article
                            + " `" + traitName + "` closure").primary(use, "move occurs because `" + cap.name() + "` has type `"
                            + fcx.show(cap.ty()) + "`, which does not implement the `Copy` trait");
                } else if (assigned(fcx, use)) {
                    d = Diagnostic.error("E0594", "cannot assign to `" + cap.name() + "`, as it is a captured variable in a `Fn` closure")
                            .primary(use, "cannot assign");
                } else {
                    d = Diagnostic.error("E0596", "cannot borrow `" + cap.name() + "` as mutable, as it is a captured variable in a `Fn` closure")
                            .primary(use, "cannot borrow as mutable");
                }
                cx.diags.add(d.secondary(head(c), "in this closure").build());
                return;
            }
        }
        Diagnostic.Builder d = Diagnostic.error("E0525", "expected a closure that implements the `" + traitName
                + "` trait, but this closure only implements `" + kind + "`")
                .primary(head(c), "this closure implements `" + kind + "`, not `" + traitName + "`");
        if (site != null) d.secondary(site, "the requirement to implement `" + traitName + "` derives from here");
        cx.diags.add(d.build());
    }

    private static dev.heaplab.core.source.Span head(ClosureDef c) { return c.expr().head() != null ? c.expr().head() : c.span(); }

    /** Is the use followed by an assignment operator (`=`, `+=`, … but not `==`)? */
    private static boolean assigned(FnCtxt fcx, dev.heaplab.core.source.Span use) {
        String after = fcx.text(new dev.heaplab.core.source.Span(use.hi(), use.hi() + 3)).stripLeading();
        if (after.length() >= 2 && "+-*/%".indexOf(after.charAt(0)) >= 0 && after.charAt(1) == '=') return true;
        return after.startsWith("=") && !after.startsWith("==");
    }

    /** E0308 for a closure coerced to a `fn` pointer although it captures a variable (it has no plain function). */
    private void capturingReified(FnCtxt fcx) {
        for (FnCtxt.LubClosures l : fcx.lubClosures) {
            for (var d : l.closures()) {
                ClosureDef c = cx.defs.closure(d);
                if (c == null || c.captures().isEmpty()) continue;
                l.incompatible().run();
                break;
            }
        }
        for (var e : fcx.reifiedClosures.entrySet()) {
            ClosureDef c = cx.defs.closure(e.getKey());
            if (c == null || c.captures().isEmpty()) continue;
            dev.heaplab.core.source.Span at = e.getValue().at();
            Ty to = e.getValue().to();
            dev.heaplab.core.source.Span cast = e.getValue().cast();
            Diagnostic.Builder b = cast != null
                    ? Diagnostic.error("E0605", "non-primitive cast: `" + AutoTraitCheck.closureName(cx, c) + "` as `" + fcx.show(to) + "`")
                            .primary(cast, "invalid cast")
                    : Diagnostic.error("E0308", "mismatched types")
                            .primary(at == null ? c.span() : at, "expected fn pointer, found closure")
                            .note("expected fn pointer `" + fcx.show(to) + "`");
            ClosureDef.Capture first = c.captures().get(0);
            dev.heaplab.core.source.Span used = first.pathSpan() != null ? first.pathSpan() : first.kindSpan();
            if (used != null) b.spanNote("closures can only be coerced to `fn` types if they do not capture any variables",
                    List.of(dev.heaplab.core.diag.Label.primary(used, "`" + first.name() + "` captured here")));
            else b.note("closures can only be coerced to `fn` types if they do not capture any variables");
            cx.diags.add(b.build());
        }
    }

    /** rustc's deny-by-default `overflowing_literals` lint: an integer literal that does not fit its type. */
    private void overflowingLiterals(FnCtxt fcx) {
        for (Expr.Lit l : fcx.intLits) {
            Ty t = fcx.tables.types.get(l.id());
            if (t != null && fcx.icx.resolve(t) instanceof Ty.Float ft && l.value() instanceof Expr.LitValue.Float) {
                overflowingFloat(fcx, l, ft.kind());
                continue;
            }
            if (t == null || !(fcx.icx.resolve(t) instanceof Ty.Int it) || !(l.value() instanceof Expr.LitValue.Int i)) continue;
            boolean negated = fcx.negatedLits.contains(l.id());
            java.math.BigInteger v = negated ? i.value().negate() : i.value();
            int bits = it.kind().bits();
            java.math.BigInteger min = it.kind().signed() ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
            java.math.BigInteger max = it.kind().signed() ? java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE)
                    : java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE);
            if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) continue;
            if (negated && !it.kind().signed()) continue; // `-1u8` is E0600, reported by the operator check
            String name = it.kind().rustName();
            cx.diags.late(Diagnostic.error(null, "literal out of range for `" + name + "`").primary(l.span(), "")
                    .note("the literal `" + (negated ? "-" : "") + i.value() + "` does not fit into the type `" + name
                            + "` whose range is `" + min + "..=" + max + "`")
                    .note("`#[deny(overflowing_literals)]` on by default").build());
        }
    }

    /** A float literal that rounds to infinity in its type (rustc parses it as the type, then tests `is_infinite`). */
    private void overflowingFloat(FnCtxt fcx, Expr.Lit l, dev.heaplab.core.types.FloatTy kind) {
        String text = fcx.text(l.span());
        String digits = text.replace("_", "");
        if (digits.endsWith("f32") || digits.endsWith("f64")) digits = digits.substring(0, digits.length() - 3);
        boolean infinite;
        try {
            infinite = kind == dev.heaplab.core.types.FloatTy.F32 ? Float.isInfinite(Float.parseFloat(digits))
                    : Double.isInfinite(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            return;
        }
        if (!infinite) return;
        String name = kind.rustName();
        cx.diags.late(Diagnostic.error(null, "literal out of range for `" + name + "`").primary(l.span(), "")
                .note("the literal `" + text + "` does not fit into the type `" + name + "` and will be converted to `"
                        + name + "::INFINITY`")
                .note("`#[deny(overflowing_literals)]` on by default").build());
    }

    private void reportUnresolved(FnCtxt fcx) {
        if (cx.diags.hasErrors()) return;
        for (var e : fcx.tables.bindingModes.entrySet()) {
            Ty t = fcx.tables.types.get(e.getKey());
            if (t == null) continue;
            Ty r = fcx.icx.resolve(t);
            if (!hasInfer(r)) continue;
            Pattern.Binding b = fcx.bindingPatterns.get(e.getKey());
            if (b == null) continue;
            String shown = r.display(cx.defs);
            // Inside a type (`Result<_, _>` of a `parse()`), only a pending projection makes it E0284;
            // a trait bound on an element (`Vec<_>` printed with `{:?}`) leaves rustc's E0282.
            Ty.Infer inner = r instanceof Ty.Infer v ? v : firstInfer(r);
            String unsatisfied = inner == null ? null : ambiguity(fcx, inner);
            if (unsatisfied != null && !(r instanceof Ty.Infer) && !unsatisfied.startsWith("<")) unsatisfied = null;
            if (unsatisfied != null) {
                // rustc names the bound it could not decide: a projection (E0284) or a trait bound (E0283)
                Diagnostic.Builder d = unsatisfied.startsWith("<") ? Diagnostic.error("E0284", "type annotations needed")
                        : Diagnostic.error("E0283", "type annotations needed");
                if (!(r instanceof Ty.Infer)) d = Diagnostic.error("E0284", "type annotations needed for `" + shown + "`");
                cx.diags.add(d.primary(b.span(), "").note("cannot satisfy `" + unsatisfied + "`").build());
                return;
            }
            // A trait's argument left undecided by several impls (`String: AsRef<_>` for `s.as_ref()`): E0283.
            String undecided = inner == null ? null : argAmbiguity(fcx, inner);
            cx.diags.add(Diagnostic.error(undecided != null ? "E0283" : "E0282", r instanceof Ty.Infer ? "type annotations needed"
                    : "type annotations needed for `" + shown + "`").primary(b.span(), "").build());
            return;
        }
    }

    /**
     * The undecided bound on an unresolved variable, as rustc words it: a projection of it still
     * pending (`<_ as FromStr>::Err == _`), else a trait bound on it (`_: FromIterator<i32>`); null if none.
     */
    private String ambiguity(FnCtxt fcx, Ty.Infer v) {
        // std's `str::parse::<F>` returns `Result<F, <F as FromStr>::Err>` (the stub names its error directly)
        for (TypeckResults.Callee c : fcx.tables.callees.values()) {
            var fn = cx.defs.fn(c.fn());
            if (fn != null && "str::parse".equals(fn.builtinKey()) && c.args().stream().anyMatch(a -> sameVar(fcx, a, v))) {
                return "<_ as FromStr>::Err == _";
            }
        }
        for (Ty[] eq : fcx.projEqs) {
            if (fcx.icx.resolve(eq[0]) instanceof Ty.Projection p && sameVar(fcx, p.self(), v)) {
                return "<_ as " + cx.defs.name(p.trait()) + ">::" + p.name() + " == _";
            }
        }
        for (Obligation o : fcx.pending) {
            if (!sameVar(fcx, o.self(), v) || o.span() == null) continue;
            String args = o.args().isEmpty() ? "" : "<" + String.join(", ", o.args().stream().map(fcx::show).toList()) + ">";
            return "_: " + cx.defs.name(o.trait()) + args;
        }
        return null;
    }

    /** A pending trait bound whose own type is known and one of whose trait arguments is {@code v} (`String: AsRef<_>`), or null. */
    private String argAmbiguity(FnCtxt fcx, Ty.Infer v) {
        for (Obligation o : fcx.pending) {
            if (o.span() == null || hasInfer(fcx.icx.resolve(o.self())) || o.args().stream().noneMatch(a -> sameVar(fcx, a, v))) continue;
            return fcx.show(o.self()) + ": " + cx.defs.name(o.trait());
        }
        return null;
    }

    /** The first inference variable inside a resolved type, or null. */
    private static Ty.Infer firstInfer(Ty t) {
        Ty.Infer[] f = {null};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            if (f[0] == null && x instanceof Ty.Infer i) f[0] = i;
            return x;
        });
        return f[0];
    }

    private static boolean sameVar(FnCtxt fcx, Ty t, Ty.Infer v) {
        return fcx.icx.shallow(t) instanceof Ty.Infer i && fcx.icx.shallow(v) instanceof Ty.Infer w && i.var() == w.var();
    }

    private static boolean hasInfer(Ty t) {
        boolean[] f = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Infer) f[0] = true;
            return x;
        });
        return f[0];
    }

    private void closureDef(FnCtxt fcx, FnCtxt.ClosureCx c) {
        CaptureAnalysis ca = new CaptureAnalysis(fcx, c.captures);
        ClosureDef.Kind kind = ca.analyze(c.expr.body());
        List<ClosureDef.Capture> caps = new ArrayList<>();
        for (CaptureAnalysis.Captured cap : ca.captures(c.expr.isMove())) {
            FnCtxt.LocalVar v = c.captures.get(cap.binding());
            Ty ty = fcx.icx.resolve(v.ty());
            List<Integer> path = new ArrayList<>();
            for (int step : cap.path()) {
                Ty next = dev.heaplab.core.types.PlaceTy.project(fcx.icx.resolve(ty), step, cx.defs);
                if (next == null) break;
                ty = next;
                path.add(step);
            }
            Ty field = switch (cap.mode()) {
                case BY_VALUE -> ty;
                case BY_REF -> Ty.ref(ty);
                case BY_MUT_REF -> Ty.refMut(ty);
            };
            caps.add(new ClosureDef.Capture(v.binding(), v.name(), cap.mode(), field, path, cap.pathSpan(), cap.kindSpan()));
            if (cap.needs() == kind) decisiveCaptures.computeIfAbsent(c.id, x -> new ArrayList<>()).add(caps.get(caps.size() - 1));
        }
        FnSig sig = new FnSig(c.sig.inputs().stream().map(fcx.icx::resolve).toList(), fcx.icx.resolve(c.sig.output()));
        cx.defs.put(new ClosureDef(c.id, fcx.owner, c.expr, sig, kind, caps, c.expr.span()));
        closuresMade.add(c.id);
    }

    /** Collects the items of a block into a new scope (pushed on {@code fcx}); their bodies are queued. */
    boolean enterBlockItems(FnCtxt fcx, Stmt.Block b) {
        List<Item> items = new ArrayList<>();
        for (Stmt s : b.stmts()) if (s instanceof Stmt.ItemStmt it) items.add(it.item());
        if (items.isEmpty()) return false;
        ModuleScope scope = new ModuleScope("{block}", fcx.scope(), fcx.scope().isStd(), true);
        ItemCollector ic = new ItemCollector(cx);
        ic.collect(items, scope);
        SignatureCollector sc = new SignatureCollector(cx);
        sc.run(ic.collected());
        fcx.nestedBodies.addAll(sc.bodies());
        fcx.scopes.push(scope);
        return true;
    }

    static NodeId id(Pattern p) { return p.id(); }

    TyEnv envOf(DefId d) { return cx.envs.get(d); }
}
