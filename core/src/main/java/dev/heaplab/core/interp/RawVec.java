package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import java.util.Arrays;

/**
 * The buffer behind a Vec or String ({@code Agg[ptr, cap, len]}), growing exactly like std's RawVec:
 * <ul>
 * <li>amortised growth: new cap = max(cap * 2, required, MIN_NON_ZERO_CAP), where MIN_NON_ZERO_CAP is 8
 *     for 1-byte elements, 4 for elements up to 1024 bytes, else 1; exact growth uses required;</li>
 * <li>the first buffer is an alloc, later ones reallocs; shrinking to 0 deallocates;</li>
 * <li>zero-sized elements never allocate (capacity is usize::MAX) but still need a place to live.</li>
 * </ul>
 */
final class RawVec {
    private RawVec() {}

    static long cap(Value.Agg v) { return ((Value.Int) v.fields[Value.Agg.VEC_CAP]).bits(); }

    static long len(Value.Agg v) { return ((Value.Int) v.fields[Value.Agg.VEC_LEN]).bits(); }

    static void setLen(Value.Agg v, long n) { v.fields[Value.Agg.VEC_LEN] = Value.usize(n); }

    /** The buffer, reported as touched: native code reaches it here to write elements in place. */
    static Allocation buffer(Value.Agg v) {
        Allocation a = ((Value.Ptr) v.fields[Value.Agg.VEC_PTR]).alloc();
        if (a != null) a.touch();
        return a;
    }

    static Value.Ptr dangling() { return Value.Ptr.thin(null, new int[0]); }

    /** An empty Vec/String value; ZST vectors get an untracked buffer and usize::MAX capacity. */
    static Value.Agg empty(Interp m, long elemSize) {
        if (elemSize == 0) {
            Allocation zst = new Allocation(-1, Allocation.Kind.STATIC, new Value.Agg(0, new Value[0]), 0, 1, "zst elements");
            return Value.Agg.of(Value.Ptr.thin(zst, new int[0]), Value.usize(-1), Value.usize(0));
        }
        return Value.Agg.of(dangling(), Value.usize(0), Value.usize(0));
    }

    static long minNonZeroCap(long elemSize) { return elemSize == 1 ? 8 : elemSize <= 1024 ? 4 : 1; }

    /** Makes room for {@code additional} more elements (amortised unless {@code exact}). */
    static void reserve(Interp m, Value.Agg v, long additional, long elemSize, boolean bytes, boolean exact, Span span,
                        String what) {
        long len = len(v), cap = cap(v);
        if (elemSize == 0) {
            growZst(v, len + additional);
            return;
        }
        if (cap - len >= additional) return;
        long required = len + additional;
        if (required < 0 || required > (Long.MAX_VALUE / 2) / elemSize) // more than isize::MAX bytes
            throw MachineStop.Panic.capacityOverflow(span);
        long newCap = exact ? required : Math.max(Math.max(cap * 2, required), minNonZeroCap(elemSize));
        resize(m, v, newCap, elemSize, bytes, span, what);
    }

    /** Sets the capacity to exactly {@code newCap} (≥ len): alloc, realloc or dealloc. */
    static void resize(Interp m, Value.Agg v, long newCap, long elemSize, boolean bytes, Span span, String what) {
        long cap = cap(v);
        if (elemSize == 0) {
            growZst(v, newCap);
            return;
        }
        if (newCap == cap) return;
        if (newCap < 0 || newCap > (Long.MAX_VALUE / 2) / elemSize) // more than isize::MAX bytes, as std checks
            throw MachineStop.Panic.capacityOverflow(span);
        if (newCap > cap) m.heap.ensure((newCap - cap) * elemSize, span);
        Heap.checkLength(newCap, span);
        if (newCap == 0) {
            m.heap.dealloc(buffer(v), span);
            v.fields[Value.Agg.VEC_PTR] = dangling();
        } else if (cap == 0) {
            Value root = bytes ? new Value.Bytes(new byte[(int) newCap]) : Value.Agg.uninit(0, (int) newCap);
            Allocation a = m.heap.alloc(newCap * elemSize, bytes ? 1 : 8, root, what, span);
            v.fields[Value.Agg.VEC_PTR] = Value.Ptr.thin(a, new int[0]);
        } else {
            Allocation a = m.heap.realloc(buffer(v), newCap * elemSize, span);
            a.root = resized(a.root, (int) newCap);
            if (a != buffer(v)) v.fields[Value.Agg.VEC_PTR] = Value.Ptr.thin(a, new int[0]);
        }
        v.fields[Value.Agg.VEC_CAP] = Value.usize(newCap);
    }

    private static Value resized(Value root, int n) {
        if (root instanceof Value.Bytes b) return new Value.Bytes(Arrays.copyOf(b.data, n));
        Value.Agg g = (Value.Agg) root;
        Value[] f = Arrays.copyOf(g.fields, n);
        for (int i = g.fields.length; i < n; i++) f[i] = Value.UNINIT;
        return new Value.Agg(0, f);
    }

    private static void growZst(Value.Agg v, long needed) {
        Allocation a = buffer(v);
        Value.Agg g = (Value.Agg) a.root;
        if (g.fields.length < needed) {
            Value[] f = Arrays.copyOf(g.fields, (int) Math.max(needed, g.fields.length * 2L));
            for (int i = g.fields.length; i < f.length; i++) f[i] = Value.UNINIT;
            a.root = new Value.Agg(0, f);
        }
    }

    /** Frees the buffer (elements must have been dropped). */
    static void free(Interp m, Value.Agg v, long elemSize, Span span) {
        if (elemSize != 0 && cap(v) > 0) m.heap.dealloc(buffer(v), span);
    }

    /** The elements' container (an Agg, or Bytes for strings). */
    static Value elems(Value.Agg v) {
        Allocation a = buffer(v);
        return a == null ? new Value.Agg(0, new Value[0]) : a.root;
    }

    /** A `&[T]` / `&str` pointer to elements [from, from + n). */
    static Value.Ptr slice(Value.Agg v, long from, long n) {
        Value.Ptr p = (Value.Ptr) v.fields[Value.Agg.VEC_PTR];
        return new Value.Ptr(p.alloc(), new int[] {(int) from}, n, null);
    }
}
