package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.dataflow.Liveness;
import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ProgramDefs;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every access against the loans in scope, with non-lexical lifetimes: a loan is in scope
 * at a point when some local that may hold it is live there. Two-phase borrows (auto-ref of a
 * method receiver) act as shared borrows until the call that activates them.
 */
final class LoanCheck {
    /** RESERVE is a two-phase `&mut` before its activation: it conflicts like a shared borrow, is reported like a mutable one. */
    enum Access { READ, MOVE, WRITE, BORROW_SHARED, BORROW_MUT, RESERVE, STORAGE_DEAD }

    private final Body body;
    private final PlaceTypes types;
    private final LoanFlow flow;
    private final Liveness liveness;
    private final LoanReports reports;
    private final ReturnRegions regions;
    private final InvariantReturn invariantReturn;
    private final Set<String> reported = new HashSet<>();
    /** Places whose two-phase reservation was reported: rustc then skips their activation's check. */
    private final Set<Place> reservationReported = new HashSet<>();
    private final Set<Integer> reportedLoans = new HashSet<>();

    private final StaticArguments statics;
    private final UniversalStores stores;
    private final ClosureParamEscapes paramEscapes;
    private final CapturedEscapes capturedEscapes;
    private final ClosureSummaries closures;
    private final AnnotatedLocals annotatedLocals;
    private final ClosureBounds closureBounds;
    /** `T: 'static` on structs, enums and impls, given borrows: refused. */
    private final StaticBounds staticBounds;
    private final TypeQueries tq;
    private final List<Diagnostic> out;

    LoanCheck(Body body, ProgramDefs defs, List<Diagnostic> out) { this(body, defs, out, null); }

    LoanCheck(Body body, ProgramDefs defs, List<Diagnostic> out, dev.heaplab.core.source.SourceFile source) {
        this(body, defs, out, source, null, null);
    }

    /** {@code init}: the body's initialisation dataflow, solved by the move check (its drops of nothing are no uses). */
    LoanCheck(Body body, ProgramDefs defs, List<Diagnostic> out, dev.heaplab.core.source.SourceFile source, ClosureSummaries closures,
            dev.heaplab.core.dataflow.InitAnalysis init) {
        this.body = body;
        this.closures = closures;
        this.types = new PlaceTypes(body, defs);
        TypeQueries tq = TypeQueries.of(defs);
        this.tq = tq;
        this.out = out;
        this.flow = new LoanFlow(body, defs, p -> tq.refFree(types.typeOf(p)), tq::adtMayBorrow,
                l -> StaticAnnotation.annotatedStatic(body, l, source) || StaticAnnotation.annotatedNamed(body, l, source), closures, source);
        this.liveness = new Liveness(body, l -> tq.dropObservesBorrows(body.local(l).ty()), init);
        this.reports = new LoanReports(body, defs, types, flow, liveness, out, source);
        this.regions = new ReturnRegions(body, defs, flow, out, tq::adtMayBorrow, source);
        this.invariantReturn = new InvariantReturn(body, defs, source);
        this.statics = new StaticArguments(body, defs, flow, out, closures);
        this.stores = new UniversalStores(body, defs, flow, tq, out, closures);
        this.paramEscapes = new ClosureParamEscapes(body, defs, flow, types, out, closures);
        this.capturedEscapes = new CapturedEscapes(body, defs, flow, out, closures);
        this.annotatedLocals = new AnnotatedLocals(body, defs, flow, tq, source, out);
        this.closureBounds = new ClosureBounds(body, defs, types, source, out);
        this.staticBounds = new StaticBounds(defs, source, out);
    }

