package dev.heaplab.core.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An append-only collection of diagnostics, passed to each stage; no global error flags. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) { all.add(d); }

    public void addAll(List<Diagnostic> ds) { all.addAll(ds); }

    public List<Diagnostic> all() { return Collections.unmodifiableList(all); }

    public boolean hasErrors() {
        for (Diagnostic d : all) if (d.isError()) return true;
        return false;
    }

    public boolean hasUnsupported() {
        for (Diagnostic d : all) if (d.kind() == Diagnostic.Kind.UNSUPPORTED) return true;
        return false;
    }
}
