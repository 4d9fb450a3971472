package dev.heaplab.core.interp;

import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HashMap and HashSet builtins over {@link HashTable}; Entry is {@code Agg[&mut map, key, slot]}
 * (slot −1 when vacant); the iterators are {@code Agg[items, position, table, entry type]} with the
 * items they yield computed when created.
 */
final class HashBuiltins {
    private HashBuiltins() {}

    private static Ty mapEntry(Builtins.Call c) { return new Ty.Tuple(List.of(c.tyArg(0), c.tyArg(1))); }

    private static Ty setEntry(Builtins.Call c) { return new Ty.Tuple(List.of(c.tyArg(0))); }

    static void register(Map<String, Builtins.Native> r) {
        for (String t : new String[] {"HashMap", "HashSet"}) {
            boolean map = t.equals("HashMap");
            r.put(t + "::new", c -> HashTable.empty());
            r.put(t + "::with_capacity", c -> {
                Value.Agg m = HashTable.empty();
                if (c.usize(0) > 0) {
                    Ty entry = map ? mapEntry(c) : setEntry(c);
                    HashTable.resize(c.m(), m, HashTable.bucketsFor(c.usize(0), c.m().sizes.size(entry)), entry, c.span());
                }
                return m;
            });
            r.put(t + "::len", c -> Value.usize(HashTable.get(c.agg(0), HashTable.ITEMS)));
            r.put(t + "::is_empty", c -> Arith.bool(HashTable.get(c.agg(0), HashTable.ITEMS) == 0));
            r.put(t + "::capacity", c -> Value.usize(HashTable.get(c.agg(0), HashTable.ITEMS)
                    + HashTable.get(c.agg(0), HashTable.GROWTH)));
            r.put(t + "::clear", c -> {
                Value.Agg m = c.agg(0);
                Ty entry = map ? mapEntry(c) : setEntry(c);
                for (int slot : HashTable.live(m)) {
                    Value.Agg e = HashTable.erase(c.m(), m, slot, c.tyArg(0), c.span());
                    c.m().drops.drop(Value.Ptr.thin(c.m().temp(e, "entry"), new int[0]), e, entry, c.span());
                }
                return Value.unit();
            });
        }
        r.put("HashMap::insert", c -> {
            Value.Agg m = c.agg(0);
            HashTable.reserveOne(c.m(), m, mapEntry(c), c.span()); // hashbrown reserves before looking the key up
            int slot = HashTable.find(c.m(), m, c.args()[1], c.tyArg(0), c.tyArg(0), c.span());
            if (slot >= 0) {
                Value.Agg e = (Value.Agg) HashTable.slots(m).fields[slot];
                Value old = e.fields[1];
                e.fields[1] = c.args()[2];
                c.m().drops.drop(Value.Ptr.thin(c.m().temp(c.args()[1], "key"), new int[0]), c.args()[1], c.tyArg(0), c.span());
                return c.m().types.some(old);
            }
            HashTable.insertNew(c.m(), m, Value.Agg.of(c.args()[1], c.args()[2]), c.tyArg(0), mapEntry(c), c.span());
            return c.m().types.none();
        });
        r.put("HashMap::get", c -> lookup(c, 1));
        r.put("HashMap::get_mut", c -> lookup(c, 1));
        r.put("HashMap::contains_key", c -> Arith.bool(slot(c) >= 0));
        r.put("HashMap::remove", c -> {
            int s = slot(c);
            if (s < 0) return c.m().types.none();
            Value.Agg e = HashTable.erase(c.m(), c.agg(0), s, c.tyArg(0), c.span());
            c.m().drops.drop(Value.Ptr.thin(c.m().temp(e.fields[0], "key"), new int[0]), e.fields[0], c.tyArg(0), c.span());
            return c.m().types.some(e.fields[1]);
        });
        r.put("HashMap::remove_entry", c -> {
            int s = slot(c);
            if (s < 0) return c.m().types.none();
            Value.Agg e = HashTable.erase(c.m(), c.agg(0), s, c.tyArg(0), c.span());
            return c.m().types.some(Value.Agg.of(e.fields[0], e.fields[1]));
        });
        r.put("HashMap::index", c -> {
            int s = slot(c);
            if (s < 0) throw c.panic("key not found");
            return Value.Ptr.thin(HashTable.table(c.agg(0)), new int[] {s, 1});
        });
        r.put("HashMap::entry", c -> {
            Value.Agg m = c.agg(0);
            int s = HashTable.find(c.m(), m, c.args()[1], c.tyArg(0), c.tyArg(0), c.span());
            return Value.Agg.of(c.ptr(0), c.args()[1], new Value.Int(s, dev.heaplab.core.types.IntTy.ISIZE));
        });
        r.put("Entry::or_insert", c -> orInsert(c, c.args()[1]));
        r.put("Entry::or_insert_with", c -> orInsert(c, null));
        r.put("Entry::or_insert_with_key", c -> orInsert(c, null, true));
        r.put("Entry::or_default", c -> orInsert(c, Derived.defaultValue(c.m(), c.tyArg(1), c.span())));
        r.put("Entry::and_modify", c -> {
            Value.Agg e = (Value.Agg) c.args()[0];
            long s = ((Value.Int) e.fields[2]).bits();
            if (s >= 0) {
                Value.Agg m = (Value.Agg) Memory.get((Value.Ptr) e.fields[0], c.span());
                Value.Ptr v = Value.Ptr.thin(HashTable.table(m), new int[] {(int) s, 1});
                Closures.call(c, 1, new Value[] {v}, new Ty[] {Ty.refMut(c.tyArg(1))});
            }
            return e;
        });
        r.put("Entry::key", c -> ((Value.Ptr) c.ptr(0)).child(1));
        r.put("HashMap::keys", c -> iter(c, 0, false));
        r.put("HashMap::values", c -> iter(c, 1, false));
        r.put("HashMap::values_mut", c -> iter(c, 1, false));
        r.put("HashMap::iter", c -> iter(c, 2, false));
        r.put("HashMap::iter_mut", c -> iter(c, 2, false));
        r.put("HashMap::into_iter", c -> owned(c, (Value.Agg) c.args()[0], mapEntry(c), true));
        r.put("HashMap::from_iter", c -> collect(c, true));
        r.put("HashMap::extend", c -> extend(c, c.agg(0), true));
        r.put("HashMap::clone", c -> cloneTable(c, mapEntry(c)));
        r.put("HashSet::insert", c -> {
            Value.Agg m = c.agg(0);
            HashTable.reserveOne(c.m(), m, setEntry(c), c.span()); // hashbrown reserves before looking the key up
            if (HashTable.find(c.m(), m, c.args()[1], c.tyArg(0), c.tyArg(0), c.span()) >= 0) {
                c.m().drops.drop(Value.Ptr.thin(c.m().temp(c.args()[1], "key"), new int[0]), c.args()[1], c.tyArg(0), c.span());
                return Value.FALSE;
            }
            HashTable.insertNew(c.m(), m, Value.Agg.of(c.args()[1]), c.tyArg(0), setEntry(c), c.span());
            return Value.TRUE;
        });
        r.put("HashSet::contains", c -> Arith.bool(slot(c) >= 0));
        r.put("HashMap::get_key_value", c -> {
            int s = slot(c);
            if (s < 0) return c.m().types.none();
            Allocation t = HashTable.table(c.agg(0));
            return c.m().types.some(Value.Agg.of(Value.Ptr.thin(t, new int[] {s, 0}), Value.Ptr.thin(t, new int[] {s, 1})));
        });
        r.put("HashSet::get", c -> lookup(c, 0));
        r.put("HashSet::take", c -> {
            int s = slot(c);
            if (s < 0) return c.m().types.none();
            return c.m().types.some(HashTable.erase(c.m(), c.agg(0), s, c.tyArg(0), c.span()).fields[0]);
        });
        r.put("HashSet::remove", c -> {
            int s = slot(c);
            if (s < 0) return Value.FALSE;
            Value.Agg e = HashTable.erase(c.m(), c.agg(0), s, c.tyArg(0), c.span());
            c.m().drops.drop(Value.Ptr.thin(c.m().temp(e, "entry"), new int[0]), e, setEntry(c), c.span());
            return Value.TRUE;
        });
        r.put("HashSet::iter", c -> iter(c, 0, false));
        r.put("HashSet::retain", c -> retain(c, false));
        r.put("HashMap::retain", c -> retain(c, true));
        r.put("HashSet::into_iter", c -> owned(c, (Value.Agg) c.args()[0], setEntry(c), false));
        r.put("HashSet::from_iter", c -> collect(c, false));
        r.put("HashSet::extend", c -> extend(c, c.agg(0), false));
        r.put("HashSet::clone", c -> cloneTable(c, setEntry(c)));
        r.put("HashSet::union", c -> setOp(c, 0));
        r.put("HashSet::intersection", c -> setOp(c, 1));
        r.put("HashSet::difference", c -> setOp(c, 2));
        r.put("HashSet::symmetric_difference", c -> setOp(c, 3));
        for (String it : new String[] {"Keys", "Values", "ValuesMut", "MapIter", "MapIterMut", "MapIntoIter", "SetIter",
                "SetIntoIter"}) {
            r.put(it + "::next", HashBuiltins::next);
        }
    }

