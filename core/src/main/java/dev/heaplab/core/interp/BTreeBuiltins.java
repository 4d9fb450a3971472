package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BTreeMap: {@code Agg[Native(State)]}. The entries ({@code Agg[key, value]}, sorted by key) live in
 * an untracked store; {@link BTreeShape} allocates and frees the nodes std would. Iterators reuse the
 * map iterator states of {@link HashBuiltins} ({@code Agg[items, position, table, item type]}); the
 * entry is {@code Agg[&mut map, key, index]} (index −1 − insertion point when vacant).
 */
final class BTreeBuiltins {
    private BTreeBuiltins() {}

    /** A map's entries and node shape. */
    static final class State {
        final List<Value.Agg> entries = new ArrayList<>();
        final Allocation store = new Allocation(-1, Allocation.Kind.STATIC, new Value.Agg(0, new Value[0]), 0, 1, "BTreeMap entries");
        final BTreeShape shape;

        State(BTreeShape shape) { this.shape = shape; }

        void sync() { store.root = new Value.Agg(0, entries.toArray(new Value[0])); }

        Value.Ptr at(int i, int field) { return Value.Ptr.thin(store, new int[] {i, field}); }
    }

    /** Marks the borrowing iterators of a BTreeMap, whose length std trusts when collecting. */
    static final Object TRUSTED = "btree";

    /** Marks `range` iterators: std's btree Range has no exact size hint (its lower bound is 0). */
    static final Object RANGE = "btree range";

    static State state(Value.Agg map) { return (State) ((Value.Native) map.fields[0]).state(); }

    /** Pointers to the entries, in key order (for formatting). */
    static List<Value.Ptr> entries(Value.Agg map) {
        State s = state(map);
        List<Value.Ptr> out = new ArrayList<>();
        for (int i = 0; i < s.entries.size(); i++) out.add(Value.Ptr.thin(s.store, new int[] {i}));
        return out;
    }

    private static Value.Agg newMap(Builtins.Call c) { return newTree(c.m(), c.tyArg(0), c.tyArg(1), "BTreeMap"); }

    /** An empty map or set (a set is a map to `()`, as std's `BTreeMap<T, SetValZST>`). */
    static Value.Agg newTree(Interp m, Ty k, Ty v, String kind) {
        long align = Math.max(8, Math.max(m.sizes.align(k), m.sizes.align(v)));
        long leaf = Sizes.roundUp(8 + 2 + 2 + 11 * m.sizes.size(k) + 11 * m.sizes.size(v), align);
        String what = kind + "<" + m.types.display(k) + (kind.equals("BTreeSet") ? "" : ", " + m.types.display(v)) + "> node";
        return Value.Agg.of(new Value.Native(new State(new BTreeShape(m, leaf, leaf + 12 * 8, what))));
    }

