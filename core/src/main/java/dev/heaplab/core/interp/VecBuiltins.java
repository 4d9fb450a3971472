package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.Map;

/**
 * Vec builtins over {@code Agg[ptr, cap, len]} with an Agg buffer of cap element slots (see
 * {@link RawVec} for growth). Elements are moved in and out of the buffer; removing shifts the rest.
 */
final class VecBuiltins {
    private VecBuiltins() {}

    static long elemSize(Builtins.Call c) { return c.m().sizes.size(c.tyArg(0)); }

    static String what(Builtins.Call c) { return "Vec<" + c.m().types.display(c.tyArg(0)) + ">"; }

    static void register(Map<String, Builtins.Native> r) {
        r.put("Vec::new", c -> RawVec.empty(c.m(), elemSize(c)));
        r.put("Vec::with_capacity", c -> {
            Value.Agg v = RawVec.empty(c.m(), elemSize(c));
            RawVec.resize(c.m(), v, c.usize(0), elemSize(c), false, c.span(), what(c));
            return v;
        });
        r.put("Vec::push", c -> {
            Value.Agg v = c.agg(0);
            RawVec.reserve(c.m(), v, 1, elemSize(c), false, false, c.span(), what(c));
            long len = RawVec.len(v);
            elems(v).fields[(int) len] = c.args()[1];
            RawVec.setLen(v, len + 1);
            return Value.unit();
        });
        r.put("Vec::pop", c -> {
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v);
            if (len == 0) return c.m().types.none();
            Value e = take(v, len - 1);
            RawVec.setLen(v, len - 1);
            return c.m().types.some(e);
        });
        r.put("Vec::len", c -> Value.usize(RawVec.len(c.agg(0))));
        r.put("Vec::capacity", c -> Value.usize(RawVec.cap(c.agg(0))));
        r.put("Vec::is_empty", c -> Arith.bool(RawVec.len(c.agg(0)) == 0));
        r.put("Vec::get", c -> get(c, RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0)))));
        r.put("Vec::get_mut", c -> get(c, RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0)))));
        r.put("Vec::insert", c -> {
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v), i = c.usize(1);
            if (i > len) throw c.panic("insertion index (is " + i + ") should be <= len (is " + len + ")");
            RawVec.reserve(c.m(), v, 1, elemSize(c), false, false, c.span(), what(c));
            Value[] f = elems(v).fields;
            System.arraycopy(f, (int) i, f, (int) i + 1, (int) (len - i));
            f[(int) i] = c.args()[2];
            RawVec.setLen(v, len + 1);
            return Value.unit();
        });
        r.put("Vec::remove", c -> {
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v), i = c.usize(1);
            if (i >= len) throw c.panic("removal index (is " + i + ") should be < len (is " + len + ")");
            Value[] f = elems(v).fields;
            Value e = f[(int) i];
            System.arraycopy(f, (int) i + 1, f, (int) i, (int) (len - i - 1));
            f[(int) len - 1] = Value.UNINIT;
            RawVec.setLen(v, len - 1);
            return e;
        });
        r.put("Vec::swap_remove", c -> {
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v), i = c.usize(1);
            if (i >= len) throw c.panic("swap_remove index (is " + i + ") should be < len (is " + len + ")");
            Value[] f = elems(v).fields;
            Value e = f[(int) i];
            f[(int) i] = f[(int) len - 1];
            f[(int) len - 1] = Value.UNINIT;
            RawVec.setLen(v, len - 1);
            return e;
        });
        r.put("Vec::clear", c -> truncate(c, 0));
        r.put("Vec::truncate", c -> truncate(c, c.usize(1)));
        r.put("Vec::reserve", c -> {
            RawVec.reserve(c.m(), c.agg(0), c.usize(1), elemSize(c), false, false, c.span(), what(c));
            return Value.unit();
        });
        r.put("Vec::reserve_exact", c -> {
            RawVec.reserve(c.m(), c.agg(0), c.usize(1), elemSize(c), false, true, c.span(), what(c));
            return Value.unit();
        });
        r.put("Vec::shrink_to_fit", c -> {
            Value.Agg v = c.agg(0);
            if (RawVec.cap(v) > RawVec.len(v)) RawVec.resize(c.m(), v, RawVec.len(v), elemSize(c), false, c.span(), what(c));
            return Value.unit();
        });
        r.put("Vec::extend_from_slice", c -> {
            Value.Agg v = c.agg(0);
            Value.Ptr s = c.ptr(1);
            long n = s.meta();
            RawVec.reserve(c.m(), v, n, elemSize(c), false, false, c.span(), what(c));
            long len = RawVec.len(v);
            for (long k = 0; k < n; k++) {
                Value e = Memory.get(s.offset(k, -1), c.span());
                elems(v).fields[(int) (len + k)] = Derived.cloneValue(c.m(), e, c.tyArg(0), c.span());
                RawVec.setLen(v, len + k + 1);
            }
            return Value.unit();
        });
        r.put("Vec::clone", c -> {
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v);
            Value.Agg out = RawVec.empty(c.m(), elemSize(c));
            RawVec.resize(c.m(), out, len, elemSize(c), false, c.span(), what(c));
            for (long k = 0; k < len; k++) {
                elems(out).fields[(int) k] = Derived.cloneValue(c.m(), elems(v).fields[(int) k], c.tyArg(0), c.span());
                RawVec.setLen(out, k + 1);
            }
            return out;
        });
        r.put("Vec::deref", c -> RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0))));
        r.put("Vec::deref_mut", c -> RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0))));
        r.put("Vec::as_slice", c -> RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0))));
        r.put("Vec::as_mut_slice", c -> RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0))));
        r.put("Vec::index", c -> index(c, RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0)))));
        r.put("Vec::index_mut", c -> index(c, RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0)))));
        r.put("Vec::index_range", c -> indexRange(c, RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0)))));
        r.put("Vec::into_iter", c -> {
            Value.Agg v = (Value.Agg) c.args()[0];
            return Value.Agg.of(v.fields[Value.Agg.VEC_PTR], v.fields[Value.Agg.VEC_CAP], Value.usize(0),
                    v.fields[Value.Agg.VEC_LEN]);
        });
        r.put("Vec::drain", c -> {
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v);
            long[] b = Ranges.stdRange(c, 1, len);
            RawVec.setLen(v, b[0]);
            return Value.Agg.of(c.ptr(0), Value.usize(b[0]), Value.usize(b[1]), Value.usize(len), Value.usize(b[0]),
                    Value.usize(b[1]));
        });
        r.put("Vec::dedup", c -> {
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v);
            if (len < 2) return Value.unit();
            Value[] f = elems(v).fields;
            int w = 1;
            for (int k = 1; k < len; k++) {
                if (Derived.eq(c.m(), f[k], f[w - 1], c.tyArg(0), c.span())) {
                    c.m().drops.drop(Value.Ptr.thin(RawVec.buffer(v), new int[] {k}), f[k], c.tyArg(0), c.span());
                    f[k] = Value.UNINIT;
                } else {
                    f[w] = f[k];
                    if (w != k) f[k] = Value.UNINIT;
                    w++;
                }
            }
            RawVec.setLen(v, w);
            return Value.unit();
        });
        r.put("Vec::retain", c -> retain(c, false));
        r.put("Vec::retain_mut", c -> retain(c, true));
        r.put("Vec::eq", c -> Arith.bool(Derived.eq(c.m(), c.deref(0), c.deref(1), c.pointee(0), c.span())));
        r.put("Vec::from_array", VecBuiltins::fromArray);
        r.put("vec::from_array", VecBuiltins::fromArray);
        r.put("vec::from_elem", c -> {
            long n = c.usize(1);
            long es = elemSize(c);
            Value.Agg v = RawVec.empty(c.m(), es);
            RawVec.resize(c.m(), v, n, es, false, c.span(), what(c));
            for (long k = 0; k < n; k++) {
                elems(v).fields[(int) k] = k == n - 1 ? c.args()[0] : Derived.cloneValue(c.m(), c.args()[0], c.tyArg(0), c.span());
                RawVec.setLen(v, k + 1);
            }
            if (n == 0) c.m().drops.drop(Value.Ptr.thin(c.m().temp(c.args()[0], "elem"), new int[0]), c.args()[0], c.tyArg(0), c.span());
            return v;
        });
        SliceBuiltins.register(r);
    }

    /** `vec![a, b, c]`: a Vec of exactly the array's length (one allocation), elements moved in. */
    private static Value fromArray(Builtins.Call c) {
        Value a = c.args()[0];
        Value[] items;
        if (a instanceof Value.Agg g) items = g.fields;
        else {
            Value.Ptr p = (Value.Ptr) a;
            items = SliceBuiltins.read(p, c.span()).toArray(new Value[0]);
        }
        long es = elemSize(c);
        Value.Agg v = RawVec.empty(c.m(), es);
        RawVec.resize(c.m(), v, items.length, es, false, c.span(), what(c));
        for (int k = 0; k < items.length; k++) {
            if (es == 0) RawVec.reserve(c.m(), v, 1, 0, false, false, c.span(), what(c));
            elems(v).fields[k] = items[k];
            RawVec.setLen(v, k + 1);
        }
        return v;
    }

    static Value.Agg elems(Value.Agg v) { return (Value.Agg) RawVec.elems(v); }

    private static Value take(Value.Agg v, long i) {
        Value[] f = elems(v).fields;
        Value e = f[(int) i];
        f[(int) i] = Value.UNINIT;
        return e;
    }

    private static Value truncate(Builtins.Call c, long n) {
        Value.Agg v = c.agg(0);
        long len = RawVec.len(v);
        if (n >= len) return Value.unit();
        RawVec.setLen(v, n);
        c.m().drops.dropElements(RawVec.buffer(v), n, len, c.tyArg(0), c.span());
        return Value.unit();
    }

    /** `v.get(i)` on a slice pointer: Some(&elem) or None. */
    /** `get(i)` / `get(range)`: an element, or a sub-slice when the range fits (None, never a panic). */
    static Value get(Builtins.Call c, Value.Ptr slice) {
        if (!(c.args()[1] instanceof Value.Int)) {
            long[] r = Ranges.bounds(c, 1, slice.meta());
            if (Long.compareUnsigned(r[0], r[1]) > 0 || Long.compareUnsigned(r[1], slice.meta()) > 0) return c.m().types.none();
            return c.m().types.some(slice.offset(r[0], r[1] - r[0]));
        }
        long i = c.usize(1);
        if (i >= slice.meta()) return c.m().types.none();
        return c.m().types.some(slice.offset(i, -1));
    }

    static Value index(Builtins.Call c, Value.Ptr slice) {
        long i = c.usize(1);
        if (Long.compareUnsigned(i, slice.meta()) >= 0)
            throw c.panic("index out of bounds: the len is " + slice.meta() + " but the index is " + Long.toUnsignedString(i));
        return slice.offset(i, -1);
    }

    static Value indexRange(Builtins.Call c, Value.Ptr slice) {
        long[] b = Ranges.sliceBounds(c, 1, slice.meta());
        return slice.offset(b[0], b[1] - b[0]);
    }

    /** `retain(|x| keep)`: calls the closure on each element in order, dropping rejected ones. */
    private static Value retain(Builtins.Call c, boolean mut) {
        Value.Agg v = c.agg(0);
        long len = RawVec.len(v);
        Allocation buf = RawVec.buffer(v);
        Ty elem = c.tyArg(0);
        int w = 0;
        for (int k = 0; k < len; k++) {
            Value.Ptr p = Value.Ptr.thin(buf, new int[] {k});
            boolean keep = ((Value.Bool) Closures.call(c, 1, new Value[] {p}, new Ty[] {mut ? Ty.refMut(elem) : Ty.ref(elem)})).v();
            Value[] f = elems(v).fields;
            if (keep) {
                if (w != k) {
                    f[w] = f[k];
                    f[k] = Value.UNINIT;
                }
                w++;
            } else {
                c.m().drops.drop(p, f[k], elem, c.span());
                f[k] = Value.UNINIT;
            }
        }
        RawVec.setLen(v, w);
        return Value.unit();
    }

    /** Drop glue of the iterator states (vec::IntoIter, Drain; borrowing iterators own nothing). */
    static void dropIter(Interp m, Value v, Ty.Adt ty, Span span) {
        String name = m.defs.adt(ty.def()).name();
        Ty elem = ty.args().isEmpty() ? Ty.UNIT : ty.args().get(ty.args().size() - 1);
        Value.Agg it = (Value.Agg) v;
        if (name.equals("IntoIter")) {
            Value.Agg asVec = Value.Agg.of(it.fields[0], it.fields[1], Value.usize(0));
            m.drops.dropElements(RawVec.buffer(asVec), ((Value.Int) it.fields[2]).bits(), ((Value.Int) it.fields[3]).bits(),
                    elem, span);
            RawVec.free(m, asVec, m.sizes.size(elem), span);
        } else if (name.equals("StrDrain")) {
            StdExtras.finishStrDrain(m, it, span);
        } else if (name.equals("Drain")) {
            SliceBuiltins.finishDrain(m, it, elem, span);
        } else if (name.equals("ArrayIntoIter")) {
            Value.Agg data = (Value.Agg) it.fields[0];
            for (long k = ((Value.Int) it.fields[1]).bits(); k < ((Value.Int) it.fields[2]).bits(); k++) {
                Value e = data.fields[(int) k];
                m.drops.drop(Value.Ptr.thin(m.temp(e, "element"), new int[0]), e, elem, span);
            }
        } else if (name.equals("DequeDrain")) {
            DequeBuiltins.dropDrain(m, it, span);
        } else if (name.equals("MapIntoIter") || name.equals("SetIntoIter") || name.equals("DequeIntoIter")) {
            HashBuiltins.dropIter(m, it, span);
        } else if (name.equals("BTreeIntoIter") || name.equals("BTreeSetIntoIter")) {
            BTreeBuiltins.dropIntoIter(m, it, span);
        } else if (name.equals("Entry") || name.equals("BTreeEntry")) {
            Ty key = ty.args().isEmpty() ? Ty.UNIT : ty.args().get(0);
            m.drops.drop(Value.Ptr.thin(m.temp(it.fields[1], "key"), new int[0]), it.fields[1], key, span);
        }
    }
}
