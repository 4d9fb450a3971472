package dev.heaplab.core.borrowck;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loans that live only in the captures of sealed closures. In NLL a captured borrow's region
 * appears only in the closure's type; a sealed closure cannot copy it anywhere else, so a value
 * whose type cannot contain that closure (`Vec<&'a str>` collected from `iter.filter(|c| **c != lower)`)
 * cannot hold it. Rules:
 * <ul>
 * <li>a closure is sealed when its parameters are shared references to data without interior
 *     mutability (or hold no borrow) and its result holds no borrow (`bool`), or its body shows
 *     that its captures leave it neither way ({@link ClosureSummaries#envEscapes}), and it captures only
 *     such shared references or values holding no borrow: it can neither return a captured borrow
 *     nor store it through a parameter or another capture;</li>
 * <li>a loan is sealed when it is created into a temporary (`_t = &lower`) used once, as a capture
 *     of a sealed closure's value.</li>
 * </ul>
 */
final class SealedCaptures {
    private SealedCaptures() {}

    static BitSet of(Body body, ProgramDefs defs, List<Loan> loans, TypeQueries queries, ClosureSummaries closures) {
        Map<Integer, Integer> capturedOnce = new HashMap<>(); // temp → how often it is read
        BitSet candidates = new BitSet();
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (st instanceof Statement.Assign a && a.rvalue() instanceof Rvalue.ClosureValue cv && sealed(defs.closure(cv.closure()), queries, closures)) {
                    for (Operand o : cv.captures()) {
                        Place p = o.readPlace();
                        if (p != null && p.isLocal()) candidates.set(p.local().index());
                    }
                }
            }
        }
        if (candidates.isEmpty()) return new BitSet();
        BitSet defined = new BitSet(), refused = new BitSet();
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (st instanceof Statement.Assign a) {
                    int d = a.place().local().index();
                    if (candidates.get(d)) {
                        if (!a.place().isLocal() || !(a.rvalue() instanceof Rvalue.Ref) || defined.get(d)) refused.set(d);
                        defined.set(d);
                    }
                    reads(a.rvalue(), capturedOnce);
                }
            }
            switch (bb.terminator()) {
                case Terminator.Call c -> {
                    read(c.func(), capturedOnce);
                    c.args().forEach(o -> read(o, capturedOnce));
                    refused.set(c.destination().local().index());
                }
                case Terminator.SwitchInt s -> read(s.discr(), capturedOnce);
                case Terminator.Assert a -> read(a.cond(), capturedOnce);
                default -> { }
            }
        }
        BitSet out = new BitSet();
        for (Loan l : loans) {
            int t = l.holder().index();
            if (l.universal() || l.kind() != Rvalue.BorrowKind.SHARED || !candidates.get(t) || refused.get(t)) continue;
            if (body.local(l.holder()).kind() != dev.heaplab.core.mir.LocalDecl.Kind.TEMP) continue;
            if (capturedOnce.getOrDefault(t, 0) == 1) out.set(l.id());
        }
        return out;
    }

    /** Counts every mention of a local in an rvalue (a borrow of a temp counts too: it could leak). */
    private static void reads(Rvalue rv, Map<Integer, Integer> count) {
        switch (rv) {
            case Rvalue.Use u -> read(u.operand(), count);
            case Rvalue.Repeat r -> read(r.operand(), count);
            case Rvalue.Ref r -> count.merge(r.place().local().index(), 2, Integer::sum);
            case Rvalue.RawPtr r -> count.merge(r.place().local().index(), 2, Integer::sum);
            case Rvalue.Len l -> count.merge(l.place().local().index(), 1, Integer::sum);
            case Rvalue.Cast c -> read(c.operand(), count);
            case Rvalue.BinaryOp b -> { read(b.lhs(), count); read(b.rhs(), count); }
            case Rvalue.CheckedBinaryOp b -> { read(b.lhs(), count); read(b.rhs(), count); }
            case Rvalue.UnaryOp u -> read(u.operand(), count);
            case Rvalue.Discriminant d -> count.merge(d.place().local().index(), 1, Integer::sum);
            case Rvalue.Aggregate a -> a.operands().forEach(o -> read(o, count));
            case Rvalue.ClosureValue c -> c.captures().forEach(o -> read(o, count));
        }
    }

    private static void read(Operand o, Map<Integer, Integer> count) {
        Place p = o.readPlace();
        if (p != null) count.merge(p.local().index(), 1, Integer::sum);
    }

    /** Can this closure neither return nor store any borrow it captured? (See the class comment.) */
    static boolean sealed(ClosureDef def, TypeQueries queries, ClosureSummaries closures) {
        if (def == null || def.sig() == null) return false;
        // Its own body may show that nothing it captured leaves it (`|c| (*c, distance(typed, c))`).
        if (closures == null || closures.envEscapes(def.id())) {
            for (Ty in : def.sig().inputs()) if (!sharedOrFree(in, queries)) return false;
            if (!queries.refFree(def.sig().output())) return false;
        }
        for (ClosureDef.Capture cap : def.captures()) {
            switch (cap.mode()) {
                case BY_MUT_REF -> { return false; }
                case BY_REF -> {
                    Ty t = cap.ty() instanceof Ty.Ref r ? (r.mutable() ? null : r.inner()) : cap.ty();
                    if (t == null || !receivesNothing(t, queries)) return false;
                }
                case BY_VALUE -> { if (!sharedOrFree(cap.ty(), queries)) return false; }
            }
        }
        return true;
    }

    private static boolean sharedOrFree(Ty t, TypeQueries queries) {
        if (t instanceof Ty.Ref r) return !r.mutable() && receivesNothing(r.inner(), queries);
        return queries.refFree(t) || queries.onlyCallerBorrows(t);
    }

    /**
     * Can nothing be stored into data of this type through a shared reference? It has no interior
     * mutability, or it is typed only by the enclosing item's type parameters (`&&T`, a captured `P: Fn`):
     * their regions are the caller's, which no borrow of this body's locals can outlive.
     */
    private static boolean receivesNothing(Ty t, TypeQueries queries) {
        Ty inner = t;
        while (inner instanceof Ty.Ref r && !r.mutable()) inner = r.inner();
        return !queries.mayMutateShared(t) || queries.onlyCallerBorrows(inner);
    }
}
