package dev.heaplab.core.exhaustive;

import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * The usefulness algorithm (Maranget), specialised to exhaustiveness: computes the value patterns
 * that no row of a pattern matrix matches. Rules:
 * <ul>
 * <li>an empty vector of columns is matched iff the matrix has a row;</li>
 * <li>or-patterns in the first column are expanded into one row per alternative;</li>
 * <li>if some constructor of the first column's type is used by no row, values built with it are
 *     matched only by rows starting with a wildcard (the "default matrix");</li>
 * <li>otherwise every constructor is tried: rows are specialised to it (its fields replace the
 *     first column) and witnesses are rebuilt around the constructor.</li>
 * </ul>
 * The result lists witness vectors (one pattern per column), at most {@link #MAX_WITNESSES}.
 */
final class Usefulness {
    static final int MAX_WITNESSES = 8;
    private final Constructors ctors;
    private int budget = 200_000;

    Usefulness(Constructors ctors) { this.ctors = ctors; }

    /** Witnesses of values not matched by any row; empty when the rows are exhaustive. */
    List<List<DPat>> missing(List<List<DPat>> rows, List<Ty> tys) { return missing(rows, tys, true); }

    /**
     * {@code scrutinee}: the first column is the matched value itself, whose missing constructors are
     * always listed; deeper, a column no row constructs is reported as `_`, as rustc does.
     */
    private List<List<DPat>> missing(List<List<DPat>> rows, List<Ty> tys, boolean scrutinee) {
        if (--budget < 0) return List.of();
        if (tys.isEmpty()) return rows.isEmpty() ? List.of(List.of()) : List.of();
        rows = expandOr(rows);
        Ty ty = tys.get(0);
        List<Ty> rest = tys.subList(1, tys.size());
        List<Ctor> heads = new ArrayList<>();
        for (List<DPat> r : rows) if (!r.get(0).isWild()) heads.add(r.get(0).ctor());
        List<Ctor> all = ctors.split(ty, heads);
        List<Ctor> missingCtors = new ArrayList<>();
        for (Ctor c : all) {
            boolean used = false;
            for (Ctor h : heads) if (Constructors.covers(h, c)) { used = true; break; }
            if (!used) missingCtors.add(c);
        }
        List<List<DPat>> out = new ArrayList<>();
        if (!missingCtors.isEmpty()) {
            List<List<DPat>> defaults = new ArrayList<>();
            for (List<DPat> r : rows) if (r.get(0).isWild()) defaults.add(r.subList(1, r.size()));
            List<List<DPat>> ws = missing(defaults, rest, false);
            if (ws.isEmpty()) return out;
            // With no constructor used at all, report `_` rather than listing every constructor.
            boolean reportWild = heads.isEmpty() && !scrutinee;
            List<DPat> firsts = new ArrayList<>();
            if (reportWild) firsts.add(DPat.wild(ty));
            else for (Ctor c : missingCtors) firsts.add(witnessFor(c, ty));
            for (DPat f : firsts) {
                for (List<DPat> w : ws) {
                    if (out.size() >= MAX_WITNESSES) return out;
                    List<DPat> v = new ArrayList<>();
                    v.add(f);
                    v.addAll(w);
                    out.add(v);
                }
            }
            return out;
        }
        for (Ctor c : all) {
            List<Ty> fieldTys = ctors.fieldTypes(ty, c);
            List<List<DPat>> spec = specialize(rows, c, fieldTys);
            List<Ty> tys2 = new ArrayList<>(fieldTys);
            tys2.addAll(rest);
            for (List<DPat> w : missing(spec, tys2, false)) {
                if (out.size() >= MAX_WITNESSES) return out;
                int n = fieldTys.size();
                List<DPat> v = new ArrayList<>();
                v.add(DPat.of(c, w.subList(0, n), ty));
                v.addAll(w.subList(n, w.size()));
                out.add(v);
            }
        }
        return out;
    }

    private DPat witnessFor(Ctor c, Ty ty) {
        if (c instanceof Ctor.NonExhaustive) return DPat.wild(ty);
        List<DPat> fields = new ArrayList<>();
        for (Ty t : ctors.fieldTypes(ty, c)) fields.add(DPat.wild(t));
        return DPat.of(c, fields, ty);
    }

    private static List<List<DPat>> expandOr(List<List<DPat>> rows) {
        boolean any = false;
        for (List<DPat> r : rows) if (r.get(0).isOr()) { any = true; break; }
        if (!any) return rows;
        List<List<DPat>> out = new ArrayList<>();
        for (List<DPat> r : rows) {
            if (!r.get(0).isOr()) { out.add(r); continue; }
            for (DPat alt : r.get(0).alts()) {
                List<DPat> nr = new ArrayList<>();
                nr.add(alt);
                nr.addAll(r.subList(1, r.size()));
                out.addAll(expandOr(List.of(nr)));
            }
        }
        return out;
    }

    private static List<List<DPat>> specialize(List<List<DPat>> rows, Ctor c, List<Ty> fieldTys) {
        List<List<DPat>> out = new ArrayList<>();
        for (List<DPat> r : rows) {
            DPat h = r.get(0);
            if (!Constructors.covers(h.ctor(), c)) continue;
            List<DPat> nr = new ArrayList<>();
            if (h.isWild() || (h.fields().size() != fieldTys.size() && !(h.ctor() instanceof Ctor.Slice))) {
                // A wildcard, or (defensively) a pattern whose arity disagrees with its type: match anything.
                for (Ty t : fieldTys) nr.add(DPat.wild(t));
            } else if (h.ctor() instanceof Ctor.Slice s && s.varLen()) {
                // Prefix, then wildcards for the middle, then suffix.
                int suffix = h.fields().size() - s.prefix();
                nr.addAll(h.fields().subList(0, s.prefix()));
                for (int i = 0; i < fieldTys.size() - h.fields().size(); i++) nr.add(DPat.wild(fieldTys.get(s.prefix() + i)));
                nr.addAll(h.fields().subList(s.prefix(), s.prefix() + suffix));
            } else {
                nr.addAll(h.fields());
            }
            nr.addAll(r.subList(1, r.size()));
            out.add(nr);
        }
        return out;
    }
}
