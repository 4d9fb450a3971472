package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.SourceMap;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import java.util.List;
import java.util.Set;

/**
 * The std stubs parsed, resolved and type-checked on their own, before and independently of any
 * program (as rustc's std is compiled before the crates using it). Made once per JVM and shared by
 * every compile, possibly on several threads: nothing here is written once it is published. A
 * compile copies the definitions and facts it extends ({@link #defs()}, the {@link ProgramCx}
 * maps) and reads the stubs' type-check results through its own tables.
 *
 * <p>The stubs live at fixed places whatever the program: their positions from {@link #FIRST_POS}
 * and their NodeIds from {@link #FIRST_NODE}, both above anything a user's file reaches (it starts
 * at 0), and their DefIds first.
 *
 * <p>Checked lazily ({@link TypeChecker#checkStd(List, boolean)}), the bodies of {@link #deferred()}
 * functions are checked only when {@link #checkDeferred} is asked for them (when the machine first
 * calls one): those whose checking and lowering define nothing (see {@link StdDeferral}), so that
 * every DefId is the same as when all are checked at once, and checking them later, alone, gives
 * the same results.
 */
public final class CheckedStd {
    /** First global position of the stubs: files are positioned one after another from here. */
    public static final int FIRST_POS = 1 << 30;
    /** First NodeId of the stubs' ASTs. */
    public static final int FIRST_NODE = 1 << 30;
    /** NodeIds reserved per stub file: file k's start at {@link #FIRST_NODE} + k times this, whatever the other files hold. */
    public static final int NODES_PER_FILE = 1 << 26;

    /** Whether a span lies in the stubs (they are placed after every user file). */
    public static boolean isStd(dev.heaplab.core.source.Span span) { return span != null && span.lo() >= FIRST_POS; }

    private final List<SourceFile> files;
    private final List<Crate> crates;
    private final ProgramCx cx;
    private final ProgramDefs defs;
    private final Tables tables;
    private final List<Diagnostic> diagnostics;
    private final Set<DefId> deferred;
    /** Serialises the checks of deferred bodies, which use the stubs' own context; shared by {@link #withDefs} copies. */
    private final Object lock;

    CheckedStd(List<SourceFile> files, List<Crate> crates, ProgramCx cx, ProgramDefs defs, Tables tables,
               List<Diagnostic> diagnostics, Set<DefId> deferred, Object lock) {
        this.files = List.copyOf(files);
        this.crates = crates instanceof StdSnapshot.LazyCrates ? crates : List.copyOf(crates); // read back on first use
        this.cx = cx;
        this.defs = defs;
        this.tables = tables;
        this.diagnostics = List.copyOf(diagnostics);
        this.deferred = Set.copyOf(deferred);
        this.lock = lock;
    }

    /** The stub files, at their fixed positions. */
    public List<SourceFile> files() { return files; }

    /** The stubs' ASTs. */
    public List<Crate> crates() { return crates; }

    /** The stubs' definitions: only read and copied. */
    public ProgramDefs defs() { return defs; }

    /**
     * The same stubs with more definitions: those lowering their bodies added (constructor functions,
     * intrinsics) to a {@link ProgramDefs#copy} of {@link #defs()}.
     */
    public CheckedStd withDefs(ProgramDefs extended) {
        return new CheckedStd(files, crates, cx, extended, tables, diagnostics, deferred, lock);
    }

    /** The functions whose bodies are checked on demand (empty when every body was checked at once). */
    public Set<DefId> deferred() { return deferred; }

    /**
     * Checks the body of a {@link #deferred()} function alone, in the stubs' context, and returns its
     * results over those of the stubs. Thread-safe; the caller keeps the answer (it is not cached
     * here). Throws when the body does not check (a broken stub, which the eager check in the tests
     * reports first) or would define something.
     */
    public TypeckResults checkDeferred(DefId fn) {
        FnDef def = defs.fn(fn);
        if (!deferred.contains(fn) || def == null) throw new IllegalArgumentException("not a deferred std body: " + fn);
        synchronized (lock) {
            int defined = cx.defs.size(), reported = cx.diags.all().size();
            Tables out = new Tables();
            SourceMap sources = new SourceMap();
            for (SourceFile f : files) sources.add(f);
            cx.sources = sources;
            try {
                new BodyChecker(cx, out).checkAll(List.of(fn));
            } finally {
                cx.sources = null;
            }
            List<Diagnostic> found = cx.diags.all();
            if (found.size() > reported) {
                throw new IllegalStateException("the std stub `" + def.qualifiedName() + "` does not check: " + found.get(reported).message());
            }
            if (cx.defs.size() != defined) throw new IllegalStateException("the std stub `" + def.qualifiedName() + "` defines items when checked");
            return new StdDeferral.Layered(out, tables);
        }
    }

    /** What checking the stubs reported (nothing, unless a stub is broken): repeated in every compile. */
    public List<Diagnostic> diagnostics() { return diagnostics; }

    /** The type-check results of the stubs' bodies. */
    public TypeckResults results() { return tables; }

    ProgramCx cx() { return cx; }

    Tables tables() { return tables; }
}
