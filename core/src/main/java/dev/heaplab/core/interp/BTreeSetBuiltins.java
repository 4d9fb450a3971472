package dev.heaplab.core.interp;

import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BTreeSet as std's `BTreeMap<T, SetValZST>`: the {@link BTreeBuiltins} state with entries
 * {@code Agg[value, ()]} and nodes sized for zero-sized values. The set operations yield references in
 * key order (union takes the first set's element of an equal pair) and carry std's size-hint lower
 * bounds after each item ({@link Lowers}), which collecting them into a Vec reads.
 */
final class BTreeSetBuiltins {
    private BTreeSetBuiltins() {}

    /** The lower bound of the iterator's size hint once {@code i} items were taken: {@code lower[i]}. */
    record Lowers(long[] lower) {}

    private static Value.Agg newSet(Builtins.Call c) { return BTreeBuiltins.newTree(c.m(), c.tyArg(0), Ty.UNIT, "BTreeSet"); }

    static void register(Map<String, Builtins.Native> r) {
        r.put("BTreeSet::new", BTreeSetBuiltins::newSet);
        r.put("BTreeSet::len", c -> Value.usize(BTreeBuiltins.state(c.agg(0)).entries.size()));
        r.put("BTreeSet::is_empty", c -> Arith.bool(BTreeBuiltins.state(c.agg(0)).entries.isEmpty()));
        r.put("BTreeSet::insert", c -> {
            BTreeBuiltins.State s = BTreeBuiltins.state(c.agg(0));
            int i = BTreeBuiltins.search(c, s, c.args()[1], c.tyArg(0));
            if (i >= 0) {
                BTreeBuiltins.dropTemp(c, c.args()[1], c.tyArg(0)); // std keeps the set's value
                return Value.FALSE;
            }
            BTreeBuiltins.insertAt(c, s, -1 - i, c.args()[1], Value.unit());
            return Value.TRUE;
        });
        r.put("BTreeSet::contains", c -> Arith.bool(BTreeBuiltins.probe(c) >= 0));
        r.put("BTreeSet::remove", c -> {
            int i = BTreeBuiltins.probe(c);
            if (i < 0) return Value.FALSE;
            Value.Agg e = BTreeBuiltins.removeAt(c, BTreeBuiltins.state(c.agg(0)), i);
            BTreeBuiltins.dropTemp(c, e.fields[0], c.tyArg(0));
            return Value.TRUE;
        });
        r.put("BTreeSet::take", c -> {
            int i = BTreeBuiltins.probe(c);
            if (i < 0) return c.m().types.none();
            return c.m().types.some(BTreeBuiltins.removeAt(c, BTreeBuiltins.state(c.agg(0)), i).fields[0]);
        });
        r.put("BTreeSet::retain", c -> BTreeBuiltins.retain(c, true));
        // std's from_sorted_iter (the set operators `| & - ^`): a root leaf even when empty, keys pushed in order
        r.put("BTreeSet::from_sorted_iter", c -> {
            Value.Agg set = newSet(c);
            Object[] st = Collect.start(c);
            Value.Ptr it = (Value.Ptr) st[0];
            Ty iterTy = (Ty) st[1];
            BTreeBuiltins.State s = BTreeBuiltins.state(set);
            s.shape.bulkStart(c.span());
            for (Value x; (x = Collect.next(c, it, iterTy)) != null; ) {
                s.entries.add(Value.Agg.of(x, Value.unit()));
                s.shape.bulkPush(c.span());
            }
            s.shape.bulkFinish();
            s.sync();
            c.m().drops.drop(it, Memory.get(it, c.span()), iterTy, c.span());
            return set;
        });
        r.put("BTreeSet::clear", c -> {
            BTreeBuiltins.drop(c.m(), c.agg(0), new Ty.Tuple(List.of(c.tyArg(0), Ty.UNIT)), c.span());
            return Value.unit();
        });
        r.put("BTreeSet::first", c -> edge(c, true));
        r.put("BTreeSet::last", c -> edge(c, false));
        r.put("BTreeSet::pop_first", c -> pop(c, true));
        r.put("BTreeSet::pop_last", c -> pop(c, false));
        r.put("BTreeSet::iter", c -> BTreeBuiltins.iter(c, 0, 0, -1));
        r.put("BTreeSet::range", c -> {
            Value.Agg it = (Value.Agg) c.m().builtins.invokeKey("BTreeMap::range",
                    List.of(c.tyArg(0), Ty.UNIT, c.tyArg(1)), c.args(), c.argTys(), c.span());
            @SuppressWarnings("unchecked")
            List<Value> pairs = (List<Value>) ((Value.Native) it.fields[0]).state();
            List<Value> keys = new ArrayList<>();
            for (Value p : pairs) keys.add(((Value.Agg) p).fields[0]);
            it.fields[0] = new Value.Native(keys);
            return it;
        });
        r.put("BTreeSet::union", c -> setOp(c, 0));
        r.put("BTreeSet::intersection", c -> setOp(c, 1));
        r.put("BTreeSet::difference", c -> setOp(c, 2));
        r.put("BTreeSet::symmetric_difference", c -> setOp(c, 3));
        r.put("BTreeSet::from_iter", c -> BTreeBuiltins.collectSorted(c, newSet(c), true));
        r.put("BTreeSet::from_array", c -> {
            // std sorts the array in place and bulk-builds from it: no Vec
            Value.Agg set = newSet(c);
            Value.Agg arr = (Value.Agg) c.args()[0];
            BTreeBuiltins.buildSorted(c, set, true, arr.fields, arr.fields.length);
            return set;
        });
        r.put("BTreeMap::from_array", c -> {
            Value.Agg map = BTreeBuiltins.newTree(c.m(), c.tyArg(0), c.tyArg(1), "BTreeMap");
            Value.Agg arr = (Value.Agg) c.args()[0];
            BTreeBuiltins.buildSorted(c, map, false, arr.fields, arr.fields.length);
            return map;
        });
        r.put("BTreeSet::clone", c -> {
            BTreeBuiltins.State src = BTreeBuiltins.state(c.agg(0));
            Value.Agg out = newSet(c);
            BTreeBuiltins.State s = BTreeBuiltins.state(out);
            if (!src.entries.isEmpty()) s.shape.copyOf(src.shape, c.span()); // std: an empty map clones to `new()`
            for (int i = 0; i < src.entries.size(); i++)
                s.entries.add(Value.Agg.of(Derived.cloneAt(c.m(), src.at(i, 0), c.tyArg(0), c.span()), Value.unit()));
            s.sync();
            return out;
        });
        r.put("BTreeMap::clone", c -> {
            // std's clone_subtree copies the tree node by node, then each key and value in order.
            BTreeBuiltins.State src = BTreeBuiltins.state(c.agg(0));
            Value.Agg out = BTreeBuiltins.newTree(c.m(), c.tyArg(0), c.tyArg(1), "BTreeMap");
            BTreeBuiltins.State s = BTreeBuiltins.state(out);
            if (!src.entries.isEmpty()) s.shape.copyOf(src.shape, c.span()); // std: an empty map clones to `new()`
            for (int i = 0; i < src.entries.size(); i++) {
                Value k = Derived.cloneAt(c.m(), src.at(i, 0), c.tyArg(0), c.span());
                s.entries.add(Value.Agg.of(k, Derived.cloneAt(c.m(), src.at(i, 1), c.tyArg(1), c.span())));
            }
            s.sync();
            return out;
        });
        r.put("BTreeSet::into_iter", c -> {
            BTreeBuiltins.State s = BTreeBuiltins.state((Value.Agg) c.args()[0]);
            List<Value> items = new ArrayList<>();
            for (Value.Agg e : s.entries) items.add(e.fields[0]);
            s.entries.clear();
            s.sync();
            return Value.Agg.of(new Value.Native(items), Value.usize(0), new Value.Native(s), new Value.Native(c.tyArg(0)));
        });
        r.put("BTreeSetIter::next", c -> c.m().builtins.invokeKey("MapIter::next", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("BTreeSetIter::next_back", c -> c.m().builtins.invokeKey("MapIter::next_back", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("BTreeSetIntoIter::next", c -> BTreeBuiltins.dying(c,
                c.m().builtins.invokeKey("MapIter::next", c.typeArgs(), c.args(), c.argTys(), c.span())));
        r.put("BTreeSetIntoIter::next_back", c -> BTreeBuiltins.dying(c,
                c.m().builtins.invokeKey("MapIter::next_back", c.typeArgs(), c.args(), c.argTys(), c.span())));
    }

    private static Value edge(Builtins.Call c, boolean first) {
        BTreeBuiltins.State s = BTreeBuiltins.state(c.agg(0));
        if (s.entries.isEmpty()) return c.m().types.none();
        return c.m().types.some(s.at(first ? 0 : s.entries.size() - 1, 0));
    }

    private static Value pop(Builtins.Call c, boolean first) {
        BTreeBuiltins.State s = BTreeBuiltins.state(c.agg(0));
        if (s.entries.isEmpty()) return c.m().types.none();
        return c.m().types.some(BTreeBuiltins.removeAt(c, s, first ? 0 : s.entries.size() - 1).fields[0]);
    }

    /**
     * union (0), intersection (1), difference (2), symmetric difference (3) as a walk of both sorted
     * sets. Lower bounds as std's: a union's is the larger count of items not yet consumed on either
     * side; a difference's is the first set's remaining count, less the second's when std stitches
     * the two (similar sizes); intersection and symmetric difference report 0.
     */
    private static Value setOp(Builtins.Call c, int op) {
        BTreeBuiltins.State a = BTreeBuiltins.state(c.agg(0)), b = BTreeBuiltins.state(c.agg(1));
        int na = a.entries.size(), nb = b.entries.size();
        boolean stitch = op == 2 && nb > 0 && na > nb / 16 && !disjoint(c, a, b);
        List<Value> items = new ArrayList<>();
        List<Long> lower = new ArrayList<>();
        lower.add((long) (op == 0 ? Math.max(na, nb) : op == 2 ? (stitch ? Math.max(0, na - nb) : na) : 0));
        int i = 0, j = 0;
        while (i < na || j < nb) {
            int cmp = i >= na ? 1 : j >= nb ? -1 : cmp(c, a, i, b, j);
            Value.Ptr pick = null;
            if (cmp < 0) {
                if (op != 1) pick = a.at(i, 0);
                i++;
            } else if (cmp > 0) {
                if (op == 0 || op == 3) pick = b.at(j, 0);
                j++;
            } else {
                if (op == 0 || op == 1) pick = a.at(i, 0);
                i++;
                j++;
            }
            if (op == 2 && i >= na && pick == null) break;
            if (pick == null) continue;
            items.add(pick);
            lower.add((long) (op == 0 ? Math.max(na - i, nb - j) : op == 2 ? (stitch ? Math.max(0, (na - i) - (nb - j)) : na - i) : 0));
        }
        long[] lw = new long[lower.size()];
        for (int k = 0; k < lw.length; k++) lw[k] = lower.get(k);
        return Value.Agg.of(new Value.Native(items), Value.usize(0), RawVec.dangling(), new Value.Native(new Lowers(lw)));
    }

    private static int cmp(Builtins.Call c, BTreeBuiltins.State a, int i, BTreeBuiltins.State b, int j) {
        return Derived.cmp(c.m(), a.entries.get(i).fields[0], b.entries.get(j).fields[0], c.tyArg(0), c.span());
    }

    /** std iterates the first set alone when the two sets' ranges do not overlap. */
    private static boolean disjoint(Builtins.Call c, BTreeBuiltins.State a, BTreeBuiltins.State b) {
        if (a.entries.isEmpty()) return true;
        return cmp(c, a, a.entries.size() - 1, b, 0) < 0 || cmp(c, a, 0, b, b.entries.size() - 1) > 0;
    }
}
