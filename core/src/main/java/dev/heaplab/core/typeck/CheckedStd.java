package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.types.ProgramDefs;
import java.util.List;

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
 */
public final class CheckedStd {
    /** First global position of the stubs: files are positioned one after another from here. */
    public static final int FIRST_POS = 1 << 30;
    /** First NodeId of the stubs' ASTs. */
    public static final int FIRST_NODE = 1 << 30;

    private final List<SourceFile> files;
    private final List<Crate> crates;
    private final ProgramCx cx;
    private final ProgramDefs defs;
    private final Tables tables;
    private final List<Diagnostic> diagnostics;

    CheckedStd(List<SourceFile> files, List<Crate> crates, ProgramCx cx, ProgramDefs defs, Tables tables,
               List<Diagnostic> diagnostics) {
        this.files = List.copyOf(files);
        this.crates = List.copyOf(crates);
        this.cx = cx;
        this.defs = defs;
        this.tables = tables;
        this.diagnostics = List.copyOf(diagnostics);
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
        return new CheckedStd(files, crates, cx, extended, tables, diagnostics);
    }

    /** What checking the stubs reported (nothing, unless a stub is broken): repeated in every compile. */
    public List<Diagnostic> diagnostics() { return diagnostics; }

    /** The type-check results of the stubs' bodies. */
    public TypeckResults results() { return tables; }

    ProgramCx cx() { return cx; }

    Tables tables() { return tables; }
}
