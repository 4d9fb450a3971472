package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.BitSet;
import java.util.List;

/**
 * In a closure body, the borrow of a parameter whose outer region is the closure's own (higher-ranked:
 * `F: FnMut(&T) -> K`, or `|s: &String|` bound to a variable; {@link ClosureRequirements#ownRegion}) is
 * valid only during one call, so it must not leave the body. Rules, as rustc's, for the first failing:
 * <ul>
 * <li>stored behind the closure's environment (`keep.push(s)`, `last = s` with `keep`, `last` captured):
 *     E0521 "borrowed data escapes outside of closure";</li>
 * <li>returned, when the output written in the bound names no elided `&` (`FnMut(&T) -> K` in
 *     `sort_by_key(|s| s.as_str())`), or when no bound gives the closure a signature: "lifetime may not
 *     live long enough".</li>
 * </ul>
 * Calls of another closure are left alone (what it keeps depends on that closure's own signature).
 */
final class ClosureParamEscapes {
    private final Body body;
    private final ProgramDefs defs;
    private final LoanFlow flow;
    private final dev.heaplab.core.dataflow.PlaceTypes types;
    private final List<Diagnostic> out;
    private final ClosureDef closure;
    private final ClosureRequirements requirements;
    /** The outer universal loans of parameters whose region is the closure's own. */
    private final BitSet own = new BitSet();
    private boolean reported;

    ClosureParamEscapes(Body body, ProgramDefs defs, LoanFlow flow, dev.heaplab.core.dataflow.PlaceTypes types, List<Diagnostic> out,
                        ClosureSummaries closures) {
        this.body = body;
        this.types = types;
        this.defs = defs;
        this.flow = flow;
        this.out = out;
        this.closure = closures == null ? null : defs.closure(body.def());
        this.requirements = closures == null ? null : closures.requirements();
        if (closure == null || closure.expr() == null) return;
        boolean boundUnknown = requirements.boundToVariable(body.def()) && requirements.site(body.def()) == null;
        for (Loan l : flow.loans()) {
            if (!l.universal() || !l.place().isLocal() || l.holder().index() < 2) continue;
            if (requirements.ownRegion(body.def(), l.holder(), false)) own.set(l.id());
            else if (boundUnknown) unknown.set(l.id());
        }
    }

    /**
     * The outer universal loans of parameters of a closure bound to a variable and used other than by
     * direct calls (`let mut add = |w| out.push(w);` then called inside another closure): their region
     * is some region of the creator that heaplab does not follow, so storing them is refused.
     */
    private final BitSet unknown = new BitSet();

    private boolean active() { return (!own.isEmpty() || !unknown.isEmpty()) && !reported; }

    /** Refuses storing a parameter's borrow whose region heaplab cannot follow (see {@link #unknown}). */
    private boolean refusedUnknown(BitSet loans, Span at) {
        BitSet u = (BitSet) loans.clone();
        u.and(unknown);
        if (u.isEmpty()) return false;
        reported = true;
        out.add(Diagnostic.unsupported(at, "a closure bound to a variable that stores a borrow from its parameter, used other than by calling it"));
        return true;
    }

    /** `place = rvalue`, with {@code held} the loans before it. */
    void assign(Statement.Assign a, BitSet[] held) {
        if (!active()) return;
        BitSet loans = new BitSet();
        if (a.place().local().equals(Local.RETURN)) {
            if (!a.place().isLocal() || own.isEmpty() || returnMayHold()) return;
            flow.rvalueLoansOf(held, a.rvalue(), loans);
            if (a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.Ref r) heldThrough(held, r.place(), loans);
            loans.and(own);
            if (!loans.isEmpty()) returned(loans.nextSetBit(0), a.span());
            return;
        }
        if (!behindEnvironment(a.place(), held)) return;
        flow.rvalueLoansOf(held, a.rvalue(), loans);
        if (refusedUnknown(loans, a.span())) return;
        loans.and(own);
        if (!loans.isEmpty()) escapes(loans.nextSetBit(0), a.span(), a.place(), null);
    }

