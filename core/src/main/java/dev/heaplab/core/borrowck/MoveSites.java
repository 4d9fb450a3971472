package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.dataflow.MovePaths;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where a value was moved out, for the "value moved here" label: searches backwards from a
 * use, block by block, for the nearest move of the path, of an ancestor or of a descendant.
 */
final class MoveSites {
    private final Body body;
    private final MovePaths paths;
    private final List<List<Integer>> preds = new ArrayList<>();

    MoveSites(Body body, MovePaths paths) {
        this.body = body;
        this.paths = paths;
        for (int i = 0; i < body.blocks().size(); i++) preds.add(new ArrayList<>());
        for (int i = 0; i < body.blocks().size(); i++) {
            for (BlockId s : InitAnalysis.successors(body.blocks().get(i).terminator())) preds.get(s.index()).add(i);
        }
    }

    /**
     * Where a move happened: its statement's span, and for a move into a closure the closure and the
     * index of the capture that moved (rustc's `UseSpans::ClosureUse`), else null and -1.
     */
    record Site(Span span, dev.heaplab.core.types.DefId closure, int capture) {}

    Span find(int path, BlockId block, int index) {
        Site s = findSite(path, block, index);
        return s == null ? null : s.span();
    }

    Site findSite(int path, BlockId block, int index) {
        Set<Integer> related = related(path);
        Site here = scanBackwards(block.index(), index - 1, related);
        if (here != null) return here;
        ArrayDeque<Integer> work = new ArrayDeque<>(preds.get(block.index()));
        Set<Integer> seen = new HashSet<>();
        while (!work.isEmpty()) {
            int b = work.poll();
            if (!seen.add(b)) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            Site s = scanBackwards(b, bb.statements().size(), related);
            if (s != null) return s;
            work.addAll(preds.get(b));
        }
        return null;
    }

    private Set<Integer> related(int path) {
        Set<Integer> out = new HashSet<>();
        for (int p = path; p >= 0; p = paths.path(p).parent()) out.add(p);
        paths.forSelfAndDescendants(path, out::add);
        return out;
    }

    /** Scans statement indices from {@code from} down to 0 (index == size is the terminator). */
    private Site scanBackwards(int b, int from, Set<Integer> related) {
        Body.BasicBlock bb = body.blocks().get(b);
        for (int i = from; i >= 0; i--) {
            if (i == bb.statements().size()) {
                if (movesIn(bb.terminator(), related)) return new Site(bb.terminator().span(), null, -1);
            } else if (i < bb.statements().size()) {
                Statement s = bb.statements().get(i);
                if (s instanceof Statement.Assign a && movesIn(a.rvalue(), related)) {
                    if (a.rvalue() instanceof Rvalue.ClosureValue c) {
                        for (int k = 0; k < c.captures().size(); k++) {
                            if (moves(c.captures().get(k), related)) return new Site(a.span(), c.closure(), k);
                        }
                    }
                    return new Site(a.span(), null, -1);
                }
            }
        }
        return null;
    }

    private boolean moves(Operand o, Set<Integer> related) {
        if (!(o instanceof Operand.Move m)) return false;
        MovePaths.Lookup l = paths.lookup(m.place());
        return l.exact() && related.contains(l.path());
    }

    private boolean movesIn(Rvalue rv, Set<Integer> related) {
        return switch (rv) {
            case Rvalue.Use u -> moves(u.operand(), related);
            case Rvalue.Repeat r -> moves(r.operand(), related);
            case Rvalue.Cast c -> moves(c.operand(), related);
            case Rvalue.BinaryOp x -> moves(x.lhs(), related) || moves(x.rhs(), related);
            case Rvalue.CheckedBinaryOp x -> moves(x.lhs(), related) || moves(x.rhs(), related);
            case Rvalue.UnaryOp u -> moves(u.operand(), related);
            case Rvalue.Aggregate a -> a.operands().stream().anyMatch(o -> moves(o, related));
            case Rvalue.ClosureValue c -> c.captures().stream().anyMatch(o -> moves(o, related));
            case Rvalue.Ref r -> false;
            case Rvalue.RawPtr r -> false;
            case Rvalue.Len l -> false;
            case Rvalue.Discriminant d -> false;
        };
    }

    private boolean movesIn(Terminator t, Set<Integer> related) {
        return t instanceof Terminator.Call c && (moves(c.func(), related) || c.args().stream().anyMatch(o -> moves(o, related)));
    }
}
