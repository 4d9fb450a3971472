package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.types.Ty;
import java.util.List;

/**
 * Whether an access to one place may touch memory a loan of another place covers. Rules:
 * different locals never overlap; distinct fields and distinct enum variants are disjoint; two
 * constant indices from the same end are disjoint when different, from both ends when the lengths
 * their patterns matched keep them apart (`[first, .., last]`), and an element outside a
 * subslice is disjoint from it; any other index may overlap;
 * a prefix overlaps everything under it — except that a shallow access (assigning a pointer,
 * ending its storage) does not reach data behind a reference it points to.
 */
final class PlaceConflict {
    private PlaceConflict() {}

    static boolean conflicts(Place loan, Place access, boolean shallow, PlaceTypes types) {
        if (!loan.local().equals(access.local())) return false;
        List<Place.Projection> lp = loan.projections(), ap = access.projections();
        int n = Math.min(lp.size(), ap.size());
        for (int i = 0; i < n; i++) {
            Place.Projection a = lp.get(i), b = ap.get(i);
            if (a instanceof Place.Projection.Field fa && b instanceof Place.Projection.Field fb && fa.index() != fb.index()) return false;
            if (a instanceof Place.Projection.Downcast da && b instanceof Place.Projection.Downcast db && da.variant() != db.variant()) return false;
            if (a instanceof Place.Projection.ConstantIndex ca && b instanceof Place.Projection.ConstantIndex cb
                    && ca.fromEnd() == cb.fromEnd() && ca.offset() != cb.offset()) return false;
            if (a instanceof Place.Projection.ConstantIndex ca && b instanceof Place.Projection.ConstantIndex cb
                    && ca.fromEnd() != cb.fromEnd() && bothEnds(ca, cb)) return false;
            if (a instanceof Place.Projection.ConstantIndex ca && b instanceof Place.Projection.Subslice sb
                    && outside(ca, sb, arrayLen(types, loan, i))) return false;
            if (b instanceof Place.Projection.ConstantIndex cb && a instanceof Place.Projection.Subslice sa
                    && outside(cb, sa, arrayLen(types, loan, i))) return false;
        }
        if (shallow && lp.size() > ap.size()) {
            // The loan is of something under the accessed place: behind a reference, a shallow write cannot reach it.
            for (int i = ap.size(); i < lp.size(); i++) {
                if (lp.get(i) instanceof Place.Projection.Deref) {
                    Ty base = types.typeAt(loan, i);
                    if (!types.isBox(base)) return false;
                }
            }
        }
        return true;
    }

    /**
     * A borrow of a place reached through a shared reference or a raw pointer (`&(*cur.src)[..]` with
     * `src: &str`) guards nothing: the pointer is Copy and its pointee cannot change while it is
     * shared, so rustc does not track it as a loan (`Place::ignore_borrow`); its region still
     * flows from the pointer's.
     */
    static boolean throughSharedDeref(Place loan, PlaceTypes types) {
        List<Place.Projection> lp = loan.projections();
        for (int i = 0; i < lp.size(); i++) {
            if (!(lp.get(i) instanceof Place.Projection.Deref)) continue;
            Ty base = types.typeAt(loan, i);
            if ((base instanceof Ty.Ref r && !r.mutable()) || base instanceof Ty.RawPtr) return true;
        }
        return false;
    }

    /**
     * An element counted from the start and one counted from the end, of slices that matched patterns
     * at least this long (the longer of the two): the latter is at least at `minLength - offset`, so
     * they are disjoint when the former is before that (`[first, .., last]`), as in rustc.
     */
    private static boolean bothEnds(Place.Projection.ConstantIndex x, Place.Projection.ConstantIndex y) {
        Place.Projection.ConstantIndex start = x.fromEnd() ? y : x, end = x.fromEnd() ? x : y;
        long minLength = Math.max(x.minLength(), y.minLength());
        return start.offset() < minLength - end.offset();
    }

    /**
     * An element before a subslice's start, or within its excluded tail: counted from the end, or from the
     * start of an array of known length (`[first, rest @ .., last]` on an array indexes `last` from the start).
     */
    private static boolean outside(Place.Projection.ConstantIndex c, Place.Projection.Subslice s, long arrayLen) {
        if (c.fromEnd()) return c.offset() <= s.to();
        return c.offset() < s.from() || (arrayLen >= 0 && c.offset() >= arrayLen - s.to());
    }

    /** The length of the array projected at {@code i} in {@code place}, or -1 (a slice, or unknown). */
    private static long arrayLen(PlaceTypes types, Place place, int i) {
        return types.typeAt(place, i) instanceof Ty.Array a && a.len() >= 0 ? a.len() : -1;
    }
}
