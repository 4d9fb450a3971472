package dev.heaplab.core.mir;

import dev.heaplab.core.types.DefId;
import java.util.Set;

/** Bodies made on first use (the std stubs' that start-up leaves unchecked, see {@code LoweredStd}). */
public interface LaterBodies {
    /** None. */
    LaterBodies NONE = new LaterBodies() {
        @Override public Body body(DefId fn) { return null; }

        @Override public Set<DefId> ids() { return Set.of(); }
    };

    /** The body of {@code fn}, made now if it was not yet; null when {@code fn} is not one of {@link #ids()}. */
    Body body(DefId fn);

    /** Every function whose body is made on first use. */
    Set<DefId> ids();
}
