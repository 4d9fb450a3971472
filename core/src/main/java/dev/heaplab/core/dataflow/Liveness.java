package dev.heaplab.core.dataflow;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Backward liveness of locals: a local is live at a point when its current value may be used later.
 * Rules: any read of a place rooted at the local uses it (copy, move, borrow, length, discriminant,
 * a write through a deref of it); assigning the whole local kills it; a Drop uses it only when
 * {@code dropUses} says its drop may observe borrowed data (a Drop impl) and some part of the place
 * may still be initialised there (rustc's drop-liveness: a value moved away, `drop(d)`, is not
 * dropped again at the end of its scope); `Return` uses `_0`.
 */
public final class Liveness {
    private final Body body;
    private final Predicate<Local> dropUses;
    private final BitSet[] liveIn;
    /** Blocks whose Drop terminator drops a place that is certainly uninitialised there (moved or never assigned). */
    private final BitSet emptyDrops;

    public Liveness(Body body, Predicate<Local> dropUses) { this(body, dropUses, null); }

    /** {@code init}: the body's solved initialisation dataflow when the caller has it (null: made here if needed). */
    public Liveness(Body body, Predicate<Local> dropUses, InitAnalysis init) {
        this.body = body;
        this.dropUses = dropUses;
        this.liveIn = new BitSet[body.blocks().size()];
        this.emptyDrops = emptyDrops(body, dropUses, init);
        solve();
    }

    private void solve() {
        int n = body.blocks().size();
        List<List<Integer>> preds = new ArrayList<>();
        for (int i = 0; i < n; i++) { preds.add(new ArrayList<>()); liveIn[i] = new BitSet(); }
        for (int i = 0; i < n; i++) {
            for (var s : InitAnalysis.successors(body.blocks().get(i).terminator())) preds.get(s.index()).add(i);
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n]; // a block waits in the queue once: visiting it twice in a row finds the same
        for (int i = n - 1; i >= 0; i--) { work.add(i); queued[i] = true; }
        while (!work.isEmpty()) {
            int b = work.poll();
            queued[b] = false;
            BitSet live = liveOut(b);
            Body.BasicBlock bb = body.blocks().get(b);
            applyTerminator(live, b);
            for (int i = bb.statements().size() - 1; i >= 0; i--) applyStatement(live, bb.statements().get(i));
            if (!live.equals(liveIn[b])) {
                liveIn[b] = live;
                for (int p : preds.get(b)) if (!queued[p]) { queued[p] = true; work.add(p); }
            }
        }
    }

    /** Locals live on exit from block {@code b}. */
    public BitSet liveOut(int b) {
        BitSet out = new BitSet();
        for (var s : InitAnalysis.successors(body.blocks().get(b).terminator())) out.or(liveIn[s.index()]);
        return out;
    }

    /** Liveness before each statement of block {@code b} and, last, before its terminator. */
    public BitSet[] liveBeforeEach(int b) {
        Body.BasicBlock bb = body.blocks().get(b);
        int n = bb.statements().size();
        BitSet[] out = new BitSet[n + 1];
        BitSet live = liveOut(b);
        applyTerminator(live, b);
        out[n] = (BitSet) live.clone();
        for (int i = n - 1; i >= 0; i--) {
            applyStatement(live, bb.statements().get(i));
            out[i] = (BitSet) live.clone();
        }
        return out;
    }

    /** Transfer backwards over a statement: kill definitions, then add uses. */
    public void applyStatement(BitSet live, Statement s) {
        switch (s) {
            case Statement.Assign a -> {
                if (a.place().isLocal()) live.clear(a.place().local().index());
                else usePlaceBase(live, a.place());
                rvalueUses(live, a.rvalue());
            }
            case Statement.PlaceMention f -> live.set(f.place().local().index());
            case Statement.StorageDead d -> live.clear(d.local().index());
            case Statement.StorageLive l -> live.clear(l.local().index());
            case Statement.SetDiscriminant d -> usePlaceBase(live, d.place());
            case Statement.SetDropFlag f -> { }
            case Statement.Nop n -> { }
        }
    }

    /** Transfer backwards over the terminator of block {@code b}. */
    public void applyTerminator(BitSet live, int b) {
        Terminator t = body.blocks().get(b).terminator();
        switch (t) {
            case Terminator.Call c -> {
                if (c.destination().isLocal()) live.clear(c.destination().local().index());
                else usePlaceBase(live, c.destination());
                operand(live, c.func());
                for (Operand o : c.args()) operand(live, o);
            }
            case Terminator.Drop d -> {
                if (dropUses.test(d.place().local()) && !emptyDrops.get(b)) live.set(d.place().local().index());
            }
            case Terminator.SwitchInt s -> operand(live, s.discr());
            case Terminator.Assert a -> operand(live, a.cond());
            case Terminator.Return r -> live.set(Local.RETURN.index());
            case Terminator.Goto g -> { }
            case Terminator.UnwindResume r -> { }
            case Terminator.Unreachable u -> { }
        }
    }

    /**
     * The blocks ending in a Drop that {@code dropUses} would count as a use although no part of the
     * dropped place may be initialised there. The initialisation dataflow runs only when such a drop exists.
     */
    private static BitSet emptyDrops(Body body, Predicate<Local> dropUses, InitAnalysis init) {
        BitSet out = new BitSet();
        for (int b = 0; b < body.blocks().size(); b++) {
            Body.BasicBlock bb = body.blocks().get(b);
            if (!(bb.terminator() instanceof Terminator.Drop d) || !dropUses.test(d.place().local())) continue;
            if (init == null) init = new InitAnalysis(body, new MovePaths(body, null)); // Box contents: not needed to tell a drop of nothing
            InitState s = init.entry(new dev.heaplab.core.mir.BlockId(b));
            if (s == null) continue;
            for (Statement st : bb.statements()) init.applyStatement(s, st);
            MovePaths.Lookup l = init.paths().lookup(d.place());
            if (!l.exact()) continue;
            boolean[] maybe = {false};
            init.paths().forSelfAndDescendants(l.path(), p -> maybe[0] |= s.maybeInit(p));
            if (!maybe[0]) out.set(b);
        }
        return out;
    }

    /** Writing into a field or through a pointer reads the local (a pointer) or keeps it live. */
    private static void usePlaceBase(BitSet live, Place p) { live.set(p.local().index()); }

    private static void operand(BitSet live, Operand o) {
        switch (o) {
            case Operand.Copy c -> live.set(c.place().local().index());
            case Operand.Move m -> live.set(m.place().local().index());
            case Operand.Constant k -> { }
        }
    }

    private static void rvalueUses(BitSet live, Rvalue rv) {
        switch (rv) {
            case Rvalue.Use u -> operand(live, u.operand());
            case Rvalue.Repeat r -> operand(live, r.operand());
            case Rvalue.Ref r -> live.set(r.place().local().index());
            case Rvalue.RawPtr r -> live.set(r.place().local().index());
            case Rvalue.Len l -> live.set(l.place().local().index());
            case Rvalue.Cast c -> operand(live, c.operand());
            case Rvalue.BinaryOp b -> { operand(live, b.lhs()); operand(live, b.rhs()); }
            case Rvalue.CheckedBinaryOp b -> { operand(live, b.lhs()); operand(live, b.rhs()); }
            case Rvalue.UnaryOp u -> operand(live, u.operand());
            case Rvalue.Discriminant d -> live.set(d.place().local().index());
            case Rvalue.Aggregate a -> a.operands().forEach(o -> operand(live, o));
            case Rvalue.ClosureValue c -> c.captures().forEach(o -> operand(live, o));
        }
    }
}
