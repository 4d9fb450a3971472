package dev.heaplab.core.interp;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;

/** Reads the std range types (`a..b`, `a..=b`, `a..`, `..b`, `..=b`, `..`) as [start, end) bounds. */
final class Ranges {
    private Ranges() {}

    /** Bounds of range argument {@code i} for a sequence of {@code len}; end is exclusive. */
    static long[] bounds(Builtins.Call c, int i, long len) {
        Ty ty = c.argTys()[i];
        Value v = c.args()[i];
        while (ty instanceof Ty.Ref r) {
            v = Memory.get((Value.Ptr) v, c.span());
            ty = r.inner();
        }
        if (!(ty instanceof Ty.Adt a)) throw new MachineStop.Internal("not a range: " + c.m().types.display(ty), c.span());
        AdtDef d = c.m().defs.adt(a.def());
        Value.Agg g = (Value.Agg) v;
        LangItem l = d.lang();
        long start = 0, end = len;
        int si = d.struct().fieldIndex("start"), ei = d.struct().fieldIndex("end");
        if (si >= 0) start = ((Value.Int) g.fields[si]).bits();
        if (ei >= 0) end = ((Value.Int) g.fields[ei]).bits();
        if (l == LangItem.RANGE_INCLUSIVE || l == LangItem.RANGE_TO_INCLUSIVE) {
            if (end == -1L) throw c.panic("attempted to index slice up to maximum usize");
            end += 1;
        }
        return new long[] {start, end, l == LangItem.RANGE_FROM ? 1 : 0};
    }

    /** Checks slice range bounds with std's messages (order, then end; start alone for `a..`). */
    /**
     * `slice::range(range, ..len)` as `drain` calls it: the same checks as slicing, but std reports
     * its panics at that function's own lines (one per check), not at the caller's.
     */
    static long[] stdRange(Builtins.Call c, int i, long len) {
        try {
            return sliceBounds(c, i, len);
        } catch (MachineStop.Panic p) {
            String m = p.getMessage();
            String check = m.startsWith("range start") ? "start" : m.startsWith("range end") ? "end" : "order";
            throw new MachineStop.Panic(m, c.span(), StdPanicSites.of("slice::range." + check));
        }
    }

    static long[] sliceBounds(Builtins.Call c, int i, long len) {
        long[] r = bounds(c, i, len);
        if (r[2] == 1 && Long.compareUnsigned(r[0], len) > 0)
            throw c.panic("range start index " + r[0] + " out of range for slice of length " + len);
        if (Long.compareUnsigned(r[0], r[1]) > 0) throw c.panic("slice index starts at " + r[0] + " but ends at " + r[1]);
        if (Long.compareUnsigned(r[1], len) > 0) throw c.panic("range end index " + r[1] + " out of range for slice of length " + len);
        return r;
    }
}