    void run() {
        if (flow.loans().isEmpty()) {
            for (Body.BasicBlock bb : body.blocks()) if (bb.terminator() instanceof Terminator.Call call) closureBounds.call(call);
            return;
        }
        // one state for every block, overwritten with each block's entry (the reports read other blocks' entries from the flow)
        BitSet[] held = new BitSet[flow.escape + 1];
        for (int k = 0; k < held.length; k++) held[k] = new BitSet();
        BitSet[][] cursor = cursorScopes(held);
        for (int b = 0; b < body.blocks().size(); b++) {
            if (!flow.entryInto(new BlockId(b), held)) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            List<BitSet> liveBefore = List.of(liveness.liveBeforeEach(b));
            for (int i = 0; i < bb.statements().size(); i++) {
                Statement st = bb.statements().get(i);
                // only these statements access places (see statement)
                if (st instanceof Statement.Assign || st instanceof Statement.StorageDead) {
                    BitSet scope = inScope(held, liveBefore.get(i));
                    if (cursor != null && cursor[b][i] != null) scope.or(cursor[b][i]);
                    statement(st, new BlockId(b), i, scope, held);
                }
                if (st instanceof Statement.Assign a) {
                    stores.assign(a, held);
                    if (a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.ClosureValue cv) staticCaptures(cv, a.span(), held);
                    paramEscapes.assign(a, held);
                    annotatedLocals.assign(a, held);
                    staticBounds.assign(a, held);
                }
                flow.applyStatement(held, st, new BlockId(b), i);
                if (st instanceof Statement.Assign a && a.place().local().equals(Local.RETURN)) {
                    invariantReturn.assigned(a, out);
                    regions.returned(held[Local.RETURN.index()], a.span());
                    capturedEscapes.returned(a, held);
                }
            }
            int t = bb.statements().size();
            if (bb.terminator() instanceof Terminator.Call call) {
                statics.call(call, held);
                staticBounds.call(call, held);
                stores.call(call, held);
                paramEscapes.call(call, held);
                capturedEscapes.call(call, held);
                closureBounds.call(call);
            }
            if (bb.terminator() instanceof Terminator.Drop d) replaceDrop(d, held);
            BitSet scope = inScope(held, liveBefore.get(t));
            if (cursor != null && cursor[b][t] != null) scope.or(cursor[b][t]);
            terminator(bb.terminator(), new BlockId(b), t, scope, held);
        }
    }

    /**
     * NLL's scope of a cursor's reborrow (problem case #3 in a loop): a loan of a place behind a
     * `&mut` local `cur` that flows back into `cur` (`while let Some(n) = cur { .. cur = &mut n.next }`)
     * has a region holding every point where `cur` is live, since regions are not flow-sensitive. From
     * its creation it stays in scope as long as `cur` is live, until `cur` is overwritten (which kills
     * the loans of `*cur`): on a path that leaves the loop by `break` with `cur` unchanged, it is still
     * in scope where `cur` is used next. Per block and point, the extra loans in scope; null when none.
     */
    private BitSet[][] cursorScopes(BitSet[] held) {
        List<Loan> candidates = new ArrayList<>();
        for (Loan l : flow.loans()) {
            if (l.universal() || !l.mutable() || l.place().projections().isEmpty()
                    || !(l.place().projections().get(0) instanceof Place.Projection.Deref)) continue;
            LocalDecl y = body.local(l.place().local());
            if (y.kind() == LocalDecl.Kind.USER && y.ty() instanceof dev.heaplab.core.types.Ty.Ref r && r.mutable()) candidates.add(l);
        }
        if (candidates.isEmpty()) return null;
        // which of them some point shows held by their own cursor
        BitSet back = new BitSet();
        for (int b = 0; b < body.blocks().size(); b++) {
            if (!flow.entryInto(new BlockId(b), held)) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            // what is written into a cursor, before the write kills the loans of its old pointee
            for (int i = 0; i < bb.statements().size(); i++) {
                Statement st = bb.statements().get(i);
                if (st instanceof Statement.Assign a && a.place().isLocal()) {
                    BitSet carried = new BitSet();
                    flow.rvalueLoansOf(held, a.rvalue(), carried);
                    if (a.rvalue() instanceof Rvalue.Ref r && !r.place().isLocal()) carried.or(held[r.place().local().index()]);
                    for (Loan l : candidates) if (l.place().local().equals(a.place().local()) && carried.get(l.id())) back.set(l.id());
                }
                flow.applyStatement(held, st, new BlockId(b), i);
            }
            if (bb.terminator() instanceof Terminator.Call c && c.destination().isLocal()) {
                BitSet carried = new BitSet();
                for (Operand o : c.args()) flow.operandLoansOf(held, o, carried);
                for (Loan l : candidates) if (l.place().local().equals(c.destination().local()) && carried.get(l.id())) back.set(l.id());
            }
        }
        if (back.isEmpty()) return null;
        int nb = body.blocks().size();
        BitSet[][] live = new BitSet[nb][];
        BitSet[][] extra = new BitSet[nb][];
        for (int b = 0; b < nb; b++) {
            live[b] = liveness.liveBeforeEach(b);
            extra[b] = new BitSet[body.blocks().get(b).statements().size() + 1];
        }
        for (Loan l : candidates) {
            if (!back.get(l.id())) continue;
            int y = l.place().local().index();
            Set<Long> seen = new HashSet<>();
            ArrayList<long[]> work = new ArrayList<>();
            work.add(new long[] {l.block().index(), l.index() + 1});
            while (!work.isEmpty()) {
                long[] pt = work.remove(work.size() - 1);
                int b = (int) pt[0], i = (int) pt[1];
                if (!seen.add(((long) b << 32) | i) || !live[b][i].get(y)) continue;
                (extra[b][i] == null ? (extra[b][i] = new BitSet()) : extra[b][i]).set(l.id());
                Body.BasicBlock bb = body.blocks().get(b);
                if (i < bb.statements().size()) {
                    Statement st = bb.statements().get(i);
                    boolean kill = st instanceof Statement.Assign a && a.place().isLocal() && a.place().local().index() == y
                            || st instanceof Statement.StorageDead d && d.local().index() == y;
                    if (!kill) work.add(new long[] {b, i + 1});
                } else {
                    if (bb.terminator() instanceof Terminator.Call c && c.destination().isLocal() && c.destination().local().index() == y) continue;
                    for (BlockId s : InitAnalysis.successors(bb.terminator())) work.add(new long[] {s.index(), 0});
                }
            }
        }
        return extra;
    }

