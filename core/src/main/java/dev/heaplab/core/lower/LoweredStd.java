package dev.heaplab.core.lower;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.types.DefId;
import java.util.Map;

/**
 * The std stubs checked and lowered to MIR, once per JVM ({@link #shared()}), then only read by every
 * compile: {@code typed}'s definitions include what lowering the stubs added, {@code bodies} are the
 * MIR bodies of the stubs' functions and closures (and of the constructor functions they use).
 */
public record LoweredStd(CheckedStd typed, Map<DefId, Body> bodies) {
    public LoweredStd { bodies = Map.copyOf(bodies); }

    /** The stubs of {@link TypeChecker#STD_RESOURCES}; built on first use (the holder idiom makes that thread-safe). */
    public static LoweredStd shared() { return Holder.SHARED; }

    private static final class Holder {
        static final LoweredStd SHARED = Lowering.lowerStd(TypeChecker.std());
    }
}
