package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.IntTy;
import java.nio.charset.StandardCharsets;

/** Reading and writing values at paths inside allocations, with use-after-free detection. */
final class Memory {
    private Memory() {}

    static Value get(Allocation a, int[] path, Span span) {
        if (a == null) throw new MachineStop.Undefined("dereference of a dangling pointer", span);
        if (!a.live) throw new MachineStop.Undefined("memory access failed: " + a.miriName()
                + " has been freed, so this pointer is dangling", span, a.origins());
        a.touch();
        Value v = a.root;
        for (int i : path) v = child(v, i, span);
        return v;
    }

    /*
     * A sub-array of an array (rustc's Subslice projection on an array: `rest @ ..` bound by reference)
     * is one path segment below the array, a negative number holding the first index and the length.
     * An index into it is folded into an index of the array ({@link #appendIndex}), so a view segment
     * only ends a path: reading there gives an array sharing the elements, writing there writes them.
     */
    private static final int VIEW_LEN_BITS = 16; // lengths below Subslice.MAX_ARRAY_LEN, starts too

    static int viewSegment(long from, long len) { return (int) -(1 + ((from << VIEW_LEN_BITS) | len)); }

    private static int viewFrom(int seg) { return (-seg - 1) >>> VIEW_LEN_BITS; }

    private static int viewLen(int seg) { return (-seg - 1) & ((1 << VIEW_LEN_BITS) - 1); }

    /** {@code path} followed by index {@code i} (of an array, or of the sub-array a view segment ends it with). */
    static int[] appendIndex(int[] path, int i) {
        int n = path.length;
        if (n > 0 && path[n - 1] < 0) {
            int[] p = path.clone();
            p[n - 1] = viewFrom(path[n - 1]) + i;
            return p;
        }
        int[] p = java.util.Arrays.copyOf(path, n + 1);
        p[n] = i;
        return p;
    }

    /** {@code path} followed by the sub-array {@code [from..from + len]} (of a sub-array when it ends with one). */
    static int[] appendView(int[] path, long from, long len) {
        int n = path.length;
        if (n > 0 && path[n - 1] < 0) {
            int[] p = path.clone();
            p[n - 1] = viewSegment(viewFrom(path[n - 1]) + from, len);
            return p;
        }
        int[] p = java.util.Arrays.copyOf(path, n + 1);
        p[n] = viewSegment(from, len);
        return p;
    }

    static Value child(Value v, int i, Span span) {
        if (i < 0 && v instanceof Value.Agg g) {
            int from = viewFrom(i), len = viewLen(i);
            if (from + len > g.fields.length) throw new MachineStop.Undefined("access out of the bounds of an object", span);
            return new Value.Agg(0, java.util.Arrays.copyOfRange(g.fields, from, from + len));
        }
        if (v instanceof Value.Agg g) {
            if (i < 0 || i >= g.fields.length) throw new MachineStop.Undefined("access out of the bounds of an object", span);
            return g.fields[i];
        }
        if (v instanceof Value.Bytes b) {
            if (i < 0 || i >= b.data.length) throw new MachineStop.Undefined("access out of the bounds of a buffer", span);
            return new Value.Int(b.data[i] & 0xff, IntTy.U8);
        }
        throw new MachineStop.Undefined("read of uninitialised memory", span);
    }

    static void set(Allocation a, int[] path, Value val, Span span) {
        if (path.length == 0) {
            if (a == null || !a.live) get(a, path, span);
            a.root = val;
            a.touch();
            return;
        }
        Value parent = get(a, java.util.Arrays.copyOf(path, path.length - 1), span);
        int i = path[path.length - 1];
        if (i < 0 && parent instanceof Value.Agg g && viewFrom(i) + viewLen(i) <= g.fields.length) {
            // A whole sub-array: its elements (UNINIT when moved out or dropped).
            for (int k = 0; k < viewLen(i); k++)
                g.fields[viewFrom(i) + k] = val instanceof Value.Agg src ? src.fields[k] : val;
        } else if (parent instanceof Value.Agg g && i >= 0 && i < g.fields.length) {
            g.fields[i] = val;
        } else if (parent instanceof Value.Bytes b && i >= 0 && i < b.data.length && val instanceof Value.Int n) {
            b.data[i] = (byte) n.bits();
        } else {
            throw new MachineStop.Undefined("write outside of an initialised object", span);
        }
    }

    static Value get(Value.Ptr p, Span span) { return get(p.alloc(), p.path(), span); }

    static void set(Value.Ptr p, Value v, Span span) { set(p.alloc(), p.path(), v, span); }

    /**
     * A slice/str pointer with its length. A thin pointer to a String, Vec or array (an unsized
     * coercion the lowering left implicit) becomes a pointer to its first element plus length.
     */
    static Value.Ptr fat(Value.Ptr p, Span span) {
        if (p.meta() >= 0 || p.alloc() == null) return p;
        Value v = get(p, span);
        if (v instanceof Value.Agg g && g.fields.length == 3 && g.fields[Value.Agg.VEC_PTR] instanceof Value.Ptr
                && g.fields[Value.Agg.VEC_LEN] instanceof Value.Int && g.fields[Value.Agg.VEC_CAP] instanceof Value.Int)
            return RawVec.slice(g, 0, RawVec.len(g));
        if (v instanceof Value.Agg g) return p.child(0).withMeta(g.fields.length);
        if (v instanceof Value.Bytes b) return p.child(0).withMeta(b.data.length);
        return p;
    }

    /** The bytes of a `&str` (or `&[u8]`) pointer into a Bytes buffer. */
    static byte[] bytes(Value.Ptr p, Span span) {
        p = fat(p, span);
        int len = (int) Math.max(p.meta(), 0);
        if (len == 0) return new byte[0];
        int[] parentPath = java.util.Arrays.copyOf(p.path(), p.path().length - 1);
        Value parent = get(p.alloc(), parentPath, span);
        int off = p.lastIndex();
        if (parent instanceof Value.Bytes b) return java.util.Arrays.copyOfRange(b.data, off, off + len);
        if (parent instanceof Value.Agg g) {
            byte[] out = new byte[len];
            for (int i = 0; i < len; i++) out[i] = (byte) ((Value.Int) g.fields[off + i]).bits();
            return out;
        }
        throw new MachineStop.Undefined("string pointer into something that is not a byte buffer", span);
    }

    static String str(Value v, Span span) {
        if (!(v instanceof Value.Ptr p)) throw new MachineStop.Internal("expected a &str, got " + v, span);
        return new String(bytes(p, span), StandardCharsets.UTF_8);
    }
}