    private static int slot(Builtins.Call c) {
        return HashTable.find(c.m(), c.agg(0), c.args()[1], c.argTys()[1], c.tyArg(0), c.span());
    }

    private static Value lookup(Builtins.Call c, int field) {
        int s = slot(c);
        if (s < 0) return c.m().types.none();
        return c.m().types.some(Value.Ptr.thin(HashTable.table(c.agg(0)), new int[] {s, field}));
    }

    private static Value orInsert(Builtins.Call c, Value dflt) { return orInsert(c, dflt, false); }

    private static Value orInsert(Builtins.Call c, Value dflt, boolean withKey) {
        Value.Agg e = (Value.Agg) c.args()[0];
        Value.Agg m = (Value.Agg) Memory.get((Value.Ptr) e.fields[0], c.span());
        long s = ((Value.Int) e.fields[2]).bits();
        if (s >= 0) {
            c.m().drops.drop(Value.Ptr.thin(c.m().temp(e.fields[1], "key"), new int[0]), e.fields[1], c.tyArg(0), c.span());
            if (dflt != null) c.m().drops.drop(Value.Ptr.thin(c.m().temp(dflt, "default"), new int[0]), dflt, c.tyArg(1), c.span());
        } else {
            // or_insert_with_key's closure reads the entry's own key
            Value v = dflt != null ? dflt : withKey
                    ? Closures.call(c, 1, new Value[] {Value.Ptr.thin(c.m().temp(e.fields[1], "key"), new int[0])}, new Ty[] {Ty.ref(c.tyArg(0))})
                    : Closures.call(c, 1, new Value[0], new Ty[0]);
            s = HashTable.insertNew(c.m(), m, Value.Agg.of(e.fields[1], v), c.tyArg(0),
                    new Ty.Tuple(List.of(c.tyArg(0), c.tyArg(1))), c.span());
        }
        return Value.Ptr.thin(HashTable.table(m), new int[] {(int) s, 1});
    }

