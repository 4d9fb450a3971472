package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table behind HashMap/HashSet, sized and allocated like hashbrown's RawTable on x86-64:
 * <ul>
 * <li>buckets for a capacity: 4 below 4, 8 below 8, else the next power of two of cap * 8 / 7;
 *     usable capacity: buckets − 1 below 8 buckets, else buckets / 8 * 7;</li>
 * <li>one allocation of round_up(buckets * size_of(entry), 16) + buckets + 16 bytes (align ≥ 16);
 *     growth allocates a new table for max(items + 1, capacity + 1) and frees the old one;</li>
 * <li>no allocation until the first insert (or with_capacity(n > 0)); erasing frees the slot.</li>
 * </ul>
 * The map value is {@code Agg[table, buckets, items, growthLeft, index]}; the table root holds one
 * slot per bucket, each uninitialised or {@code Agg[key, value]} ({@code Agg[key]} for sets). Slots
 * are filled in insertion order (so iteration order is insertion order: real programs must not
 * depend on it). {@code index} is a Java-side lookup from canonical keys to slots.
 */
final class HashTable {
    static final int TABLE = 0, BUCKETS = 1, ITEMS = 2, GROWTH = 3, INDEX = 4;

    private HashTable() {}

    static Value.Agg empty() {
        return Value.Agg.of(RawVec.dangling(), Value.usize(0), Value.usize(0), Value.usize(0),
                new Value.Native(new HashMap<Object, Integer>()));
    }

    static long get(Value.Agg m, int f) { return ((Value.Int) m.fields[f]).bits(); }

    static void set(Value.Agg m, int f, long v) { m.fields[f] = Value.usize(v); }

    @SuppressWarnings("unchecked")
    static Map<Object, Integer> index(Value.Agg m) { return (Map<Object, Integer>) ((Value.Native) m.fields[INDEX]).state(); }

    /** The table, reported as touched: native code reaches it here to write slots in place. */
    static Allocation table(Value.Agg m) {
        Allocation t = ((Value.Ptr) m.fields[TABLE]).alloc();
        if (t != null) t.touch();
        return t;
    }

    static Value.Agg slots(Value.Agg m) {
        Allocation t = table(m);
        return t == null ? new Value.Agg(0, new Value[0]) : (Value.Agg) t.root;
    }

    /**
     * hashbrown's capacity_to_buckets: small tables of 1-byte entries get at least 14 places and of
     * 2- or 3-byte entries 7 (so that the data is no smaller than the control bytes' 16-byte alignment).
     */
    static long bucketsFor(long cap, long entrySize) {
        if (cap < 15) {
            cap = Math.max(cap, entrySize <= 1 ? 14 : entrySize <= 3 ? 7 : 3);
            return cap < 4 ? 4 : cap < 8 ? 8 : 16;
        }
        long adjusted = cap * 8 / 7;
        return Long.highestOneBit(adjusted - 1) << 1;
    }

    static long capacityOf(long buckets) {
        if (buckets == 0) return 0;
        return buckets < 8 ? buckets - 1 : buckets / 8 * 7;
    }

    static long tableSize(Interp m, long buckets, Ty entry) {
        return Sizes.roundUp(buckets * m.sizes.size(entry), 16) + buckets + 16;
    }

    /** Allocates a table of {@code buckets}, moving the live entries of the old one (then freed). */
    static void resize(Interp m, Value.Agg map, long buckets, Ty entry, Span span) {
        Value.Agg old = slots(map);
        Allocation oldTable = table(map);
        Value[] fresh = new Value[(int) buckets];
        java.util.Arrays.fill(fresh, Value.UNINIT);
        Map<Object, Integer> idx = index(map);
        Map<Integer, Integer> moved = new HashMap<>();
        int n = 0;
        for (int i = 0; i < old.fields.length; i++) {
            if (old.fields[i] instanceof Value.Uninit) continue;
            moved.put(i, n);
            fresh[n++] = old.fields[i];
        }
        idx.replaceAll((k, v) -> moved.get(v));
        long align = Math.max(16, m.sizes.align(entry));
        Allocation t = m.heap.alloc(tableSize(m, buckets, entry), align, new Value.Agg(0, fresh),
                "HashMap table (" + buckets + " buckets)", span);
        if (oldTable != null) m.heap.dealloc(oldTable, span);
        map.fields[TABLE] = Value.Ptr.thin(t, new int[0]);
        set(map, BUCKETS, buckets);
        set(map, GROWTH, capacityOf(buckets) - n);
    }

