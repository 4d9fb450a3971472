package dev.heaplab.core.dataflow;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward dataflow of initialisation over move paths (rustc's MaybeInitializedPlaces,
 * MaybeUninitializedPlaces and the moves reaching each point, computed together).
 * Transfer rules:
 * <ul>
 * <li>at entry the arguments are initialised, every other local uninitialised;</li>
 * <li>an assignment (or a call's destination, on return) initialises the path and its descendants;</li>
 * <li>a move out of a place de-initialises its path and descendants and marks them moved;</li>
 * <li>StorageLive, StorageDead and Drop leave the path uninitialised (not moved).</li>
 * </ul>
 */
public final class InitAnalysis {
    private final Body body;
    private final MovePaths paths;
    private final InitState[] entry;

    public InitAnalysis(Body body, MovePaths paths) {
        this.body = body;
        this.paths = paths;
        this.entry = new InitState[body.blocks().size()];
        solve();
    }

    public MovePaths paths() { return paths; }

    /** The state on entry to a block (null for unreachable blocks). */
    public InitState entry(BlockId b) { return entry[b.index()] == null ? null : entry[b.index()].copy(); }

    private void solve() {
        InitState start = new InitState(paths.size());
        for (int i = 0; i < body.locals().size(); i++) {
            int p = paths.lookup(Place.of(new Local(i))).path();
            if (i >= 1 && i <= body.argCount()) setInit(start, p);
            else setStorage(start, p);
        }
        entry[0] = start;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[entry.length]; // a block waits in the queue once
        work.add(0);
        queued[0] = true;
        InitState scratch = null; // the state of the previous visit, overwritten rather than allocated again
        while (!work.isEmpty()) {
            int b = work.poll();
            queued[b] = false;
            InitState s = scratch;
            if (s == null) s = entry[b].copy();
            else s.setTo(entry[b]);
            scratch = s;
            Body.BasicBlock bb = body.blocks().get(b);
            for (Statement st : bb.statements()) applyStatement(s, st);
            applyTerminator(s, bb.terminator());
            List<BlockId> succs = successors(bb.terminator());
            for (int k = 0; k < succs.size(); k++) {
                int i = succs.get(k).index();
                if (entry[i] == null) {
                    // the last successor may keep the state itself: nothing reads it after
                    if (k == succs.size() - 1) {
                        entry[i] = s;
                        scratch = null;
                    } else {
                        entry[i] = s.copy();
                    }
                    work.add(i);
                    queued[i] = true;
                } else if (entry[i].join(s) && !queued[i]) {
                    work.add(i);
                    queued[i] = true;
                }
            }
        }
    }

    public static List<BlockId> successors(Terminator t) {
        List<BlockId> out = new ArrayList<>();
        switch (t) {
            case Terminator.Goto g -> out.add(g.target());
            case Terminator.SwitchInt s -> { out.addAll(s.targets()); out.add(s.otherwise()); }
            case Terminator.Drop d -> { out.add(d.target()); if (d.unwind() != null) out.add(d.unwind()); }
            case Terminator.Call c -> { if (c.target() != null) out.add(c.target()); if (c.unwind() != null) out.add(c.unwind()); }
            case Terminator.Assert a -> { out.add(a.target()); if (a.unwind() != null) out.add(a.unwind()); }
            case Terminator.Return r -> { }
            case Terminator.UnwindResume r -> { }
            case Terminator.Unreachable u -> { }
        }
        return out;
    }

    void setInit(InitState s, int path) {
        paths.forSelfAndDescendants(path, p -> {
            s.maybeInit.set(p);
            s.maybeUninit.clear(p);
            s.maybeMoved.clear(p);
            s.maybeEverInit.set(p);
        });
    }

    void setMoved(InitState s, int path) {
        paths.forSelfAndDescendants(path, p -> { s.maybeInit.clear(p); s.maybeUninit.set(p); s.maybeMoved.set(p); });
    }

    void setDead(InitState s, int path) {
        paths.forSelfAndDescendants(path, p -> { s.maybeInit.clear(p); s.maybeUninit.set(p); s.maybeMoved.clear(p); });
    }

    /** Storage starting or ending: dead, and no longer counted as ever assigned. */
    void setStorage(InitState s, int path) {
        setDead(s, path);
        paths.forSelfAndDescendants(path, s.maybeEverInit::clear);
    }

    /** Applies a statement's effect (after its uses). */
    public void applyStatement(InitState s, Statement st) {
        switch (st) {
            case Statement.Assign a -> {
                moves(s, a.rvalue());
                init(s, a.place());
            }
            case Statement.StorageLive l -> setStorage(s, paths.lookup(Place.of(l.local())).path());
            case Statement.StorageDead d -> setStorage(s, paths.lookup(Place.of(d.local())).path());
            case Statement.SetDiscriminant d -> { }
            case Statement.PlaceMention f -> { }
            case Statement.SetDropFlag f -> { }
            case Statement.Nop n -> { }
        }
    }

    /** Applies a terminator's effect (after its uses); a call's destination counts as initialised. */
    public void applyTerminator(InitState s, Terminator t) {
        switch (t) {
            case Terminator.Call c -> {
                move(s, c.func());
                for (Operand o : c.args()) move(s, o);
                init(s, c.destination());
            }
            case Terminator.Drop d -> {
                MovePaths.Lookup l = paths.lookup(d.place());
                if (l.exact()) setDead(s, l.path());
            }
            case Terminator.SwitchInt sw -> move(s, sw.discr());
            case Terminator.Assert a -> move(s, a.cond());
            case Terminator.Goto g -> { }
            case Terminator.Return r -> { }
            case Terminator.UnwindResume r -> { }
            case Terminator.Unreachable u -> { }
        }
    }

    /** Initialises the move path of an assigned place (no effect through a deref). */
    public void init(InitState s, Place place) {
        MovePaths.Lookup l = paths.lookup(place);
        if (l.exact()) setInit(s, l.path());
    }

    private void moves(InitState s, Rvalue rv) {
        switch (rv) {
            case Rvalue.Use u -> move(s, u.operand());
            case Rvalue.Repeat r -> move(s, r.operand());
            case Rvalue.Cast c -> move(s, c.operand());
            case Rvalue.BinaryOp b -> { move(s, b.lhs()); move(s, b.rhs()); }
            case Rvalue.CheckedBinaryOp b -> { move(s, b.lhs()); move(s, b.rhs()); }
            case Rvalue.UnaryOp u -> move(s, u.operand());
            case Rvalue.Aggregate a -> a.operands().forEach(o -> move(s, o));
            case Rvalue.ClosureValue c -> c.captures().forEach(o -> move(s, o));
            case Rvalue.Ref r -> { }
            case Rvalue.RawPtr r -> { }
            case Rvalue.Len l -> { }
            case Rvalue.Discriminant d -> { }
        }
    }

    /** The effect of one operand: a Move de-initialises its place. */
    public void move(InitState s, Operand o) {
        if (o instanceof Operand.Move m) {
            MovePaths.Lookup l = paths.lookup(m.place());
            if (l.exact()) setMoved(s, l.path());
        }
    }
}
