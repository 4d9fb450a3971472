package dev.heaplab.core.exhaustive;

import dev.heaplab.core.types.Ty;
import java.util.List;

/**
 * A pattern deconstructed for analysis: a constructor applied to field patterns, with its type.
 * Or-patterns keep their alternatives in {@code alts} (ctor is then null).
 */
record DPat(Ctor ctor, List<DPat> fields, Ty ty, List<DPat> alts) {
    DPat {
        fields = List.copyOf(fields);
        alts = alts == null ? null : List.copyOf(alts);
    }

    static DPat wild(Ty ty) { return new DPat(new Ctor.Wildcard(), List.of(), ty, null); }

    static DPat of(Ctor c, List<DPat> fields, Ty ty) { return new DPat(c, fields, ty, null); }

    static DPat or(List<DPat> alts, Ty ty) { return new DPat(null, List.of(), ty, alts); }

    boolean isWild() { return ctor instanceof Ctor.Wildcard; }

    boolean isOr() { return alts != null; }
}
