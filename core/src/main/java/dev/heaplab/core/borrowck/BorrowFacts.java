package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.Liveness;
import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Location;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ProgramDefs;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Read-only view of the loan facts the checker computes for one body, for tools that explain them
 * (the permissions view): the loans, and which are in scope before and after each location, built
 * with the same loan flow and liveness as {@link LoanCheck}. It reports nothing and changes nothing.
 */
public final class BorrowFacts {
    /** One `&`/`&mut` borrow of the body (universal loans of parameters are left out). */
    public record LoanView(int id, Place place, Rvalue.BorrowKind kind, Location created, Span span, Local holder) {
        public boolean mutable() { return kind == Rvalue.BorrowKind.MUT || kind == Rvalue.BorrowKind.TWO_PHASE_MUT; }

        public boolean twoPhase() { return kind == Rvalue.BorrowKind.TWO_PHASE_MUT; }
    }

    /** Loans in scope at one point, and the two-phase ones among them already activated. */
    public record Scope(BitSet loans, BitSet activated) {}

    private final Body body;
    private final PlaceTypes types;
    private final TypeQueries typeQueries;
    private final List<LoanView> loans = new ArrayList<>();
    private final Scope[][] before, after;

    public BorrowFacts(Body body, ProgramDefs defs) { this(body, defs, null); }

    /** With the program's bodies, closures passed to calls are read as the checker reads them (see ClosureSummaries). */
    public BorrowFacts(Body body, ProgramDefs defs, java.util.Map<dev.heaplab.core.types.DefId, Body> bodies) {
        this.body = body;
        this.types = new PlaceTypes(body, defs);
        TypeQueries tq = TypeQueries.of(defs);
        this.typeQueries = tq;
        LoanFlow flow = new LoanFlow(body, defs, p -> tq.refFree(types.typeOf(p)), tq::adtMayBorrow, l -> false,
                bodies == null ? null : new ClosureSummaries(bodies, defs));
        Liveness liveness = new Liveness(body, l -> tq.dropObservesBorrows(body.local(l).ty()));
        for (Loan l : flow.loans()) {
            if (!l.universal()) loans.add(new LoanView(l.id(), l.place(), l.kind(), new Location(l.block(), l.index()), l.span(), l.holder()));
        }
        int nb = body.blocks().size();
        before = new Scope[nb][];
        after = new Scope[nb][];
        for (int b = 0; b < nb; b++) {
            BitSet[] held = flow.entry(new BlockId(b));
            if (held == null) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            int n = bb.statements().size();
            BitSet[] live = liveness.liveBeforeEach(b);
            before[b] = new Scope[n + 1];
            after[b] = new Scope[n + 1];
            for (int i = 0; i < n; i++) {
                Statement st = bb.statements().get(i);
                before[b][i] = scope(flow, held, live[i]);
                flow.applyStatement(held, st, new BlockId(b), i);
                after[b][i] = scope(flow, held, live[i + 1]);
            }
            before[b][n] = scope(flow, held, live[n]);
            flow.applyTerminator(held, bb.terminator());
            after[b][n] = scope(flow, held, liveness.liveOut(b));
        }
    }

    /** As {@link LoanCheck}: loans held by live locals; a two-phase loan held by another local than its temp is activated. */
    private static Scope scope(LoanFlow flow, BitSet[] held, BitSet live) {
        BitSet s = new BitSet(), act = new BitSet();
        for (int l = live.nextSetBit(0); l >= 0; l = live.nextSetBit(l + 1)) {
            if (l >= held.length) continue;
            for (int id = held[l].nextSetBit(0); id >= 0; id = held[l].nextSetBit(id + 1)) {
                Loan loan = flow.loans().get(id);
                if (loan.universal()) continue;
                s.set(id);
                if (loan.twoPhase() && loan.holder().index() != l) act.set(id);
            }
        }
        flow.addHeldBehind(held, s, act);
        for (int id = s.nextSetBit(0); id >= 0; id = s.nextSetBit(id + 1)) if (flow.loans().get(id).universal()) s.clear(id);
        return new Scope(s, act);
    }

    public List<LoanView> loans() { return loans; }

    /** The loan with this id (ids index the checker's loan list, universal loans included). */
    public LoanView loan(int id) {
        for (LoanView l : loans) if (l.id() == id) return l;
        return null;
    }

    /** In scope just before the location, or null when the block is unreachable. */
    public Scope before(Location at) { return at(before, at); }

    /** In scope just after the location (after a terminator: on exit from the block). */
    public Scope after(Location at) { return at(after, at); }

    private static Scope at(Scope[][] table, Location at) {
        Scope[] row = table[at.block().index()];
        return row == null ? null : row[at.index()];
    }

    /** The checker's overlap rule between a loan's place and an accessed place. */
    public boolean conflicts(Place loan, Place access, boolean shallow) { return PlaceConflict.conflicts(loan, access, shallow, types); }

    /**
     * Whether a loan of {@code loan} restricts an access to {@code access}, as the checker decides: its overlap
     * rule, and no loan of a place reached through a shared reference or a raw pointer (rustc's `ignore_borrow`).
     */
    public boolean loanConflicts(Place loan, Place access, boolean shallow) {
        return conflicts(loan, access, shallow) && !PlaceConflict.throughSharedDeref(loan, types);
    }

    /** Where the value of a move path reaching {@code at} was moved out (the checker's "value moved here"), or null. */
    public Span moveSite(dev.heaplab.core.dataflow.MovePaths paths, int path, Location at) {
        if (moveSites == null || moveSitesPaths != paths) {
            moveSites = new MoveSites(body, paths);
            moveSitesPaths = paths;
        }
        return moveSites.find(path, at.block(), at.index());
    }

    private MoveSites moveSites;
    private dev.heaplab.core.dataflow.MovePaths moveSitesPaths;

    /** Whether the ADT has a `Drop` impl (its fields cannot be moved out: E0509). */
    public boolean hasDropImpl(dev.heaplab.core.types.Ty.Adt adt) { return typeQueries.hasDropImpl(adt); }

    /** Whether a Drop terminator is the drop of the old value before an assignment (a write, not an end of scope). */
    public static boolean isReplace(Body body, Terminator.Drop d) {
        List<Statement> next = body.block(d.target()).statements();
        return !next.isEmpty() && next.get(0) instanceof Statement.Assign a && a.place().equals(d.place());
    }
}
