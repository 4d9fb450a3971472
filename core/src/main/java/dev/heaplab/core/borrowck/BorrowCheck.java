package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point of the borrow checker. For now it checks moves and initialisation (E0382, E0381,
 * E0507, E0508), mutability (E0384, E0596, E0594) and loans with non-lexical lifetimes (E0499,
 * E0502, E0503, E0505, E0506, E0597, E0716, E0515) in the bodies of the user's file. Lifetimes in
 * signatures (E0106, E0621) and closures outliving their captures (E0373) come next.
 * Errors are reported in source order, as rustc buffers and sorts them.
 */
public final class BorrowCheck {
    private BorrowCheck() {}

    public static void check(MirProgram program, Diagnostics diags) {
        List<Diagnostic> found = new ArrayList<>();
        java.util.Set<Span> viaDerefMut = new java.util.HashSet<>();
        ClosureSummaries closures = new ClosureSummaries(program.bodies(), program.defs());
        java.util.Map<Diagnostic, Span> notMutable = new java.util.IdentityHashMap<>();
        for (Body body : program.bodies().values()) {
            if (!program.source().contains(body.span().lo())) continue;
            new MissingDerefMut(body, program.defs(), found, viaDerefMut).run();
            MoveCheck moves = new MoveCheck(body, program.defs(), found, program.source());
            moves.run();
            new MutabilityCheck(body, program.defs(), found, program.source(), moves.initAnalysis()).recordingDecls(notMutable).withBodies(program.bodies()).run();
            new LoanCheck(body, program.defs(), found, program.source(), closures).run();
            new StaticParams(body, program.defs(), found).run();
        }
        found.removeIf(d -> "E0596".equals(d.code()) && d.message().startsWith("cannot borrow `")
                && viaDerefMut.contains(d.primarySpan()));
        NotMutableGroups.merge(found, notMutable);
        if (found.isEmpty()) {
            // rustc's lints on values known at compile time run after borrow checking succeeded.
            for (Body body : program.bodies().values()) {
                if (program.source().contains(body.span().lo())) new KnownPanics(body, found).run();
            }
        }
        found.sort(Comparator.comparingInt(d -> {
            Span s = d.primarySpan();
            return s == null ? Integer.MAX_VALUE : s.lo();
        }));
        diags.addAll(found);
    }
}
