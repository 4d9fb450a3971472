package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arguments whose type must outlive `'static` (`thread::spawn`'s `F: 'static`) may hold no borrow of
 * the caller's locals or parameters. Rules, for the first offending loan of such an argument:
 * <ul>
 * <li>a non-`move` closure borrowing a local: E0373 "closure may outlive the current function";</li>
 * <li>a reference parameter's lifetime: E0521 "borrowed data escapes outside of function";</li>
 * <li>another borrow of a local: E0597 "`x` does not live long enough".</li>
 * </ul>
 * A parameter written with `'static` references (`s: &'static str`) gets the E0521 rule here; the
 * borrows of locals it receives escape in {@link LoanFlow} and are reported where the local dies.
 */
final class StaticArguments {
    private final Body body;
    private final ProgramDefs defs;
    private final LoanFlow flow;
    private final List<Diagnostic> out;
    private final Set<Integer> reported = new HashSet<>();

    /** Requirements on the creator's regions in a closure's parameters, propagated rather than reported; null: none. */
    private final ClosureSummaries closures;
    /** The receiver depths whose loans this closure body requires to be `'static` (see {@link ClosureRequirements}). */
    final BitSet propagated = new BitSet();

    StaticArguments(Body body, ProgramDefs defs, LoanFlow flow, List<Diagnostic> out, ClosureSummaries closures) {
        this.closures = closures;
        this.body = body;
        this.defs = defs;
        this.flow = flow;
        this.out = out;
    }

    /** Checks a call with {@code held} the loans each local may hold just before it. */
    void call(Terminator.Call c, BitSet[] held) {
        if (!(c.func() instanceof Operand.Constant k) || !(k.ty() instanceof Ty.FnDef fd)) return;
        if (closures != null) closureRequirements(c, held);
        staticClosureParams(c, held);
        FnDef fn = defs.fn(fd.def());
        if (fn == null || fn.decl() == null) return;
        Set<Integer> statics = staticParams(fn);
        for (int i = 0; i < c.args().size() && i < fn.sig().inputs().size(); i++) {
            Ty param = fn.sig().inputs().get(i);
            // `&'static T` in the signature: the borrows of locals escape (LoanFlow reports them
            // where they die); a reference parameter's own lifetime is too short here.
            boolean explicit = LoanFlow.onlyStatic(param);
            Place place = c.args().get(i).readPlace();
            if (!explicit && !(param instanceof Ty.Param p && statics.contains(p.index()))) {
                if (place != null && place.local().index() < held.length) staticDyn(c, fn, i, place, held);
                continue;
            }
            if (place == null || place.local().index() >= held.length) continue;
            requireStatic(c, place, held[place.local().index()], explicit, null);
        }
    }

    /**
     * An argument given to a parameter written with a `'static` trait object (`Box<dyn Debug>`, whose
     * default object lifetime outside a reference is `'static`, or `dyn T + 'static`): the borrows it
     * holds, or behind a reference (`&mut Vec<Box<dyn T>>`) those its pointee holds, must be `'static`.
     * Where the trait object sits next to other lifetimes in an owned value, the construct is refused.
     */
    private void staticDyn(Terminator.Call c, FnDef fn, int i, Place place, BitSet[] held) {
        StaticDyn.Need need = StaticDyn.of(fn, i, defs, TypeQueries.of(defs));
        BitSet loans = held[place.local().index()];
        switch (need) {
            case NONE -> { }
            case OWNED -> requireStatic(c, place, loans, false, coercion(place));
            case BEHIND_REF -> {
                BitSet items = new BitSet();
                if (storedBehind(held, loans, items, 0)) requireStatic(c, place, items, false, coercion(place));
                else if (reported.add(place.local().index())) out.add(Diagnostic.unsupported(c.span(), UNKNOWN_DYN));
            }
            case UNKNOWN -> {
                if (!loans.isEmpty() && reported.add(place.local().index())) out.add(Diagnostic.unsupported(c.span(), UNKNOWN_DYN));
            }
        }
    }

    private static final String UNKNOWN_DYN = "a borrow given to a parameter whose type holds a `'static` trait object next to other lifetimes";

    /**
     * The borrows held by the data that the references {@code refs} point to (through reborrows of
     * pointees, `&*v`), not the references' own loans. False when one of them is a parameter's whose
     * pointee is not itself written with `'static` trait objects (heaplab would have to compare them).
     */
    private boolean storedBehind(BitSet[] held, BitSet refs, BitSet out, int depth) {
        if (depth > 4) return false;
        for (int id = refs.nextSetBit(0); id >= 0; id = refs.nextSetBit(id + 1)) {
            Loan loan = flow.loans().get(id);
            int local = loan.universal() ? -1 : loan.place().local().index();
            if (loan.universal()) {
                FnDef self = defs.fn(body.def());
                if (self == null || StaticDyn.of(self, loan.holder().index() - 1, defs, TypeQueries.of(defs)) == StaticDyn.Need.NONE
                        || StaticDyn.of(self, loan.holder().index() - 1, defs, TypeQueries.of(defs)) == StaticDyn.Need.UNKNOWN) return false;
            } else if (local >= held.length) {
                return false;
            } else if (loan.place().projections().stream().anyMatch(p -> p instanceof Place.Projection.Deref)) {
                if (!storedBehind(held, held[local], out, depth + 1)) return false;
            } else {
                out.or(held[local]);
            }
        }
        return true;
    }

    /** Where the argument's local was made by an unsizing coercion (`Box::new(s)` as `Box<dyn Debug>`), or null. */
    private Span coercion(Place place) {
        if (!place.isLocal()) return null;
        for (Body.BasicBlock bb : body.blocks()) {
            for (var st : bb.statements()) {
                if (st instanceof dev.heaplab.core.mir.Statement.Assign a && a.place().equals(place)
                        && a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.Cast cast && cast.kind() == dev.heaplab.core.mir.Rvalue.CastKind.UNSIZE) {
                    return a.span();
                }
            }
        }
        return null;
    }

    /**
     * The first loan among {@code loans} that cannot be `'static` is reported ({@code explicit}: only
     * universal ones); a parameter's lifetime made `'static` by a {@code coercion} to a trait object gets
     * rustc's "lifetime may not live long enough" there.
     */
    private void requireStatic(Terminator.Call c, Place place, BitSet loans, boolean explicit, Span coercion) {
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan loan = flow.loans().get(id);
            if (loan.universal() && staticParam(loan.holder())) continue;
            if (loan.universal() && closures != null && defs.closure(body.def()) != null) {
                // Out of the captures' pointees only: a requirement on the creator's regions, checked where
                // the closure is made (LoanFlow.capturesRequiredStatic).
                if (loan.holder().index() == 1 && flow.innerUniversal(loan) && closures.envStaticCaptures(body.def()) != null) continue;
                int depth = closures.requirements().receiverDepth(body.def(), loan.holder(), flow.innerUniversal(loan));
                if (depth >= 0) {
                    // The creator's region: the requirement is checked where the closure is passed.
                    propagated.set(depth);
                    continue;
                }
            }
            if (explicit && !loan.universal()) continue;
            if (!reported.add(place.local().index())) break;
            FnDef self = defs.fn(body.def());
            if (coercion != null && loan.universal() && self != null) {
                Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                        .primary(coercion, "coercion requires that `'1` must outlive `'static`");
                Span amp = TargetRegions.refSpan(self, loan.holder().index() - 1, flow.innerUniversal(loan));
                if (amp != null) d.secondary(amp, "let's call the lifetime of this reference `'1`");
                out.add(d.build());
            } else {
                report(c, body.local(place.local()).ty(), loan);
            }
            break;
        }
    }

    /**
     * A closure passed here whose parameter must be `'static` (its requirement, propagated): a reference
     * parameter's lifetime among the receiver's loans at that depth escapes (E0521); borrows of locals
     * escape in {@link LoanFlow} and are reported where the local dies.
     */
    private void closureRequirements(Terminator.Call c, BitSet[] held) {
        BitSet required = new BitSet();
        closures.requiredOfReceiver(c, held, flow, required, true, false);
        for (int id = required.nextSetBit(0); id >= 0; id = required.nextSetBit(id + 1)) {
            Loan loan = flow.loans().get(id);
            if (!loan.universal() || staticParam(loan.holder())) continue;
            Place place = c.args().get(0).readPlace();
            if (place != null && reported.add(place.local().index())) report(c, body.local(place.local()).ty(), loan);
            return;
        }
        // Stored in a `'static` field by the closure: rustc blames the use there.
        required.clear();
        closures.requiredOfReceiver(c, held, flow, required, false, true);
        for (int id = required.nextSetBit(0); id >= 0; id = required.nextSetBit(id + 1)) {
            Loan loan = flow.loans().get(id);
            if (!loan.universal() || staticParam(loan.holder())) continue;
            Place place = c.args().get(0).readPlace();
            if (place == null || !reported.add(place.local().index())) return;
            ClosureSummaries.Required r = closures.storeRequirementAt(c, flow);
            FnDef self = defs.fn(body.def());
            Span amp;
            if (self == null) {
                // In a closure: rustc names the enclosing function's reference parameter the closure captures,
                // when it captures exactly one; else its regions would have to be propagated further.
                amp = capturedParamRef();
                if (amp == null) {
                    out.add(Diagnostic.unsupported(r.store(), "a closure parameter's borrow stored in a field written with `'static` lifetimes, in a closure"));
                    return;
                }
            } else amp = TargetRegions.refSpan(self, loan.holder().index() - 1, flow.innerUniversal(loan));
            Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(r.store(), "this usage requires that `'1` must outlive `'static`");
            if (amp != null) d.secondary(amp, "let's call the lifetime of this reference `'1`");
            out.add(d.build());
            return;
        }
    }

    /**
     * The `&` of the one reference parameter of the enclosing function that this closure captures whole
     * (`why: &str` in `.map_err(|_| fail(why))`), or null when it captures none or several.
     */
    private Span capturedParamRef() {
        dev.heaplab.core.types.ClosureDef closure = defs.closure(body.def());
        FnDef parent = closure == null || closure.parentFn() == null ? null : defs.fn(closure.parentFn());
        if (parent == null || parent.decl() == null) return null;
        int offset = parent.selfKind() != null ? 1 : 0, found = -1;
        TypeQueries tq = TypeQueries.of(defs);
        for (dev.heaplab.core.types.ClosureDef.Capture cap : closure.captures()) {
            // the other captures hold no borrow, or are closures (the one called)
            Ty t = cap.ty();
            while (t instanceof Ty.Ref r) t = r.inner();
            boolean other = t instanceof Ty.Closure || tq.refFree(t);
            if (!cap.path().isEmpty()) {
                if (!other) return null;
                continue;
            }
            boolean isParam = false;
            for (int i = 0; i < parent.decl().params().size(); i++) {
                var param = parent.decl().params().get(i);
                if (!(param.pattern() instanceof dev.heaplab.core.syntax.Pattern.Binding b) || !b.id().equals(cap.binding())
                        || !(param.type() instanceof dev.heaplab.core.syntax.TypeExpr.RefType)) continue;
                if (found >= 0) return null;
                found = i + offset;
                isParam = true;
            }
            if (!isParam && !other) return null;
        }
        return found < 0 ? null : TargetRegions.refSpan(parent, found, false);
    }

    /** A parameter's lifetime given to a closure whose parameter is written `'static` (StaticClosureParams): E0521. */
    private void staticClosureParams(Terminator.Call c, BitSet[] held) {
        int[] operands = flow.staticOperands(c);
        for (int x = 0; x < operands.length; x++) {
            Place place = c.args().get(operands[x]).readPlace();
            if (place == null || place.local().index() >= held.length) continue;
            BitSet loans = held[place.local().index()];
            if (flow.copiedOperand(c, x)) {
                BitSet items = new BitSet();
                flow.pointeeLoansOf(held, loans, items);
                loans = items;
            }
            for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
                Loan loan = flow.loans().get(id);
                if (!loan.universal() || staticParam(loan.holder())) continue;
                // A region of the creator (`|w| f(w)` over `Vec<&'static str>`'s items, `f` taking `&'static str`):
                // required of the receiver where the closure is passed, as in requireStatic.
                int depth = closures == null || defs.closure(body.def()) == null ? -1
                        : closures.requirements().receiverDepth(body.def(), loan.holder(), flow.innerUniversal(loan));
                if (depth >= 0) {
                    propagated.set(depth);
                    continue;
                }
                if (reported.add(place.local().index())) report(c, body.local(place.local()).ty(), loan);
                return;
            }
        }
    }

    /** A parameter whose references are all `'static` (its data may escape). */
    private boolean staticParam(dev.heaplab.core.mir.Local param) {
        // A closure parameter's inferred `'static` says nothing (see LoanFlow.staticArg).
        if (defs.closure(body.def()) != null && param.index() >= 2 && !flow.staticArg(param)) return false;
        Ty t = body.local(param).ty();
        while (t instanceof Ty.Ref r) {
            if (r.region().kind() != dev.heaplab.core.types.Region.Kind.STATIC) return false;
            t = r.inner();
        }
        return true;
    }

    /** Indices of the type parameters bounded by `'static`. */
    static Set<Integer> staticParams(FnDef fn) {
        Set<Integer> out = new HashSet<>();
        Generics g = fn.decl().generics();
        List<String> names = fn.generics().params();
        for (Generics.GenericParam gp : g.params()) {
            if (gp instanceof Generics.GenericParam.TypeParam tp && hasStatic(tp.bounds())) {
                int idx = names.lastIndexOf(tp.name().name());
                if (idx >= 0) out.add(idx);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            List<Generics.Bound> apit = implTraitBounds(fn, i);
            if (apit != null && hasStatic(apit)) out.add(i);
        }
        return out;
    }

    /**
     * The bounds written on the `impl Trait` parameter type that parameter {@code idx} stands for (the k-th
     * `impl Trait` of the signature's parameters, in the order they are lowered), else null.
     */
    static List<Generics.Bound> implTraitBounds(FnDef fn, int idx) {
        List<String> names = fn.generics().params();
        if (fn.decl() == null || idx >= names.size() || !names.get(idx).equals("impl Trait")) return null;
        int k = 0, total = 0;
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals("impl Trait")) continue;
            if (i < idx) k++;
            total++;
        }
        List<TypeExpr.ImplTraitType> found = new java.util.ArrayList<>();
        for (dev.heaplab.core.syntax.Item.Param p : fn.decl().params()) {
            TypeExpr t = p.type();
            while (t instanceof TypeExpr.RefType r) t = r.inner();
            if (t instanceof TypeExpr.ImplTraitType it) found.add(it);
        }
        // Only `impl Trait` written at the top of a parameter's type (or behind references) is read: any
        // other one (`Vec<impl Trait>`) leaves the count short and the answer unknown.
        return found.size() == total && k < total ? found.get(k).bounds() : null;
    }

    static boolean hasStatic(List<Generics.Bound> bounds) {
        for (Generics.Bound b : bounds)
            if (b instanceof Generics.Bound.LifetimeBound lb && lb.lifetime().name().endsWith("static")) return true;
        return false;
    }

    private void report(Terminator.Call c, Ty argTy, Loan loan) {
        ClosureDef closure = argTy instanceof Ty.Closure cl ? defs.closure(cl.def()) : null;
        if (loan.universal()) {
            FnDef self = defs.fn(body.def());
            boolean method = self != null && self.selfKind() != null;
            String name = body.local(loan.holder()).name();
            String where = defs.closure(body.def()) != null ? "closure" : method ? "method" : "function";
            Diagnostic.Builder d = Diagnostic.error("E0521", "borrowed data escapes outside of " + where);
            if (name == null) {
                // A parameter bound by a pattern (`|&n|`) has no name: rustc blames a temporary borrow.
                d.primary(c.span(), "a temporary borrow escapes the " + where + " body here");
            } else {
                d.primary(c.span(), "`" + name + "` escapes the " + where + " body here")
                        .secondary(body.local(loan.holder()).span(), "`" + name + "` is a reference that is only valid in the "
                                + where + " body");
            }
            d.note("argument requires that `'1` must outlive `'static`");
            out.add(d.build());
            return;
        }
        String name = body.local(loan.place().local()).name();
        if (name == null) name = "value";
        String captured = closure == null || closure.expr().isMove() ? null : firstByRef(closure);
        if (captured != null) {
            out.add(escapingCapture(closure, captured, d -> d.spanNote("function requires argument type to outlive `'static`",
                    List.of(dev.heaplab.core.diag.Label.primary(c.span(), "")))).build());
            return;
        }
        out.add(Diagnostic.error("E0597", "`" + name + "` does not live long enough")
                .primary(loan.span(), "borrowed value does not live long enough")
                .secondary(c.span(), "argument requires that `" + name + "` is borrowed for `'static`").build());
    }

    /**
     * E0373 for a non-`move` closure whose borrow of {@code name} must outlive the function; {@code
     * notes} adds what requires it (between the labels and the `move` suggestion, as rustc orders them).
     */
    static Diagnostic.Builder escapingCapture(ClosureDef closure, String name, java.util.function.Consumer<Diagnostic.Builder> notes) {
        Span head = closure.expr().head();
        Diagnostic.Builder d = Diagnostic.error("E0373", "closure may outlive the current function, but it borrows `"
                + name + "`, which is owned by the current function")
                .primary(head, "may outlive borrowed value `" + name + "`");
        Span use = useIn(closure, name);
        if (use != null) d.secondary(use, "`" + name + "` is borrowed here");
        notes.accept(d);
        return d.suggestion("to force the closure to take ownership of `" + name + "` (and any other referenced variables), use the `move` keyword",
                new Span(head.lo(), head.lo()), "move ");
    }

    static String firstByRef(ClosureDef c) {
        for (ClosureDef.Capture cap : c.captures()) if (cap.mode() != ClosureDef.CaptureMode.BY_VALUE) return cap.name();
        return null;
    }

    /** The first use in the closure's body of the captured variable {@code name} (capture analysis records it). */
    private static Span useIn(ClosureDef c, String name) {
        for (ClosureDef.Capture cap : c.captures()) if (cap.name().equals(name) && cap.pathSpan() != null) return cap.pathSpan();
        return null;
    }
}
