package dev.heaplab.core.perm;

import dev.heaplab.core.borrowck.BorrowFacts;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the permissions view of a program from its MIR (lowered even when the checker rejects it)
 * and the checker's errors, which are attached to the lines they point at.
 */
public final class Permissions {
    private Permissions() {}

    public static PermissionTable of(MirProgram program, List<Diagnostic> errors) {
        SourceFile source = program.source();
        Map<Integer, List<Diagnostic>> byLine = new HashMap<>();
        for (Diagnostic d : errors) {
            Span s = d.primarySpan();
            if (d.isError() && s != null && source.contains(s.lo())) byLine.computeIfAbsent(source.line(s.lo()), k -> new ArrayList<>()).add(d);
        }
        List<PermissionTable.Function> functions = new ArrayList<>();
        List<PermissionTable.LoanFact> loans = new ArrayList<>();
        for (Body body : userBodies(program)) {
            BodyPermissions bp = new BodyPermissions(body, program.defs(), source, true, program.bodies());
            functions.add(new PermissionTable.Function(body.name(), source.line(body.span().lo()), source.line(body.span().hi()), bp.rows(byLine)));
            for (BorrowFacts.LoanView l : bp.facts().loans()) {
                Span last = bp.spanAt(bp.lastUses().get(l.id()));
                loans.add(new PermissionTable.LoanFact(l.span(), bp.line(l.span()), bp.name(l.place()), l.mutable(), last, bp.line(last)));
            }
        }
        loans.sort(Comparator.comparingInt(l -> l.borrow().lo()));
        return new PermissionTable(source.displayPath(), functions, loans);
    }

    /** Per-body analyses, for tools that check accesses line by line (tests). */
    static List<BodyPermissions> analyses(MirProgram program) {
        List<BodyPermissions> out = new ArrayList<>();
        for (Body body : userBodies(program)) out.add(new BodyPermissions(body, program.defs(), program.source(), false, program.bodies()));
        return out;
    }

    static List<Body> userBodies(MirProgram program) {
        List<Body> out = new ArrayList<>();
        for (Body b : program.bodies().values()) if (program.source().contains(b.span().lo())) out.add(b);
        out.sort(Comparator.comparingInt((Body b) -> b.span().lo()).thenComparingInt(b -> b.span().hi()));
        return out;
    }
}
