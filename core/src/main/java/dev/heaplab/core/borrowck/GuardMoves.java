package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.types.DefNames;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;

/**
 * E0507 "cannot move out of `s` in pattern guard". A guarded arm's bindings are bitwise copies of the
 * scrutinee's parts while its guard runs (lowering re-binds them with real moves once the guard
 * holds): a `move` of such a copy inside the guard would move out of the scrutinee, which rustc's
 * guards see only by reference. A local holds a guard copy from its `L = copy ..` binding until it
 * is assigned again or its storage ends; lowering never `move`s a local of a `Copy` type, so a
 * `move` of a local in that state is such a move.
 */
final class GuardMoves {
    private final Body body;
    private final DefNames defs;
    private final List<Diagnostic> out;
    private final dev.heaplab.core.source.SourceFile source;

    GuardMoves(Body body, DefNames defs, List<Diagnostic> out, dev.heaplab.core.source.SourceFile source) {
        this.body = body;
        this.defs = defs;
        this.out = out;
        this.source = source;
    }

    void run() {
        if (!movesACopiedBinding()) return; // most bodies: nothing to solve
        int n = body.blocks().size();
        BitSet[] entry = new BitSet[n];
        entry[0] = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.add(0);
        while (!work.isEmpty()) {
            int b = work.poll();
            BitSet s = (BitSet) entry[b].clone();
            Body.BasicBlock bb = body.blocks().get(b);
            for (Statement st : bb.statements()) apply(s, st);
            for (BlockId succ : InitAnalysis.successors(bb.terminator())) {
                int k = succ.index();
                if (entry[k] == null) entry[k] = (BitSet) s.clone();
                else {
                    BitSet before = (BitSet) entry[k].clone();
                    entry[k].or(s);
                    if (entry[k].equals(before)) continue;
                }
                work.add(k);
            }
        }
        BitSet reported = new BitSet();
        for (int b = 0; b < n; b++) {
            if (entry[b] == null) continue;
            BitSet s = (BitSet) entry[b].clone();
            Body.BasicBlock bb = body.blocks().get(b);
            for (Statement st : bb.statements()) {
                if (st instanceof Statement.Assign a) for (Operand o : Rvalue.operandsOf(a.rvalue())) check(s, o, a.span(), reported);
                apply(s, st);
            }
            if (bb.terminator() instanceof Terminator.Call c) for (Operand o : c.args()) check(s, o, c.span(), reported);
        }
    }

    /** Is some local both bound by a copy and moved somewhere? Only then can a guard move one. */
    private boolean movesACopiedBinding() {
        BitSet copied = new BitSet(), moved = new BitSet();
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (!(st instanceof Statement.Assign a)) continue;
                BitSet one = new BitSet();
                apply(one, st);
                copied.or(one);
                for (Operand o : Rvalue.operandsOf(a.rvalue())) if (o instanceof Operand.Move m) moved.set(m.place().local().index());
            }
            if (bb.terminator() instanceof Terminator.Call c) {
                for (Operand o : c.args()) if (o instanceof Operand.Move m) moved.set(m.place().local().index());
            }
        }
        return copied.intersects(moved);
    }

    private void apply(BitSet s, Statement st) {
        switch (st) {
            case Statement.Assign a when a.place().isLocal() -> {
                int l = a.place().local().index();
                boolean guardCopy = a.rvalue() instanceof Rvalue.Use u && u.operand() instanceof Operand.Copy c
                        && !c.place().isLocal() && body.local(a.place().local()).kind() == LocalDecl.Kind.USER;
                if (guardCopy) s.set(l);
                else s.clear(l);
            }
            case Statement.StorageDead d -> s.clear(d.local().index());
            case Statement.StorageLive v -> s.clear(v.local().index());
            default -> { }
        }
    }

    private void check(BitSet s, Operand o, dev.heaplab.core.source.Span span, BitSet reported) {
        if (!(o instanceof Operand.Move m)) return;
        Place p = m.place();
        for (Place.Projection pr : p.projections()) if (pr instanceof Place.Projection.Deref) return;
        int l = p.local().index();
        if (!s.get(l) || reported.get(l)) return;
        reported.set(l);
        LocalDecl decl = body.local(p.local());
        String name = decl.name() == null ? "value" : decl.name();
        dev.heaplab.core.source.Span at = span;
        Diagnostic.Builder d = Diagnostic.error("E0507", "cannot move out of `" + name + "` in pattern guard")
                .primary(at, "move occurs because `" + name + "` has type `" + decl.ty().display(defs)
                        + "`, which does not implement the `Copy` trait")
                .note("variables bound in patterns cannot be moved from until after the end of the pattern guard");
        if (source != null && source.contains(at.lo())) {
            // rustc's edits: borrow a `let` initialiser, and clone the binding.
            int stmt = StatementStart.of(source, at.lo());
            String before = stmt < 0 ? "" : source.text().substring(stmt - source.startPos(), at.lo() - source.startPos());
            if (before.startsWith("let ") && before.trim().endsWith("=")) d.suggestion("consider borrowing here", at.shrinkToLo(), "&");
            d.suggestion("consider cloning the value if the performance cost is acceptable", at.shrinkToHi(), ".clone()");
        }
        out.add(d.build());
    }

}
