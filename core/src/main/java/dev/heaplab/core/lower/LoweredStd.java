package dev.heaplab.core.lower;

import dev.heaplab.core.StartupClock;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.LaterBodies;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.typeck.StdSnapshot;
import dev.heaplab.core.typeck.StdSnapshotGen;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.types.DefId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
        static final LoweredStd SHARED = loadOrBuild();
    }

    /**
     * The stubs read from the snapshot named by {@code -Dheaplab.std.snapshot} (the launcher's, made by
     * the build it runs, with its reader on the class path: see {@link StdSnapshot}), else built; with
     * {@code -Dheaplab.std.snapshot.write} the built stubs are also written there (the launcher's first
     * run, in the background).
     */
    private static LoweredStd loadOrBuild() {
        List<TypeChecker.StdSource> src = TypeChecker.loadStd();
        StartupClock.mark("std sources loaded");
        String from = System.getProperty("heaplab.std.snapshot");
        if (from != null) {
            StdSnapshot.Records reader = StdSnapshot.installed();
            LoweredStd read = reader == null ? null : fromSnapshotFile(reader, Path.of(from), src);
            StartupClock.mark(read == null ? "std snapshot refused" : "std snapshot read");
            if (read != null) return read;
        }
        LoweredStd built = Lowering.lowerStd(TypeChecker.checkStd(src, true));
        String to = System.getProperty("heaplab.std.snapshot.write");
        if (to != null) {
            try {
                writeSnapshot(built, src, Path.of(to));
            } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
                // no snapshot: later runs build the stubs as this one did
                if (System.getenv("HEAPLAB_DEBUG_SNAPSHOT") != null) e.printStackTrace();
            }
        }
        return built;
    }

    /**
     * Writes the stubs (before any deferred body is made: those are not written) to {@code file}, and
     * their reader, generated and compiled for this build's records, to {@code file}.jar.
     */
    public static void writeSnapshot(LoweredStd std, List<TypeChecker.StdSource> src, Path file)
            throws IOException, ReflectiveOperationException {
        Path jar = Path.of(file + ".jar"), tmpJar = Path.of(file + ".jar.tmp"), tmp = Path.of(file + ".tmp");
        StdSnapshot.Records reader = StdSnapshotGen.compile(StdSnapshotGen.source(std.typed(), std.bodies()), tmpJar);
        Files.write(tmp, StdSnapshot.write(reader, src, std.typed(), std.bodies()));
        Files.move(tmpJar, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The stubs read from a snapshot of these stub texts; throws when it is not one. */
    @SuppressWarnings("unchecked")
    public static LoweredStd fromSnapshot(StdSnapshot.Records reader, byte[] data, List<TypeChecker.StdSource> src) {
        Object[] roots = StdSnapshot.read(reader, data, src);
        return new LoweredStd((CheckedStd) roots[0], (Map<DefId, Body>) roots[1]);
    }

    /** The same from a file; null when it is missing, of other stubs or damaged (the caller builds the stubs). */
    public static LoweredStd fromSnapshotFile(StdSnapshot.Records reader, Path file, List<TypeChecker.StdSource> src) {
        try {
            return fromSnapshot(reader, Files.readAllBytes(file), src);
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            if (System.getenv("HEAPLAB_DEBUG_SNAPSHOT") != null) e.printStackTrace();
            return null;
        }
    }
}