    /** A borrow `&p` holds what the pointers p is reached through hold. */
    private void heldThrough(BitSet[] held, Place p, BitSet loans) {
        if (p.projections().stream().anyMatch(pr -> pr instanceof Place.Projection.Deref)) loans.or(held[p.local().index()]);
    }

    /** A call may store its other arguments' borrows behind a `&mut` argument reaching into the environment. */
    void call(Terminator.Call c, BitSet[] held) {
        if (!active()) return;
        if (c.destination().isLocal() && c.destination().local().equals(Local.RETURN) && !own.isEmpty() && !returnMayHold()) {
            // The call's result is the closure's: what the flow gives it.
            BitSet[] after = new BitSet[held.length];
            for (int k = 0; k < held.length; k++) after[k] = (BitSet) held[k].clone();
            flow.applyTerminator(after, c);
            BitSet loans = after[Local.RETURN.index()];
            loans.and(own);
            if (!loans.isEmpty()) {
                returned(loans.nextSetBit(0), c.exprSpan());
                return;
            }
        }
        if (requirements.fnTraitCall(c)) return; // a closure or Fn object: its own signature decides what it keeps
        for (int i = 0; i < c.args().size(); i++) {
            Operand o = c.args().get(i);
            if (!mutablyIntoEnvironment(o, held)) continue;
            BitSet others = flow.storableBeside(held, c, i);
            if (refusedUnknown(others, c.span())) return;
            others.and(own);
            if (!others.isEmpty()) {
                Place target = o.readPlace();
                escapes(others.nextSetBit(0), c.exprSpan(), target, target == null ? null : types.typeOf(target));
                return;
            }
        }
    }

    /** Is {@code p} written through the environment (a capture by reference, or a field of a by-value one)? */
    private boolean behindEnvironment(Place p, BitSet[] held) {
        boolean deref = p.projections().stream().anyMatch(pr -> pr instanceof Place.Projection.Deref);
        if (!deref) return false;
        if (p.local().index() == 1) return true;
        return reborrowsEnvironment(held[p.local().index()]);
    }

    /** Does the argument hand a `&mut` into the environment to the callee? */
    private boolean mutablyIntoEnvironment(Operand o, BitSet[] held) {
        Place p = o.readPlace();
        if (p == null || !(types.typeOf(p) instanceof Ty.Ref r) || !r.mutable()) return false;
        if (p.local().index() == 1) return true;
        BitSet mine = new BitSet();
        flow.operandLoansOf(held, o, mine);
        return reborrowsEnvironment(mine);
    }