    /** Makes room for one more entry (hashbrown's reserve(1)). */
    static void reserveOne(Interp m, Value.Agg map, Ty entry, Span span) {
        if (get(map, GROWTH) > 0) return;
        long items = get(map, ITEMS);
        long cap = Math.max(items + 1, capacityOf(get(map, BUCKETS)) + 1);
        resize(m, map, bucketsFor(cap, m.sizes.size(entry)), entry, span);
    }

    /** hashbrown's reserve(additional): a larger table when the growth left does not cover it. */
    static void reserve(Interp m, Value.Agg map, long additional, Ty entry, Span span) {
        if (additional <= get(map, GROWTH)) return;
        long cap = Math.max(get(map, ITEMS) + additional, capacityOf(get(map, BUCKETS)) + 1);
        resize(m, map, bucketsFor(cap, m.sizes.size(entry)), entry, span);
    }

    /** A Java-side key for values that compare structurally, or null to fall back to a linear search. */
    static Object canonical(Interp m, Value v, Ty ty, Span span) {
        return switch (v) {
            case Value.Int i -> i.bits();
            case Value.Char c -> "c" + c.cp();
            case Value.Bool b -> b.v();
            case Value.Ptr p when ty instanceof Ty.Ref r -> r.inner() instanceof Ty.Str ? Memory.str(p, span)
                    : canonical(m, Memory.get(p, span), r.inner(), span);
            case Value.Agg g when m.types.is(ty, dev.heaplab.core.types.LangItem.STRING) -> StringBuiltins.string(g, span);
            case Value.Agg g when ty instanceof Ty.Tuple t -> {
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < g.fields.length; i++) {
                    Object o = canonical(m, g.fields[i], t.elems().get(i), span);
                    if (o == null) yield null;
                    parts.add(o);
                }
                yield parts;
            }
            default -> null;
        };
    }

    /** The slot holding a key equal to {@code key}, or -1. */
    static int find(Interp m, Value.Agg map, Value key, Ty keyTy, Ty storedKeyTy, Span span) {
        Object canon = canonical(m, key, keyTy, span);
        if (canon != null) {
            Integer s = index(map).get(canon);
            return s == null ? -1 : s;
        }
        // `get(&k)` passes a reference to the key: compare the key itself (an enum with data has no canonical form).
        Value probe = key;
        Ty probeTy = keyTy;
        while (probeTy instanceof Ty.Ref r && !(storedKeyTy instanceof Ty.Ref) && probe instanceof Value.Ptr p) {
            probe = Memory.get(p, span);
            probeTy = r.inner();
        }
        Value.Agg slots = slots(map);
        for (int i = 0; i < slots.fields.length; i++) {
            if (slots.fields[i] instanceof Value.Agg e && Derived.eq(m, e.fields[0], probe, storedKeyTy, span)) return i;
        }
        return -1;
    }

    /** Inserts a new entry (the key must be absent); returns its slot. */
    static int insertNew(Interp m, Value.Agg map, Value.Agg entry, Ty keyTy, Ty entryTy, Span span) {
        reserveOne(m, map, entryTy, span);
        Value.Agg slots = slots(map);
        int slot = 0;
        while (!(slots.fields[slot] instanceof Value.Uninit)) slot++;
        slots.fields[slot] = entry;
        Object canon = canonical(m, entry.fields[0], keyTy, span);
        if (canon != null) index(map).put(canon, slot);
        set(map, ITEMS, get(map, ITEMS) + 1);
        set(map, GROWTH, get(map, GROWTH) - 1);
        return slot;
    }

    /** Removes the entry in a slot and returns it. */
    static Value.Agg erase(Interp m, Value.Agg map, int slot, Ty keyTy, Span span) {
        Value.Agg slots = slots(map);
        Value.Agg e = (Value.Agg) slots.fields[slot];
        slots.fields[slot] = Value.UNINIT;
        Object canon = canonical(m, e.fields[0], keyTy, span);
        if (canon != null) index(map).remove(canon);
        set(map, ITEMS, get(map, ITEMS) - 1);
        set(map, GROWTH, get(map, GROWTH) + 1);
        return e;
    }

    /** Live slots in order. */
    static List<Integer> live(Value.Agg map) {
        List<Integer> out = new ArrayList<>();
        Value.Agg slots = slots(map);
        for (int i = 0; i < slots.fields.length; i++) if (!(slots.fields[i] instanceof Value.Uninit)) out.add(i);
        return out;
    }

    /** Drops every entry and frees the table. */
    static void drop(Interp m, Value.Ptr at, Value.Agg map, Ty entryTy, Span span) {
        Allocation t = table(map);
        if (t == null) return;
        for (int i : live(map)) {
            Value.Ptr p = Value.Ptr.thin(t, new int[] {i});
            m.drops.drop(p, Memory.get(p, span), entryTy, span);
        }
        m.heap.dealloc(t, span);
    }
}