    /** A borrowing iterator: keys (0), values (1) or (&K, &V) pairs (2). */
    private static Value iter(Builtins.Call c, int what, boolean unused) {
        Value.Agg m = c.agg(0);
        Allocation t = HashTable.table(m);
        List<Value> items = new ArrayList<>();
        for (int s : HashTable.live(m)) {
            Value.Ptr k = Value.Ptr.thin(t, new int[] {s, 0}), v = Value.Ptr.thin(t, new int[] {s, 1});
            items.add(what == 0 ? k : what == 1 ? v : Value.Agg.of(k, v));
        }
        return Value.Agg.of(new Value.Native(items), Value.usize(0), RawVec.dangling(), new Value.Native(Ty.UNIT));
    }

    /** A consuming iterator: moves the entries out; dropping it drops the rest and frees the table. */
    private static Value owned(Builtins.Call c, Value.Agg m, Ty entry, boolean pairs) {
        List<Value> items = new ArrayList<>();
        Value.Agg slots = HashTable.slots(m);
        for (int s : HashTable.live(m)) {
            Value.Agg e = (Value.Agg) slots.fields[s];
            items.add(pairs ? e : e.fields[0]);
            slots.fields[s] = Value.UNINIT;
        }
        Ty itemTy = pairs ? entry : ((Ty.Tuple) entry).elems().get(0);
        return Value.Agg.of(new Value.Native(items), Value.usize(0), m.fields[HashTable.TABLE], new Value.Native(itemTy));
    }