    private boolean reborrowsEnvironment(BitSet loans) {
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (l.mutable() && !l.universal() && l.place().local().index() == 1
                    && l.place().projections().stream().anyMatch(pr -> pr instanceof Place.Projection.Deref)) return true;
        }
        return false;
    }


    /** May the closure's result hold its parameter's own region (see {@link ClosureRequirements#resultMayHoldOwn})? */
    private Boolean returnMayHold;

    /** Whether the closure's result may hold its own region: one answer for the body. */
    private boolean returnMayHold() {
        if (returnMayHold == null) {
            returnMayHold = !resultHoldsBorrows(body.local(Local.RETURN).ty()) || requirements.resultMayHoldOwn(body.def());
        }
        return returnMayHold;
    }

    /** Can a value of the closure's result type hold a borrow that is not `'static` (`Tok { w: &'static str }` cannot)? */
    private boolean resultHoldsBorrows(Ty t) { return holdsBorrows(t, defs); }

    /** Can a value of type {@code t} hold a borrow that is not `'static`? */
    static boolean holdsBorrows(Ty t, ProgramDefs defs) {
        TypeQueries tq = TypeQueries.of(defs);
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            switch (x) {
                case Ty.Ref r -> open[0] |= !(r.region().isNamed() && "'static".equals(r.region().name()));
                case Ty.Adt a when tq.adtMayBorrow(a) -> open[0] = true;
                case Ty.Param p -> open[0] = true;
                case Ty.Projection p -> open[0] = true;
                case Ty.Closure c -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                case Ty.RawPtr p -> open[0] = true;
                default -> { }
            }
            return x;
        });
        return open[0];
    }

    /**
     * rustc's E0521: the captured variable written to (declared outside of the closure body), the
     * parameter, and, when the borrow goes in through a `&mut` given to a call, the variance notes.
     */
    private void escapes(int loan, Span at, Place target, Ty viaMutRef) {
        reported = true;
        Local p = flow.loans().get(loan).holder();
        String name = paramName(p);
        Diagnostic.Builder d = Diagnostic.error("E0521", "borrowed data escapes outside of closure")
                .primary(at, "`" + name + "` escapes the closure body here");
        Span outer = target == null ? null : capturedDeclaration(target);
        if (outer != null) {
            d.secondary(outer, "`" + capturedName(target) + "` declared here, outside of the closure body");
        }
        Span decl = paramSpan(p);
        if (decl != null) d.secondary(decl, "`" + name + "` is a reference that is only valid in the closure body");
        if (viaMutRef instanceof Ty.Ref r && r.mutable()) {
            d.note("requirement occurs because of a mutable reference to `" + r.inner().display(defs) + "`")
                    .note("mutable references are invariant over their type parameter")
                    .help("see <https://doc.rust-lang.org/nomicon/subtyping.html> for more information about variance");
        }
        out.add(d.build());
    }

    /** The capture a place reaches (`(*_1).k`, or a temporary `&mut` reborrow of it): its index, or -1. */
    private int captureIndex(Place p) {
        if (p.local().index() != 1) {
            for (Body.BasicBlock bb : body.blocks()) {
                for (Statement st : bb.statements()) {
                    if (st instanceof Statement.Assign a && a.place().equals(Place.of(p.local()))
                            && a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.Ref r && r.place().local().index() == 1) {
                        return captureIndex(r.place());
                    }
                }
            }
            return -1;
        }
        List<Place.Projection> ps = p.projections();
        int k = !ps.isEmpty() && ps.get(0) instanceof Place.Projection.Deref ? 1 : 0;
        return k < ps.size() && ps.get(k) instanceof Place.Projection.Field f ? f.index() : -1;
    }

    private String capturedName(Place target) {
        int k = captureIndex(target);
        return k < 0 || k >= closure.captures().size() ? null : closure.captures().get(k).name();
    }

    /**
     * Where the captured variable is declared in the closure's creator (`mut last` when written so):
     * the last variable of that name declared before the closure. Null when it cannot be told.
     */
    private Span capturedDeclaration(Place target) {
        return declaredBefore(capturedName(target), closure, requirements);
    }

    /** Where variable {@code name} captured by {@code closure} is declared in its creator (see capturedDeclaration), or null. */
    static Span declaredBefore(String name, ClosureDef closure, ClosureRequirements requirements) {
        if (name == null || requirements == null) return null;
        Body creator = requirements.creatorOf(closure.id());
        if (creator == null) return null;
        Span best = null;
        for (dev.heaplab.core.mir.LocalDecl d : creator.locals()) {
            if (name.equals(d.name()) && d.kind() == dev.heaplab.core.mir.LocalDecl.Kind.USER && d.span() != null
                    && d.span().lo() < closure.span().lo() && (best == null || d.span().lo() > best.lo())) best = d.span();
        }
        return best;
    }

    private void returned(int loan, Span at) {
        reported = true;
        Local p = flow.loans().get(loan).holder();
        Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                .primary(at, "returning this value requires that `'1` must outlive `'2`");
        Span decl = paramSpan(p);
        if (decl != null && body.local(p).ty() instanceof Ty.Ref r) {
            d.secondary(decl, "has type `&'1 " + (r.mutable() ? "mut " : "") + r.inner().display(defs) + "`");
        }
        out.add(d.build());
    }

    private String paramName(Local p) {
        String n = body.local(p).name();
        return n != null ? n : "argument";
    }

    private Span paramSpan(Local p) {
        int i = p.index() - 2;
        if (i < 0 || i >= closure.expr().params().size()) return null;
        return closure.expr().params().get(i).pattern().span();
    }
}
