package dev.heaplab.core.perm;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import java.util.List;

/**
 * The permissions view of a program: per function, per source line, the places whose permissions
 * the line changes, the accesses that lack a permission, and the checker's errors on that line.
 */
public record PermissionTable(String file, List<Function> functions, List<LoanFact> loans) {
    public PermissionTable {
        functions = List.copyOf(functions);
        loans = List.copyOf(loans);
    }

    /** One function or closure body of the user's file. */
    public record Function(String name, int firstLine, int lastLine, List<Row> rows) {
        public Function { rows = List.copyOf(rows); }
    }

    /**
     * One source line: {@code code} is its text; rows exist only for lines with something to show.
     * {@code reserved}: places a two-phase `&mut` reserves on this line and that are read before it is activated.
     */
    public record Row(int line, String code, List<Change> changes, List<Violation> violations, List<String> reserved, List<Diagnostic> errors) {
        public Row {
            changes = List.copyOf(changes);
            violations = List.copyOf(violations);
            reserved = List.copyOf(reserved);
            errors = List.copyOf(errors);
        }
    }

    /** A place whose permissions differ after the line: {@code before} is null for a place that comes into scope. */
    public record Change(String place, PlaceState before, PlaceState after) {
        public boolean isNew() { return before == null; }
    }

    /** What an access needs. */
    public enum Access { READ, WRITE, MOVE, BORROW, BORROW_MUT, DROP }

    /** An access on this line to a place lacking a permission it needs: where the checker's error is. */
    public record Violation(String place, Access access, Perms needed, PlaceState had) {}

    /** A borrow: where it is created and where it is last used (its non-lexical end). */
    public record LoanFact(Span borrow, int line, String place, boolean mutable, Span lastUse, int lastUseLine) {}
}