    @SuppressWarnings("unchecked")
    private static Value next(Builtins.Call c) {
        Value.Agg it = c.agg(0);
        List<Value> items = (List<Value>) ((Value.Native) it.fields[0]).state();
        int pos = (int) ((Value.Int) it.fields[1]).bits();
        if (pos >= items.size()) return c.m().types.none();
        it.fields[1] = Value.usize(pos + 1);
        Value v = items.get(pos);
        items.set(pos, Value.UNINIT);
        return c.m().types.some(v);
    }

    /** Drop glue of the hash iterators: owned items left are dropped, the table freed. */
    @SuppressWarnings("unchecked")
    static void dropIter(Interp m, Value.Agg it, dev.heaplab.core.source.Span span) {
        Value.Ptr table = (Value.Ptr) it.fields[2];
        if (table.alloc() == null) return;
        Ty itemTy = (Ty) ((Value.Native) it.fields[3]).state();
        List<Value> items = (List<Value>) ((Value.Native) it.fields[0]).state();
        for (Value v : items) {
            if (v instanceof Value.Uninit) continue;
            m.drops.drop(Value.Ptr.thin(m.temp(v, "item"), new int[0]), v, itemTy, span);
        }
        m.heap.dealloc(table.alloc(), span);
    }

    private static Value collect(Builtins.Call c, boolean map) {
        Value.Agg m = HashTable.empty();
        Builtins.Call src = new Builtins.Call(c.m(), c.key(), List.of(c.tyArg(c.typeArgs().size() - 1)),
                new Value[] {c.args()[0]}, new Ty[] {c.argTys()[0]}, c.span());
        fill(c, src, m, map);
        return m;
    }

    private static Value extend(Builtins.Call c, Value.Agg m, boolean map) {
        Builtins.Call src = new Builtins.Call(c.m(), c.key(), List.of(c.tyArg(c.typeArgs().size() - 1)),
                new Value[] {c.args()[1]}, new Ty[] {c.argTys()[1]}, c.span());
        fill(c, src, m, map);
        return Value.unit();
    }

    private static void fill(Builtins.Call c, Builtins.Call src, Value.Agg m, boolean map) {
        Object[] st = Collect.start(src);
        Value.Ptr it = (Value.Ptr) st[0];
        Ty iterTy = (Ty) st[1];
        Ty entry = map ? mapEntry(c) : setEntry(c);
        // hashbrown's Extend: reserve the lower size bound (half of it, rounded up, into a non-empty table)
        long lower = Math.max(0, Collect.hint(c.m(), Memory.get(it, c.span()), iterTy, src).n());
        if (lower > 0) HashTable.reserve(c.m(), m, HashTable.get(m, HashTable.ITEMS) == 0 ? lower : (lower + 1) / 2, entry, c.span());
        for (Value x; (x = Collect.next(src, it, iterTy)) != null; ) {
            Value key = map ? ((Value.Agg) x).fields[0] : x;
            HashTable.reserveOne(c.m(), m, entry, c.span());
            int s = HashTable.find(c.m(), m, key, c.tyArg(0), c.tyArg(0), c.span());
            if (s >= 0) {
                Value.Agg e = (Value.Agg) HashTable.slots(m).fields[s];
                if (map) {
                    Value old = e.fields[1];
                    e.fields[1] = ((Value.Agg) x).fields[1];
                    c.m().drops.drop(Value.Ptr.thin(c.m().temp(old, "old"), new int[0]), old, c.tyArg(1), c.span());
                }
                c.m().drops.drop(Value.Ptr.thin(c.m().temp(key, "key"), new int[0]), key, c.tyArg(0), c.span());
                continue;
            }
            HashTable.insertNew(c.m(), m, map ? (Value.Agg) x : Value.Agg.of(x), c.tyArg(0), entry, c.span());
        }
        c.m().drops.drop(it, Memory.get(it, c.span()), iterTy, c.span());
    }