    /**
     * A closure made here whose body requires its captures' pointees to be `'static` (see
     * LoanFlow.capturesRequiredStatic): the borrows of locals escape in the flow; a parameter's lifetime
     * among them is accepted only when it is this closure body's own environment, whose requirement goes
     * on to its creator (ClosureSummaries.envStaticCaptures); any other is refused.
     */
    private void staticCaptures(dev.heaplab.core.mir.Rvalue.ClosureValue cv, dev.heaplab.core.source.Span at, BitSet[] held) {
        BitSet required = flow.capturesRequiredStatic(held, cv);
        if (!flow.requiredCapturesTracked(held, cv)) {
            out.add(dev.heaplab.core.diag.Diagnostic.unsupported(at, "a closure whose captures must be `'static` holding a parameter's borrow"));
            return;
        }
        for (int id = required.nextSetBit(0); id >= 0; id = required.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal()) continue;
            if (l.holder().index() == 1 && flow.innerUniversal(l) && closures != null && closures.envStaticCaptures(body.def()) != null) continue;
            out.add(dev.heaplab.core.diag.Diagnostic.unsupported(at, "a closure whose captures must be `'static` holding a parameter's borrow"));
            return;
        }
    }

    /**
     * Overwriting a local whose drop reads its borrows (`o = None` with `o: Option<D<'a>>`, `D: Drop`)
     * drops its old value first. Should that drop unwind, the locals declared after it are dropped
     * before it while it still holds its old borrows (rustc's cleanup path): a borrow it holds of such
     * a local, one that is dropped, is E0597 even though the normal path overwrites it.
     */
    private void replaceDrop(Terminator.Drop d, BitSet[] held) {
        if (!d.place().isLocal()) return;
        Local x = d.place().local();
        LocalDecl xd = body.local(x);
        if (xd.kind() != LocalDecl.Kind.USER || xd.span() == null || !tq.dropObservesBorrows(xd.ty())) return;
        List<Statement> next = body.blocks().get(d.target().index()).statements();
        if (next.isEmpty() || !(next.get(0) instanceof Statement.Assign a) || !a.place().equals(Place.of(x))) return;
        BitSet mine = held[x.index()];
        for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (l.universal()) continue;
            LocalDecl sd = body.local(l.place().local());
            if (sd.kind() != LocalDecl.Kind.USER || sd.span() == null || sd.span().lo() <= xd.span().lo() || !dropped(l.place().local())) continue;
            if (!reportedLoans.add(l.id())) continue;
            out.add(Diagnostic.error("E0597", "`" + sd.name() + "` does not live long enough")
                    .secondary(sd.span(), "binding `" + sd.name() + "` declared here")
                    .primary(l.span(), "borrowed value does not live long enough")
                    .secondary(d.span(), "borrow might be used here, when `" + xd.name() + "` is dropped")
                    .build());
            return;
        }
    }

    /** Is the local dropped somewhere (its type has drop glue)? */
    private boolean dropped(Local s) {
        for (Body.BasicBlock bb : body.blocks()) {
            if (bb.terminator() instanceof Terminator.Drop d && d.place().equals(Place.of(s))) return true;
        }
        return false;
    }

    /** Loans held by live locals; two-phase ones held by anything but their reservation temp count as activated. */
    private BitSet inScope(BitSet[] held, BitSet live) {
        BitSet s = new BitSet();
        activated.clear();
        s.or(held[flow.escape]);
        // A loan that escaped (into the return value, a parameter's data) has left its reservation temp.
        BitSet escaped = held[flow.escape];
        for (int id = escaped.nextSetBit(0); id >= 0; id = escaped.nextSetBit(id + 1)) {
            if (flow.loans().get(id).twoPhase()) activated.set(id);
        }
        for (int l = live.nextSetBit(0); l >= 0; l = live.nextSetBit(l + 1)) {
            if (l >= held.length) continue;
            s.or(held[l]);
            for (int id = held[l].nextSetBit(0); id >= 0; id = held[l].nextSetBit(id + 1)) {
                Loan loan = flow.loans().get(id);
                if (loan.twoPhase() && loan.holder().index() != l) activated.set(id);
            }
        }
        flow.addHeldBehind(held, s, activated);
        return s;
    }

    /** Two-phase loans already activated at the current point (set by {@link #inScope}). */
    private final BitSet activated = new BitSet();

    private void statement(Statement st, BlockId b, int i, BitSet inScope, BitSet[] held) {
        switch (st) {
            case Statement.Assign a -> {
                // The loan this statement creates is not yet in scope; if it is, it is the one an
                // earlier loop iteration created here, and the new borrow conflicts with it.
                if (returnedMutRef(a) instanceof Place p) access(p.deref(), Access.BORROW_MUT, a.span(), b, i, inScope, null);
                else rvalue(a.rvalue(), a.span(), b, i, inScope, null);
                access(a.place(), Access.WRITE, a.span(), b, i, inScope, null);
            }
            case Statement.StorageDead d -> storageDead(d.local(), d.span(), b, i, inScope, held);
            // A place mention is no access: `match v { _ => {} }` while `v` is mutably borrowed is accepted.
            case Statement.PlaceMention f -> { }
            default -> { }
        }
    }

    /**
     * `return cur` with `cur: &mut T` a local: rustc reborrows `&mut *cur` at this coercion site, so a
     * loan of `*cur`'s insides still in scope is E0499 on `*cur`, not E0505 on moving `cur`.
     */
    private Place returnedMutRef(Statement.Assign a) {
        if (!a.place().local().equals(Local.RETURN) || !a.place().isLocal()) return null;
        if (!(a.rvalue() instanceof Rvalue.Use u) || !(u.operand() instanceof Operand.Move m) || !m.place().isLocal()) return null;
        return body.local(m.place().local()).ty() instanceof dev.heaplab.core.types.Ty.Ref r && r.mutable() ? m.place() : null;
    }

    private void rvalue(Rvalue rv, Span span, BlockId b, int i, BitSet inScope, Loan created) {
        switch (rv) {
            case Rvalue.Ref r -> access(r.place(), switch (r.kind()) {
                case MUT -> Access.BORROW_MUT;
                case TWO_PHASE_MUT -> Access.RESERVE;
                case SHARED, SHALLOW -> Access.BORROW_SHARED;
            }, span, b, i, inScope, created);
            case Rvalue.Use u -> operand(u.operand(), span, b, i, inScope);
            case Rvalue.Repeat r -> operand(r.operand(), span, b, i, inScope);
            case Rvalue.Cast c -> operand(c.operand(), span, b, i, inScope);
            case Rvalue.BinaryOp x -> { operand(x.lhs(), span, b, i, inScope); operand(x.rhs(), span, b, i, inScope); }
            case Rvalue.CheckedBinaryOp x -> { operand(x.lhs(), span, b, i, inScope); operand(x.rhs(), span, b, i, inScope); }
            case Rvalue.UnaryOp u -> operand(u.operand(), span, b, i, inScope);
            case Rvalue.Aggregate a -> a.operands().forEach(o -> operand(o, span, b, i, inScope));
            case Rvalue.ClosureValue c -> c.captures().forEach(o -> operand(o, span, b, i, inScope));
            case Rvalue.Len l -> {
                // An array's length is its type's: rustc only fake-reads the array for its bounds check
                // (an initialisation check, no conflict), so `a[0] = 5` while `a` is borrowed is E0506 alone.
                if (!(types.typeOf(l.place()) instanceof dev.heaplab.core.types.Ty.Array)) {
                    access(l.place(), Access.READ, span, b, i, notElements(inScope, l.place()), null);
                }
            }
            case Rvalue.Discriminant d -> access(d.place(), Access.READ, span, b, i, inScope, null);
            case Rvalue.RawPtr r -> { }
        }
    }

    /**
     * Reading a slice's or array's length does not touch its elements: loans of elements (under the
     * place, `(*s)[0]` for `Len(*s)`) do not conflict with it, as rustc's array-length access.
     */
    private BitSet notElements(BitSet inScope, Place place) {
        BitSet out = (BitSet) inScope.clone();
        for (int id = out.nextSetBit(0); id >= 0; id = out.nextSetBit(id + 1)) {
            Place loan = flow.loans().get(id).place();
            if (loan.local().equals(place.local()) && loan.projections().size() > place.projections().size()) out.clear(id);
        }
        return out;
    }

    private void operand(Operand o, Span span, BlockId b, int i, BitSet inScope) {
        switch (o) {
            case Operand.Copy c -> access(c.place(), Access.READ, span, b, i, inScope, null);
            case Operand.Move m -> access(m.place(), Access.MOVE, span, b, i, inScope, null);
            case Operand.Constant k -> { }
        }
    }

    private void terminator(Terminator t, BlockId b, int i, BitSet inScope, BitSet[] held) {
        switch (t) {
            case Terminator.Call c -> {
                for (Operand o : c.args()) operand(o, c.span(), b, i, inScope);
                BitSet saved = (BitSet) activated.clone();
                BitSet atActivation = activationScope(c, b, held);
                for (Operand o : c.args()) activateTwoPhase(o, c.exprSpan(), b, i, atActivation, held);
                activated.clear();
                activated.or(saved);
                access(c.destination(), Access.WRITE, c.span(), b, i, inScope, null);
                if (c.destination().local().equals(Local.RETURN)) {
                    BitSet[] after = new BitSet[held.length];
                    for (int k = 0; k < after.length; k++) after[k] = (BitSet) held[k].clone();
                    flow.applyTerminator(after, c);
                    regions.returned(after[Local.RETURN.index()], c.exprSpan());
                }
            }
            case Terminator.SwitchInt s -> operand(s.discr(), s.span(), b, i, inScope);
            case Terminator.Assert a -> operand(a.cond(), a.span(), b, i, inScope);
            case Terminator.Drop d -> {
                if (isReplace(d)) {
                    // Reported at the assigned place (the drop's span), once: not again at the whole assignment.
                    access(d.place(), Access.WRITE, d.span(), b, i, inScope, null);
                    Span whole = body.block(d.target()).statements().get(0).span();
                    if (reported.contains(d.span().lo() + ":" + d.span().hi() + ":" + d.place()))
                        reported.add(whole.lo() + ":" + whole.hi() + ":" + d.place());
                } else if (d.place().isLocal()) storageDead(d.place().local(), d.span(), b, i, inScope, held);
            }
            case Terminator.Return r -> reports.returnsLocal(held[Local.RETURN.index()], r.span());

            default -> { }
        }
    }

    /** A Drop right before an assignment to the same place is the assignment's drop of the old value. */
    private boolean isReplace(Terminator.Drop d) {
        List<Statement> next = body.block(d.target()).statements();
        return !next.isEmpty() && next.get(0) instanceof Statement.Assign a && a.place().equals(d.place());
    }

    /**
     * The loans in scope when a call activates its two-phase borrows, once its arguments are read:
     * those of the locals live after the call and of the arguments passed on. A value copied out
     * through a reference that holds no borrow (`v.push(*last)`) leaves its reference behind, as
     * rustc's MIR copies it into a temporary before the call.
     */
    private BitSet activationScope(Terminator.Call c, BlockId b, BitSet[] held) {
        BitSet live = (BitSet) liveness.liveOut(b.index()).clone();
        for (Operand o : c.args()) {
            Place p = o.readPlace();
            if (p == null || (!p.isLocal() && p.projections().get(0) instanceof Place.Projection.Deref && flow.refFreePlace(p))) continue;
            live.set(p.local().index());
        }
        return inScope(held, live);
    }

    /** The call using a two-phase borrow activates it at {@code span}: from here on it is a mutable borrow. */
    private void activateTwoPhase(Operand o, Span span, BlockId b, int i, BitSet inScope, BitSet[] held) {
        if (!(o instanceof Operand.Move m) || !m.place().isLocal()) return;
        BitSet mine = held[m.place().local().index()];
        for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.twoPhase() || !l.holder().equals(m.place().local()) || reservationReported.contains(l.place())) continue;
            // rustc reports a conflict found at the activation at the whole call (`v.push(1)`),
            // one found at the reservation at the receiver (`v`).
            access(l.place(), Access.BORROW_MUT, span, b, i, inScope, l);
        }
    }

    private void storageDead(Local local, Span span, BlockId b, int i, BitSet inScope, BitSet[] held) {
        for (int id = inScope.nextSetBit(0); id >= 0; id = inScope.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (l.universal() || !PlaceConflict.conflicts(l.place(), Place.of(local), true, types)) continue;
            if (!reportedLoans.add(l.id())) continue;
            reports.doesNotLiveLongEnough(l, local, span, b, i, inScope, held);
        }
    }

    private void access(Place place, Access kind, Span span, BlockId b, int i, BitSet inScope, Loan self) {
        boolean shallow = kind == Access.WRITE;
        for (int id = inScope.nextSetBit(0); id >= 0; id = inScope.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (l.universal() || (self != null && l.id() == self.id())) continue;
            if (!PlaceConflict.conflicts(l.place(), place, shallow, types) || PlaceConflict.throughSharedDeref(l.place(), types)) continue;
            boolean loanMut = l.mutable() && !(l.twoPhase() && !activated(l, b, i));
            // A reservation or a mutable borrow conflicts with any mutable borrow, even one only reserved
            // (rustc's `v.push(v.pop().unwrap())`: E0499 at the inner receiver); reads only with active ones.
            if (kind == Access.RESERVE || kind == Access.BORROW_MUT) loanMut = l.mutable();
            boolean ok = switch (kind) {
                case READ, BORROW_SHARED, RESERVE -> !loanMut;
                case MOVE, WRITE, BORROW_MUT, STORAGE_DEAD -> false;
            };
            if (ok) continue;
            // A write through the borrowing reference itself is not a conflict with that borrow.
            if (kind == Access.WRITE && !place.local().equals(l.place().local())) continue;
            // One report per place and span, as rustc: a two-phase borrow's reservation and activation share both.
            String key = span.lo() + ":" + span.hi() + ":" + place;
            if (!reported.add(key)) return;
            if (kind == Access.RESERVE) reservationReported.add(place);
            reports.conflict(l, loanMut, place, kind, span, b, i, inScope);
            return;
        }
    }

    /** A two-phase loan is active once it flowed out of its reservation temp (into a call's result). */
    private boolean activated(Loan l, BlockId b, int i) { return activated.get(l.id()); }

    static boolean isUserVar(LocalDecl d) { return d.kind() == LocalDecl.Kind.USER || d.kind() == LocalDecl.Kind.ARG; }

    static List<Integer> ids(BitSet s) {
        List<Integer> out = new ArrayList<>();
        for (int id = s.nextSetBit(0); id >= 0; id = s.nextSetBit(id + 1)) out.add(id);
        return out;
    }
}
