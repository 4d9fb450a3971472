package dev.heaplab.core.lower;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.LaterBodies;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.types.DefId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The std stubs checked and lowered to MIR, once per JVM ({@link #shared()}), then only read by every
 * compile: {@code typed}'s definitions include what lowering the stubs added, {@code bodies} are the
 * MIR bodies of the stubs' functions and closures (and of the constructor functions they use).
 * The bodies of {@link CheckedStd#deferred()} functions are checked and lowered on first use
 * ({@link #body}), once per JVM, whichever thread asks first.
 */
public final class LoweredStd implements LaterBodies {
    private final CheckedStd typed;
    private final Map<DefId, Body> bodies;
    private final Map<DefId, Body> later = new ConcurrentHashMap<>();

    public LoweredStd(CheckedStd typed, Map<DefId, Body> bodies) {
        this.typed = typed;
        this.bodies = Map.copyOf(bodies);
    }

    public CheckedStd typed() { return typed; }

    /** The bodies lowered at once (not those of deferred functions). */
    public Map<DefId, Body> bodies() { return bodies; }

    /** The body of a deferred function, checked and lowered now if no one asked before; null for others. */
    @Override public Body body(DefId fn) {
        if (!typed.deferred().contains(fn)) return null;
        Body b = later.get(fn);
        if (b != null) return b;
        // computeIfAbsent would hold a map lock while checking; the check is serialised by CheckedStd instead
        b = Lowering.lowerDeferred(this, fn);
        Body won = later.putIfAbsent(fn, b);
        return won != null ? won : b;
    }

    @Override public Set<DefId> ids() { return typed.deferred(); }

    /**
     * The stubs of {@link TypeChecker#STD_RESOURCES}, the independent bodies left for first use; built on
     * first use (the holder idiom makes that thread-safe).
     */
    public static LoweredStd shared() { return Holder.SHARED; }

    private static final class Holder {
        static final LoweredStd SHARED = Lowering.lowerStd(TypeChecker.checkStd(TypeChecker.loadStd(), true));
    }
}
