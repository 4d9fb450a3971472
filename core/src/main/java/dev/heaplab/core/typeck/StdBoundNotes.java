package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.Ty;

/**
 * "required by a bound in `spawn`" for a bound of a std function, at the std location rustc gives
 * (the table is written by scripts/std-bound-notes.sh; E0277 for `Send`, E0631 for `Fn*` bounds).
 */
final class StdBoundNotes {
    private StdBoundNotes() {}

    /** Adds the note when {@code fn} is a std function the table knows; a program's own function of that name gets none. */
    static void add(ProgramCx cx, Diagnostic.Builder b, FnDef fn) {
        if (fn == null || !isStd(cx, fn)) return;
        String key = fn.name();
        if (fn.parentImpl() != null && cx.defs.impl(fn.parentImpl()).selfTy() instanceof Ty.Adt a && cx.defs.adt(a.def()) != null) {
            key = cx.defs.adt(a.def()).name() + "::" + key;
        }
        String[] std = Table.TABLE.get(key);
        if (std != null) b.stdNote("required by a bound in `" + std[0] + "`", std[1]);
    }

    /** Declared by the std stubs (`<std>/…`), not by the program. */
    private static boolean isStd(ProgramCx cx, FnDef fn) {
        if (fn.decl() == null) return true;
        SourceFile f = cx.sources == null ? null : cx.sources.fileOf(fn.decl().span());
        return f == null || f.displayPath().startsWith("<std>/");
    }

    /** The table, read on the first error that needs it. */
    private static final class Table {
        static final java.util.Map<String, String[]> TABLE = dev.heaplab.core.source.ResourceLines.noteTable("/dev/heaplab/std/bound-notes.txt");
    }
}
