package dev.heaplab.core.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An append-only collection of diagnostics, passed to each stage; no global error flags. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) { all.add(d); }

    public void addAll(List<Diagnostic> ds) { all.addAll(ds); }

    /**
     * Errors of rustc's late lint pass (deny-by-default lints such as `overflowing_literals`): kept apart
     * and reported by {@link #addLate()} only once every analysis succeeded, as rustc runs that pass
     * after type, match and borrow checking and only when they found no error.
     */
    private final List<Diagnostic> late = new ArrayList<>();

    public void late(Diagnostic d) { late.add(d); }

    /** Keeps the late lints of {@code from} (a stage's own collection) with these. */
    public void lateFrom(Diagnostics from) {
        late.addAll(from.late);
        from.late.clear();
    }

    /** Reports the late lints kept by {@link #late(Diagnostic)}. */
    public void addLate() {
        all.addAll(late);
        late.clear();
    }

    public List<Diagnostic> all() { return Collections.unmodifiableList(all); }

    /** The late lints kept so far, in order (a view). */
    public List<Diagnostic> lateKept() { return Collections.unmodifiableList(late); }

    /** Keeps these late lints after the ones kept already (another context's, merged in order). */
    public void lateAll(List<Diagnostic> ds) { late.addAll(ds); }

    public boolean hasErrors() {
        for (Diagnostic d : all) if (d.isError()) return true;
        return false;
    }

    public boolean hasUnsupported() {
        for (Diagnostic d : all) if (d.kind() == Diagnostic.Kind.UNSUPPORTED) return true;
        return false;
    }
}
