package dev.heaplab.core.mir;

import dev.heaplab.core.types.DefId;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A program's bodies over the std stubs' (lowered once per JVM and shared), read through instead of
 * copied into each compile's map: the copy of some 700 bodies was a fifth of a small program's
 * compile. Unmodifiable, as the copy was; where both have a key, the program's body is the one.
 * Iteration: the stubs' bodies, then the program's.
 */
public final class LayeredBodies extends AbstractMap<DefId, Body> {
    private final Map<DefId, Body> base;
    private final Map<DefId, Body> own;
    /** The smallest DefId index among {@link #own}'s keys: a lookup below it (a stub's) skips {@link #own}. */
    private final int ownFrom;
    private final int size;
    private final Set<Entry<DefId, Body>> entries = new Entries();

    private LayeredBodies(Map<DefId, Body> base, Map<DefId, Body> own) {
        this.base = base;
        this.own = own;
        int from = Integer.MAX_VALUE, shared = 0;
        for (DefId id : own.keySet()) {
            from = Math.min(from, id.index());
            if (base.containsKey(id)) shared++;
        }
        this.ownFrom = from;
        this.size = base.size() + own.size() - shared;
    }

    /** {@code own} over {@code base}, which must not change afterwards (the std stubs' bodies are immutable). */
    public static Map<DefId, Body> of(Map<DefId, Body> base, Map<DefId, Body> own) {
        return base.isEmpty() ? Map.copyOf(own) : new LayeredBodies(base, Map.copyOf(own));
    }

    @Override public Body get(Object key) {
        if (key instanceof DefId id && id.index() >= ownFrom) {
            Body b = own.get(id);
            if (b != null) return b;
        }
        return base.get(key);
    }

    @Override public boolean containsKey(Object key) { return get(key) != null; }

    @Override public int size() { return size; }

    @Override public Set<Entry<DefId, Body>> entrySet() { return entries; }

    private final class Entries extends AbstractSet<Entry<DefId, Body>> {
        @Override public int size() { return size; }

        @Override public Iterator<Entry<DefId, Body>> iterator() {
            Iterator<Entry<DefId, Body>> under = base.entrySet().iterator(), mine = own.entrySet().iterator();
            return new Iterator<>() {
                private Entry<DefId, Body> next = advance();

                private Entry<DefId, Body> advance() {
                    while (under.hasNext()) {
                        Entry<DefId, Body> e = under.next();
                        if (e.getKey().index() < ownFrom || !own.containsKey(e.getKey())) return e;
                    }
                    return mine.hasNext() ? mine.next() : null;
                }

                @Override public boolean hasNext() { return next != null; }

                @Override public Entry<DefId, Body> next() {
                    if (next == null) throw new NoSuchElementException();
                    Entry<DefId, Body> e = next;
                    next = advance();
                    return e;
                }
            };
        }
    }
}