    static void register(Map<String, Builtins.Native> r) {
        r.put("BTreeMap::new", BTreeBuiltins::newMap);
        r.put("BTreeMap::len", c -> Value.usize(state(c.agg(0)).entries.size()));
        r.put("BTreeMap::is_empty", c -> Arith.bool(state(c.agg(0)).entries.isEmpty()));
        r.put("BTreeMap::insert", c -> {
            State s = state(c.agg(0));
            int i = search(c, s, c.args()[1], c.tyArg(0));
            if (i >= 0) {
                Value old = s.entries.get(i).fields[1];
                s.entries.get(i).fields[1] = c.args()[2];
                dropTemp(c, c.args()[1], c.tyArg(0));
                return c.m().types.some(old);
            }
            insertAt(c, s, -1 - i, c.args()[1], c.args()[2]);
            return c.m().types.none();
        });
        r.put("BTreeMap::get", c -> lookup(c, 1));
        r.put("BTreeMap::get_mut", c -> lookup(c, 1));
        r.put("BTreeMap::contains_key", c -> Arith.bool(probe(c) >= 0));
        r.put("BTreeMap::index", c -> {
            int i = probe(c);
            if (i < 0) throw c.panic("key not found");
            return state(c.agg(0)).at(i, 1);
        });
        r.put("BTreeMap::remove", c -> {
            int i = probe(c);
            if (i < 0) return c.m().types.none();
            Value.Agg e = removeAt(c, state(c.agg(0)), i);
            dropTemp(c, e.fields[0], c.tyArg(0));
            return c.m().types.some(e.fields[1]);
        });
        r.put("BTreeMap::remove_entry", c -> {
            int i = probe(c);
            return i < 0 ? c.m().types.none() : c.m().types.some(removeAt(c, state(c.agg(0)), i));
        });
        r.put("BTreeMap::retain", c -> retain(c, false));
        r.put("BTreeMap::split_off", c -> {
            State s = state(c.agg(0));
            Value.Agg out = newTree(c.m(), c.tyArg(0), c.tyArg(1), "BTreeMap");
            if (s.entries.isEmpty()) return out;
            if (!s.shape.oneLeaf())
                throw new MachineStop.Internal("unsupported: `BTreeMap::split_off` of a map of more than 11 entries", c.span());
            int i = probe(c);
            int at = i >= 0 ? i : -1 - i;
            State o = state(out);
            s.shape.splitLeafOff(o.shape, at, c.span());
            while (s.entries.size() > at) o.entries.add(s.entries.remove(at));
            s.sync();
            o.sync();
            return out;
        });
        r.put("BTreeMap::pop_first", c -> pop(c, true));
        r.put("BTreeMap::pop_last", c -> pop(c, false));
        r.put("BTreeMap::first_key_value", c -> edge(c, true));
        r.put("BTreeMap::last_key_value", c -> edge(c, false));
        r.put("BTreeMap::clear", c -> {
            drop(c.m(), c.agg(0), new Ty.Tuple(List.of(c.tyArg(0), c.tyArg(1))), c.span());
            return Value.unit();
        });
        r.put("BTreeMap::keys", c -> iter(c, 0, 0, -1));
        r.put("BTreeMap::values", c -> iter(c, 1, 0, -1));
        r.put("BTreeMap::values_mut", c -> iter(c, 1, 0, -1));
        r.put("BTreeMap::iter", c -> iter(c, 2, 0, -1));
        r.put("BTreeMap::iter_mut", c -> iter(c, 2, 0, -1));
        r.put("BTreeMap::range_mut", c -> c.m().builtins.invokeKey("BTreeMap::range", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("BTreeMap::first_entry", c -> occupied(c, true));
        r.put("BTreeMap::last_entry", c -> occupied(c, false));
        r.put("BTreeOccupiedEntry::key", c -> entryAt(c, (Value.Agg) Memory.get(c.ptr(0), c.span()), 0));
        r.put("BTreeOccupiedEntry::get", c -> entryAt(c, (Value.Agg) Memory.get(c.ptr(0), c.span()), 1));
        r.put("BTreeOccupiedEntry::get_mut", c -> entryAt(c, (Value.Agg) Memory.get(c.ptr(0), c.span()), 1));
        r.put("BTreeOccupiedEntry::into_mut", c -> entryAt(c, (Value.Agg) c.args()[0], 1));
        r.put("BTreeOccupiedEntry::remove_entry", c -> removeOccupied(c));
        r.put("BTreeOccupiedEntry::remove", c -> {
            Value.Agg pair = (Value.Agg) removeOccupied(c);
            dropTemp(c, pair.fields[0], c.tyArg(0));
            return pair.fields[1];
        });
        r.put("BTreeMap::range", c -> {
            State s = state(c.agg(0));
            Value.Agg rg = (Value.Agg) c.args()[1];
            Ty rty = c.argTys()[1];
            LangItem kind = c.m().types.lang(rty);
            int from = 0, to = s.entries.size();
            if (kind == LangItem.RANGE || kind == LangItem.RANGE_INCLUSIVE || kind == LangItem.RANGE_FROM) {
                int i = search(c, s, rg.fields[0], c.tyArg(0));
                from = i >= 0 ? i : -1 - i;
            }
            if (kind == LangItem.RANGE || kind == LangItem.RANGE_INCLUSIVE || kind == LangItem.RANGE_TO
                    || kind == LangItem.RANGE_TO_INCLUSIVE) {
                Value end = kind == LangItem.RANGE || kind == LangItem.RANGE_INCLUSIVE ? rg.fields[1] : rg.fields[0];
                int i = search(c, s, end, c.tyArg(0));
                boolean inclusive = kind == LangItem.RANGE_INCLUSIVE || kind == LangItem.RANGE_TO_INCLUSIVE;
                to = i >= 0 ? (inclusive ? i + 1 : i) : -1 - i;
            }
            if (rty instanceof Ty.Tuple) {
                // `(Bound<K>, Bound<K>)`: Included, Excluded, Unbounded are variants 0, 1, 2
                Value.Agg lo = (Value.Agg) rg.fields[0], hi = (Value.Agg) rg.fields[1];
                if (lo.variant != 2 && hi.variant != 2) {
                    int cmp = compare(c, lo.fields[0], hi.fields[0], c.tyArg(0));
                    if (cmp > 0) throw c.panic("range start is greater than range end in BTreeMap");
                    if (cmp == 0 && lo.variant == 1 && hi.variant == 1)
                        throw c.panic("range start and end are equal and excluded in BTreeMap");
                }
                if (lo.variant != 2) {
                    int i = search(c, s, lo.fields[0], c.tyArg(0));
                    from = i >= 0 ? (lo.variant == 1 ? i + 1 : i) : -1 - i;
                }
                if (hi.variant != 2) {
                    int i = search(c, s, hi.fields[0], c.tyArg(0));
                    to = i >= 0 ? (hi.variant == 0 ? i + 1 : i) : -1 - i;
                }
            }
            // the range is taken by value: its bounds (a `String` from `start.clone()..`) die here
            dropTemp(c, rg, rty);
            if (from > to) throw c.panic("range start is greater than range end in BTreeMap");
            Value.Agg it = (Value.Agg) iter(c, 2, from, to);
            it.fields[3] = new Value.Native(RANGE);
            return it;
        });
        r.put("BTreeMap::into_iter", c -> {
            Value.Agg map = (Value.Agg) c.args()[0];
            State s = state(map);
            List<Value> items = new ArrayList<>(s.entries);
            s.entries.clear();
            s.sync();
            return Value.Agg.of(new Value.Native(items), Value.usize(0), new Value.Native(s),
                    new Value.Native(new Ty.Tuple(List.of(c.tyArg(0), c.tyArg(1)))));
        });
        r.put("BTreeIntoIter::next", c -> dying(c, c.m().builtins.invokeKey("MapIter::next", c.typeArgs(), c.args(), c.argTys(), c.span())));
        for (String it : new String[] {"Keys", "Values", "ValuesMut", "MapIter", "MapIterMut"})
            r.put(it + "::next_back", BTreeBuiltins::nextBack);
        r.put("BTreeIntoIter::next_back", c -> dying(c, nextBack(c)));
        r.put("BTreeMap::entry", c -> {
            State s = state(c.agg(0));
            int i = search(c, s, c.args()[1], c.tyArg(0));
            return Value.Agg.of(c.ptr(0), c.args()[1], new Value.Int(i, IntTy.ISIZE));
        });
        r.put("BTreeEntry::or_insert", c -> orInsert(c, c.args()[1], false));
        r.put("BTreeEntry::or_insert_with", c -> orInsert(c, null, false));
        r.put("BTreeEntry::or_default", c -> orInsert(c, null, true));
        r.put("BTreeEntry::and_modify", c -> {
            Value.Agg e = (Value.Agg) c.args()[0];
            long i = ((Value.Int) e.fields[2]).bits();
            if (i >= 0) {
                State s = state((Value.Agg) Memory.get((Value.Ptr) e.fields[0], c.span()));
                Closures.call(c, 1, new Value[] {s.at((int) i, 1)}, new Ty[] {Ty.refMut(c.tyArg(1))});
            }
            return e;
        });
        r.put("BTreeEntry::key", c -> c.ptr(0).child(1));
        r.put("BTreeMap::from_iter", c -> collectSorted(c, newMap(c), false));
        r.put("BTreeMap::extend", c -> {
            fill(c, c.agg(0), c.args()[1], c.argTys()[1]);
            return Value.unit();
        });
    }

    static void dropTemp(Builtins.Call c, Value v, Ty t) {
        c.m().drops.drop(Value.Ptr.thin(c.m().temp(v, "value"), new int[0]), v, t, c.span());
    }

    /** Binary search by key: the index, or −1 − insertion point. {@code probe} is a key value. */
    static int search(Builtins.Call c, State s, Value probe, Ty probeTy) {
        int lo = 0, hi = s.entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = compare(c, s.entries.get(mid).fields[0], probe, probeTy);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1 - lo;
    }

    /** Compares a stored key with a probe (a key, or a borrowed form such as `&str` for String keys). */
    static int compare(Builtins.Call c, Value key, Value probe, Ty probeTy) {
        Ty keyTy = c.tyArg(0);
        if (c.m().types.is(keyTy, LangItem.STRING) && probe instanceof Value.Ptr p && probeTy instanceof Ty.Str)
            return java.util.Arrays.compareUnsigned(StringBuiltins.bytes((Value.Agg) key, c.span()), Memory.bytes(p, c.span()));
        return Derived.cmp(c.m(), key, probe, keyTy, c.span());
    }

    /** Looks up argument 1 (a `&Q`). */
    static int probe(Builtins.Call c) {
        Ty qt = c.pointee(1);
        Value q = qt instanceof Ty.Str ? Memory.fat(c.ptr(1), c.span()) : c.deref(1);
        return search(c, state(c.agg(0)), q, qt);
    }

    private static Value lookup(Builtins.Call c, int field) {
        int i = probe(c);
        return i < 0 ? c.m().types.none() : c.m().types.some(state(c.agg(0)).at(i, field));
    }

    static void insertAt(Builtins.Call c, State s, int i, Value k, Value v) {
        s.entries.add(i, Value.Agg.of(k, v));
        s.sync();
        s.shape.insert(i, c.span());
    }

    static Value.Agg removeAt(Builtins.Call c, State s, int i) {
        Value.Agg e = s.entries.remove(i);
        s.sync();
        s.shape.remove(i, c.span());
        return e;
    }

    /**
     * `retain` (std: `extract_if(.., |k, v| !f(k, v)).for_each(drop)`): entries tested in key order,
     * a rejected one removed from the tree and dropped before the next is tested.
     */
    static Value retain(Builtins.Call c, boolean set) {
        State s = state(c.agg(0));
        Ty entryTy = new Ty.Tuple(List.of(c.tyArg(0), set ? Ty.UNIT : c.tyArg(1)));
        for (int i = 0; i < s.entries.size(); ) {
            Value keep = set ? Closures.call(c, 1, new Value[] {s.at(i, 0)}, new Ty[] {Ty.ref(c.tyArg(0))})
                    : Closures.call(c, 1, new Value[] {s.at(i, 0), s.at(i, 1)}, new Ty[] {Ty.ref(c.tyArg(0)), Ty.refMut(c.tyArg(1))});
            if (((Value.Bool) keep).v()) {
                i++;
                continue;
            }
            dropTemp(c, removeAt(c, s, i), entryTy);
        }
        return Value.unit();
    }

    /** `first_entry`/`last_entry`: the map's pointer and the entry's rank. */
    private static Value occupied(Builtins.Call c, boolean first) {
        State s = state(c.agg(0));
        if (s.entries.isEmpty()) return c.m().types.none();
        return c.m().types.some(Value.Agg.of(c.ptr(0), Value.usize(first ? 0 : s.entries.size() - 1)));
    }

    /** A pointer to the key (0) or value (1) of an occupied entry. */
    private static Value entryAt(Builtins.Call c, Value.Agg e, int field) {
        State s = state((Value.Agg) Memory.get((Value.Ptr) e.fields[0], c.span()));
        return s.at((int) ((Value.Int) e.fields[1]).bits(), field);
    }

    private static Value removeOccupied(Builtins.Call c) {
        Value.Agg e = (Value.Agg) c.args()[0];
        State s = state((Value.Agg) Memory.get((Value.Ptr) e.fields[0], c.span()));
        return removeAt(c, s, (int) ((Value.Int) e.fields[1]).bits());
    }

    private static Value pop(Builtins.Call c, boolean first) {
        State s = state(c.agg(0));
        if (s.entries.isEmpty()) return c.m().types.none();
        return c.m().types.some(removeAt(c, s, first ? 0 : s.entries.size() - 1));
    }

    private static Value edge(Builtins.Call c, boolean first) {
        State s = state(c.agg(0));
        if (s.entries.isEmpty()) return c.m().types.none();
        int i = first ? 0 : s.entries.size() - 1;
        return c.m().types.some(Value.Agg.of(s.at(i, 0), s.at(i, 1)));
    }

    /** A borrowing iterator over entries [from, to): keys (0), values (1) or pairs (2). */
    static Value iter(Builtins.Call c, int what, int from, int to) {
        State s = state(c.agg(0));
        if (to < 0) to = s.entries.size();
        List<Value> items = new ArrayList<>();
        for (int i = from; i < to; i++)
            items.add(what == 0 ? s.at(i, 0) : what == 1 ? s.at(i, 1) : Value.Agg.of(s.at(i, 0), s.at(i, 1)));
        return Value.Agg.of(new Value.Native(items), Value.usize(0), RawVec.dangling(), new Value.Native(TRUSTED));
    }

    /** Takes items from the back: the list shrinks (the front position stays valid). */
    @SuppressWarnings("unchecked")
    static Value nextBack(Builtins.Call c) {
        Value.Agg it = c.agg(0);
        List<Value> items = (List<Value>) ((Value.Native) it.fields[0]).state();
        int pos = (int) ((Value.Int) it.fields[1]).bits();
        if (pos >= items.size()) return c.m().types.none();
        return c.m().types.some(items.remove(items.size() - 1));
    }

    private static Value orInsert(Builtins.Call c, Value dflt, boolean useDefault) {
        Value.Agg e = (Value.Agg) c.args()[0];
        State s = state((Value.Agg) Memory.get((Value.Ptr) e.fields[0], c.span()));
        long i = ((Value.Int) e.fields[2]).bits();
        if (i >= 0) {
            dropTemp(c, e.fields[1], c.tyArg(0));
            if (dflt != null) dropTemp(c, dflt, c.tyArg(1));
            return s.at((int) i, 1);
        }
        Value v = dflt != null ? dflt : useDefault ? Derived.defaultValue(c.m(), c.tyArg(1), c.span())
                : Closures.call(c, 1, new Value[0], new Ty[0]);
        int at = (int) (-1 - i);
        insertAt(c, s, at, e.fields[1], v);
        return s.at(at, 1);
    }

    private static void fill(Builtins.Call c, Value.Agg map, Value src, Ty srcTy) {
        Builtins.Call sc = new Builtins.Call(c.m(), c.key(), List.of(c.tyArg(c.typeArgs().size() - 1)),
                new Value[] {src}, new Ty[] {srcTy}, c.span());
        Object[] st = Collect.start(sc);
        Value.Ptr it = (Value.Ptr) st[0];
        Ty iterTy = (Ty) st[1];
        State s = state(map);
        for (Value x; (x = Collect.next(sc, it, iterTy)) != null; ) {
            Value.Agg pair = (Value.Agg) x;
            int i = search(c, s, pair.fields[0], c.tyArg(0));
            if (i >= 0) {
                Value old = s.entries.get(i).fields[1];
                s.entries.get(i).fields[1] = pair.fields[1];
                dropTemp(c, old, c.tyArg(1));
                dropTemp(c, pair.fields[0], c.tyArg(0));
            } else {
                insertAt(c, s, -1 - i, pair.fields[0], pair.fields[1]);
            }
        }
        c.m().drops.drop(it, Memory.get(it, c.span()), iterTy, c.span());
    }

    /**
     * std's `FromIterator` for maps and sets: the items are collected into a Vec, stably sorted by key,
     * then bulk-pushed into a fresh tree (see {@link BTreeShape#bulkStart}) skipping every item whose key
     * equals the next one's (dropped as it is skipped); the Vec's buffer is freed at the end.
     */
    static Value.Agg collectSorted(Builtins.Call c, Value.Agg tree, boolean set) {
        Interp m = c.m();
        Ty k = c.tyArg(0);
        Ty item = set ? k : new Ty.Tuple(List.of(k, c.tyArg(1)));
        Value.Agg vec = (Value.Agg) m.builtins.invokeKey("Vec::from_iter", List.of(item, c.tyArg(c.typeArgs().size() - 1)),
                new Value[] {c.args()[0]}, new Ty[] {c.argTys()[0]}, c.span());
        buildSorted(c, tree, set, VecBuiltins.elems(vec).fields, (int) RawVec.len(vec));
        RawVec.setLen(vec, 0);
        RawVec.free(m, vec, m.sizes.size(item), c.span());
        return tree;
    }

    /** Sorts the first n of {@code elems} by key (stably) and bulk-builds {@code tree} from them, moving them out. */
    static void buildSorted(Builtins.Call c, Value.Agg tree, boolean set, Value[] elems, int n) {
        Interp m = c.m();
        Ty k = c.tyArg(0);
        Ty item = set ? k : new Ty.Tuple(List.of(k, c.tyArg(1)));
        List<Value> vs = new ArrayList<>();
        for (int i = 0; i < n; i++) vs.add(elems[i]);
        java.util.function.IntFunction<Value> key = i -> set ? vs.get(i) : ((Value.Agg) vs.get(i)).fields[0];
        Allocation scratch = SliceBuiltins.stableSortScratch(m, n, m.sizes.size(item), c.span());
        List<Integer> order = SliceBuiltins.order(n, (a, b) -> Derived.cmp(m, key.apply(a), key.apply(b), k, c.span()));
        if (scratch != null) m.heap.dealloc(scratch, c.span());
        for (int i = 0; i < n; i++) elems[i] = vs.get(order.get(i));
        State s = state(tree);
        if (n > 0) s.shape.bulkStart(c.span());
        for (int i = 0; i < n; i++) {
            Value x = elems[i];
            elems[i] = Value.UNINIT;
            Value kx = set ? x : ((Value.Agg) x).fields[0];
            Value next = i + 1 < n ? elems[i + 1] : null;
            if (next != null && Derived.eq(m, kx, set ? next : ((Value.Agg) next).fields[0], k, c.span())) {
                dropTemp(c, x, item);
                continue;
            }
            s.entries.add(set ? Value.Agg.of(x, Value.unit()) : (Value.Agg) x);
            s.shape.bulkPush(c.span());
        }
        if (n > 0) s.shape.bulkFinish();
        s.sync();
    }

    /** Drop glue: drops the entries in key order, then frees the nodes. */
    static void drop(Interp m, Value.Agg map, Ty entryTy, Span span) {
        State s = state(map);
        for (Value.Agg e : new ArrayList<>(s.entries)) m.drops.drop(Value.Ptr.thin(m.temp(e, "entry"), new int[0]), e, entryTy, span);
        s.entries.clear();
        s.sync();
        s.shape.freeAll(span);
    }

    /**
     * std's consuming iterators deallocate the nodes they have left: all of them once `next` or
     * `next_back` finds nothing left (`deallocating_end`), not only when the iterator is dropped.
     */
    static Value dying(Builtins.Call c, Value result) {
        if (((Value.Agg) result).variant != c.m().types.optionVariant(true))
            ((State) ((Value.Native) c.agg(0).fields[2]).state()).shape.freeAll(c.span());
        return result;
    }

    /** Drop glue of the consuming iterator: the entries not yielded, then the nodes. */
    @SuppressWarnings("unchecked")
    static void dropIntoIter(Interp m, Value.Agg it, Span span) {
        Ty itemTy = (Ty) ((Value.Native) it.fields[3]).state();
        List<Value> items = (List<Value>) ((Value.Native) it.fields[0]).state();
        for (Value v : items) {
            if (v instanceof Value.Uninit) continue;
            m.drops.drop(Value.Ptr.thin(m.temp(v, "item"), new int[0]), v, itemTy, span);
        }
        ((State) ((Value.Native) it.fields[2]).state()).shape.freeAll(span);
    }
}
