package dev.heaplab.core.perm;

import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Where each borrow of a program is created and last used (its non-lexical end), for views that mark
 * "borrow created" / "borrow last used" (the trace). Built once per compiled program.
 */
public final class LoanFacts {
    private final List<PermissionTable.LoanFact> loans;

    public LoanFacts(List<PermissionTable.LoanFact> loans) { this.loans = List.copyOf(loans); }

    public static LoanFacts of(MirProgram program) { return new LoanFacts(Permissions.of(program, List.of()).loans()); }

    public List<PermissionTable.LoanFact> all() { return loans; }

    /** The last use of the borrow created by the expression at {@code borrow} (exact span, else the widest borrow inside it). */
    public Optional<Span> lastUse(Span borrow) { return find(borrow).map(PermissionTable.LoanFact::lastUse); }

    public Optional<PermissionTable.LoanFact> find(Span borrow) {
        PermissionTable.LoanFact best = null;
        for (PermissionTable.LoanFact l : loans) {
            if (l.borrow().equals(borrow)) return Optional.of(l);
            if (borrow.lo() <= l.borrow().lo() && l.borrow().hi() <= borrow.hi()
                    && (best == null || l.borrow().hi() - l.borrow().lo() > best.borrow().hi() - best.borrow().lo())) best = l;
        }
        return Optional.ofNullable(best);
    }
}
