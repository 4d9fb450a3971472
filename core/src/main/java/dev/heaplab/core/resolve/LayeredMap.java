package dev.heaplab.core.resolve;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map over a read-only base map (the std stubs' facts, shared by every compile): lookups fall back
 * on the base, writes stay here. It spares a compile copying the base. Listing (rarely needed) gives
 * the base's entries that are not overridden, then this one's. Values are never null (a null from
 * {@link #get} means absent, as in the maps it replaces, none of which stores null).
 */
final class LayeredMap<K, V> extends AbstractMap<K, V> {
    private Map<K, V> base = Map.of();
    private final Map<K, V> own = new LinkedHashMap<>();

    /** Reads {@code base} through from now on; it must not change afterwards. Only before any write. */
    void layOn(Map<K, V> base) {
        if (!own.isEmpty()) throw new IllegalStateException("a layered map is laid on its base before it is written");
        this.base = base;
    }

    /** The entries written here (not the base's), in the order written. */
    Map<K, V> own() { return java.util.Collections.unmodifiableMap(own); }

    @Override public V get(Object k) {
        if (own.isEmpty()) return base.get(k);
        V v = own.get(k);
        return v != null ? v : base.get(k);
    }

    @Override public boolean containsKey(Object k) { return own.containsKey(k) || base.containsKey(k); }

    @Override public V getOrDefault(Object k, V otherwise) {
        V v = get(k);
        return v != null ? v : otherwise;
    }

    @Override public V put(K k, V v) {
        java.util.Objects.requireNonNull(v, "a layered map holds no null value");
        V old = get(k);
        own.put(k, v);
        return old;
    }

    @Override public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override public Iterator<Entry<K, V>> iterator() {
                Iterator<Entry<K, V>> under = base.entrySet().stream().filter(e -> !own.containsKey(e.getKey())).iterator();
                Iterator<Entry<K, V>> mine = own.entrySet().iterator();
                return new Iterator<>() {
                    @Override public boolean hasNext() { return under.hasNext() || mine.hasNext(); }
                    @Override public Entry<K, V> next() { return under.hasNext() ? under.next() : mine.next(); }
                };
            }

            @Override public int size() {
                int n = own.size();
                for (K k : base.keySet()) if (!own.containsKey(k)) n++;
                return n;
            }
        };
    }
}
