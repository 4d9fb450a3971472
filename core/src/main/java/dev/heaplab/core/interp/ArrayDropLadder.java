package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which rustc drops an array some of whose elements the body moves out by a pattern
 * (`let [_, b, ..] = arr;`). Its drop elaboration gives each such element its own drop (run if the
 * element is still there) and drops the runs of other elements between them as sub-arrays, then
 * runs that list backwards: for `[a, b, c, d]` with `b` moved out somewhere, `c, d`, then `b`
 * (if present), then `a`. Rules:
 * <ul>
 * <li>the elements with their own drop are those the body moves out of that very place with a
 *     constant index (rustc's move paths), whether or not this run moved them;</li>
 * <li>an array with no such element is dropped in order, as any other value.</li>
 * </ul>
 */
final class ArrayDropLadder {
    private final Map<Body, Map<Place, BitSet>> byBody = new IdentityHashMap<>();

    /** The element indices of the array at {@code place} that the body moves out, or null. */
    BitSet movedElements(Body body, Place place) {
        return byBody.computeIfAbsent(body, ArrayDropLadder::collect).get(place);
    }

    /** The places to drop, in order, for an array of {@code len} elements whose {@code moved} elements have their own drop. */
    static List<Place> ladder(Place place, long len, BitSet moved) {
        List<Place> steps = new ArrayList<>();
        boolean run = true; // inside a run of elements without their own drop, which began at `start`
        long start = 0;
        for (long i = 0; i < len; i++) {
            boolean own = moved.get((int) i);
            if (run && own) {
                if (i > start) steps.add(subArray(place, start, i, len));
                run = false;
            } else if (!run && !own) {
                run = true;
                start = i;
            }
            if (own) steps.add(place.project(new Place.Projection.ConstantIndex(i, false)));
        }
        if (run && start < len) steps.add(subArray(place, start, len, len));
        return steps.reversed();
    }

    private static Place subArray(Place place, long from, long to, long len) {
        return place.project(new Place.Projection.Subslice(from, len - to));
    }

    private static Map<Place, BitSet> collect(Body body) {
        Map<Place, BitSet> out = new HashMap<>();
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement s : bb.statements()) {
                if (!(s instanceof Statement.Assign a)) continue;
                switch (a.rvalue()) {
                    case Rvalue.Use u -> moved(u.operand(), out);
                    case Rvalue.Aggregate ag -> ag.operands().forEach(o -> moved(o, out));
                    default -> { }
                }
            }
            if (bb.terminator() instanceof Terminator.Call c) c.args().forEach(o -> moved(o, out));
        }
        return out;
    }

    private static void moved(Operand o, Map<Place, BitSet> out) {
        if (!(o instanceof Operand.Move m) || m.place().projections().isEmpty()) return;
        List<Place.Projection> ps = m.place().projections();
        if (!(ps.getLast() instanceof Place.Projection.ConstantIndex ci) || ci.fromEnd()) return;
        for (Place.Projection p : ps) if (p instanceof Place.Projection.Deref) return;
        Place base = new Place(m.place().local(), ps.subList(0, ps.size() - 1));
        out.computeIfAbsent(base, k -> new BitSet()).set((int) ci.offset());
    }
}
