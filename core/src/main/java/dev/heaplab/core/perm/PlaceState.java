package dev.heaplab.core.perm;

import java.util.EnumMap;
import java.util.Map;

/** The permissions of one place at one point, with the reason for each missing one. */
public record PlaceState(String place, Perms perms, Map<Perm, Reason> missing) {
    public PlaceState {
        EnumMap<Perm, Reason> m = new EnumMap<>(Perm.class);
        m.putAll(missing);
        missing = java.util.Collections.unmodifiableMap(m);
    }

    public Reason why(Perm p) { return missing.get(p); }
}