    private static Value cloneTable(Builtins.Call c, Ty entry) {
        Value.Agg src = c.agg(0);
        Value.Agg out = HashTable.empty();
        long buckets = HashTable.get(src, HashTable.BUCKETS);
        if (buckets > 0) HashTable.resize(c.m(), out, buckets, entry, c.span());
        for (int s : HashTable.live(src)) {
            Value.Ptr p = Value.Ptr.thin(HashTable.table(src), new int[] {s});
            Value.Agg e = (Value.Agg) Derived.cloneAt(c.m(), p, entry, c.span());
            HashTable.insertNew(c.m(), out, e, c.tyArg(0), entry, c.span());
        }
        return out;
    }

    /** union (0), intersection (1), difference (2), symmetric difference (3) as iterators of `&T`. */
    private static Value setOp(Builtins.Call c, int op) {
        Value.Agg a = c.agg(0), b = c.agg(1);
        // std: a union iterates the larger set then the other's difference; an intersection the smaller
        long la = HashTable.get(a, HashTable.ITEMS), lb = HashTable.get(b, HashTable.ITEMS);
        if ((op == 0 && la < lb) || (op == 1 && la > lb)) {
            Value.Agg t = a;
            a = b;
            b = t;
        }
        List<Value> items = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            Value.Agg self = pass == 0 ? a : b, other = pass == 0 ? b : a;
            if (pass == 1 && (op == 1 || op == 2)) break;
            for (int s : HashTable.live(self)) {
                Value.Ptr k = Value.Ptr.thin(HashTable.table(self), new int[] {s, 0});
                boolean inOther = HashTable.find(c.m(), other, Memory.get(k, c.span()), c.tyArg(0), c.tyArg(0), c.span()) >= 0;
                boolean keep = switch (op) {
                    case 0 -> pass == 0 || !inOther;
                    case 1 -> inOther;
                    default -> !inOther;
                };
                if (keep) items.add(k);
            }
        }
        return Value.Agg.of(new Value.Native(items), Value.usize(0), RawVec.dangling(),
                new Value.Native(new SetOpHint(op == 0 ? HashTable.live(a).size() : 0)));
    }

    /**
     * The lower size bound std's set-operation iterators report: a union is the first set's iterator
     * chained with a difference, whose lower bound is 0 (as intersection's and the others').
     */
    record SetOpHint(int prefix) {}

    /** `retain`: each entry tested in table order; a rejected one is erased and dropped at once, as hashbrown. */
    private static Value retain(Builtins.Call c, boolean map) {
        Value.Agg self = c.agg(0);
        Allocation t = HashTable.table(self);
        Ty entryTy = map ? mapEntry(c) : setEntry(c);
        for (int s : HashTable.live(self)) {
            Value.Ptr k = Value.Ptr.thin(t, new int[] {s, 0});
            Value keep = map ? Closures.call(c, 1, new Value[] {k, Value.Ptr.thin(t, new int[] {s, 1})},
                    new Ty[] {Ty.ref(c.tyArg(0)), Ty.refMut(c.tyArg(1))})
                    : Closures.call(c, 1, new Value[] {k}, new Ty[] {Ty.ref(c.tyArg(0))});
            if (((Value.Bool) keep).v()) continue;
            Value.Agg e = HashTable.erase(c.m(), self, s, c.tyArg(0), c.span());
            c.m().drops.drop(Value.Ptr.thin(c.m().temp(e, "entry"), new int[0]), e, entryTy, c.span());
        }
        return Value.unit();
    }
}
