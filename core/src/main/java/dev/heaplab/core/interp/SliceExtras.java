package dev.heaplab.core.interp;

import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * More Vec and slice methods: extend/append/split_off, boxed slices, join/concat (one exact
 * allocation, as std computes the total length first), windows/chunks iterators
 * ({@code Agg[first, remaining, size]}), binary_search with std's algorithm, keyed sorts (the key
 * function is called twice per comparison, as `sort_by_key` does).
 */
final class SliceExtras {
    private SliceExtras() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("Vec::extend", SliceExtras::extend);
        r.put("Vec::append", c -> {
            Value.Agg v = c.agg(0), o = c.agg(1);
            long n = RawVec.len(o);
            RawVec.reserve(c.m(), v, n, VecBuiltins.elemSize(c), false, false, c.span(), VecBuiltins.what(c));
            long len = RawVec.len(v);
            for (int k = 0; k < n; k++) {
                VecBuiltins.elems(v).fields[(int) len + k] = VecBuiltins.elems(o).fields[k];
                VecBuiltins.elems(o).fields[k] = Value.UNINIT;
            }
            RawVec.setLen(v, len + n);
            RawVec.setLen(o, 0);
            return Value.unit();
        });
        r.put("Vec::split_off", c -> {
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v), at = c.usize(1);
            if (at > len) throw c.panic("`at` split index (is " + at + ") should be <= len (is " + len + ")");
            long es = VecBuiltins.elemSize(c);
            Value.Agg out = RawVec.empty(c.m(), es);
            RawVec.resize(c.m(), out, len - at, es, false, c.span(), VecBuiltins.what(c));
            for (long k = at; k < len; k++) {
                VecBuiltins.elems(out).fields[(int) (k - at)] = VecBuiltins.elems(v).fields[(int) k];
                VecBuiltins.elems(v).fields[(int) k] = Value.UNINIT;
            }
            RawVec.setLen(out, len - at);
            RawVec.setLen(v, at);
            return out;
        });
        r.put("Vec::into_boxed_slice", c -> {
            Value.Agg v = (Value.Agg) c.args()[0];
            RawVec.resize(c.m(), v, RawVec.len(v), VecBuiltins.elemSize(c), false, c.span(), VecBuiltins.what(c));
            return RawVec.slice(v, 0, RawVec.len(v));
        });
        r.put("Vec::dedup_by_key", c -> {
            // std: `dedup_by(|a, b| key(a) == key(b))`, a being the element read and b the last one kept;
            // both keys are computed for each comparison and dropped right after it (b's first).
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v);
            Ty elem = c.tyArg(0), key = c.tyArg(1);
            Allocation buf = RawVec.buffer(v);
            int w = 1;
            for (int k = 1; k < len; k++) {
                Value ka = Closures.call(c, 1, new Value[] {Value.Ptr.thin(buf, new int[] {k})}, new Ty[] {Ty.refMut(elem)});
                Value kb = Closures.call(c, 1, new Value[] {Value.Ptr.thin(buf, new int[] {w - 1})}, new Ty[] {Ty.refMut(elem)});
                boolean same = Derived.eq(c.m(), ka, kb, key, c.span());
                c.m().drops.drop(Value.Ptr.thin(c.m().temp(kb, "key"), new int[0]), kb, key, c.span());
                c.m().drops.drop(Value.Ptr.thin(c.m().temp(ka, "key"), new int[0]), ka, key, c.span());
                Value[] f = VecBuiltins.elems(v).fields;
                if (same) {
                    c.m().drops.drop(Value.Ptr.thin(buf, new int[] {k}), f[k], elem, c.span());
                    f[k] = Value.UNINIT;
                } else {
                    if (w != k) {
                        f[w] = f[k];
                        f[k] = Value.UNINIT;
                    }
                    w++;
                }
            }
            if (len > 0) RawVec.setLen(v, w);
            return Value.unit();
        });
        r.put("Vec::dedup_by", c -> {
            // std: `same_bucket(a, b)` with a the element read and b the last one kept; a is dropped when it says so.
            Value.Agg v = c.agg(0);
            long len = RawVec.len(v);
            Ty elem = c.tyArg(0);
            Allocation buf = RawVec.buffer(v);
            int w = 1;
            for (int k = 1; k < len; k++) {
                Value r2 = Closures.call(c, 1, new Value[] {Value.Ptr.thin(buf, new int[] {k}), Value.Ptr.thin(buf, new int[] {w - 1})},
                        new Ty[] {Ty.refMut(elem), Ty.refMut(elem)});
                boolean same = ((Value.Bool) r2).v();
                Value[] f = VecBuiltins.elems(v).fields;
                if (same) {
                    c.m().drops.drop(Value.Ptr.thin(buf, new int[] {k}), f[k], elem, c.span());
                    f[k] = Value.UNINIT;
                } else {
                    if (w != k) {
                        f[w] = f[k];
                        f[k] = Value.UNINIT;
                    }
                    w++;
                }
            }
            if (len > 0) RawVec.setLen(v, w);
            return Value.unit();
        });
        r.put("slice::split_at", c -> {
            Value.Ptr s = c.ptr(0);
            long mid = c.usize(1);
            if (mid > s.meta()) throw c.panic("mid > len");
            return Value.Agg.of(s.offset(0, mid), s.offset(mid, s.meta() - mid));
        });
        r.put("slice::join", c -> join(c, StrExtras.pattern(c, 1)));
        // the separator is one element (`&T`) or a slice of them (`&[T]`, a fat pointer)
        r.put("slice::join_vec", c -> concatVecs(c, c.tyArg(0), c.ptr(1),
                c.argTys()[1] instanceof Ty.Ref sr && sr.inner() instanceof Ty.Slice));
        r.put("slice::concat", c -> c.m().types.is(c.tyArg(0), LangItem.STRING) || c.tyArg(0) instanceof Ty.Ref sr && sr.inner() instanceof Ty.Str
                ? join(c, new byte[0]) : concatVecs(c));
        r.put("slice::as_flattened", c -> {
            // A shared view of the nested arrays' elements: their values, read through one slice (the
            // machine's pointers address one level of elements, and nothing can write through this one).
            Value.Ptr s = c.ptr(0);
            List<Value> items = new ArrayList<>();
            for (long i = 0; i < s.meta(); i++) {
                Value.Agg inner = (Value.Agg) Memory.get(s.offset(i, -1), c.span());
                items.addAll(java.util.Arrays.asList(inner.fields));
            }
            Allocation view = c.m().temp(new Value.Agg(0, items.toArray(new Value[0])), "as_flattened");
            return new Value.Ptr(view, new int[] {0}, items.size(), null);
        });
        r.put("slice::windows", c -> {
            if (c.usize(1) == 0) throw c.panic("window size must be non-zero");
            return Value.Agg.of(c.ptr(0).withMeta(-1), Value.usize(c.ptr(0).meta()), Value.usize(c.usize(1)));
        });
        r.put("slice::chunks", c -> {
            if (c.usize(1) == 0) throw c.panic("chunk size must be non-zero");
            return Value.Agg.of(c.ptr(0).withMeta(-1), Value.usize(c.ptr(0).meta()), Value.usize(c.usize(1)));
        });
        r.put("Windows::next", c -> step(c, true));
        r.put("Chunks::next", c -> step(c, false));
        r.put("Windows::next_back", c -> stepBack(c, true));
        r.put("Chunks::next_back", c -> stepBack(c, false));
        r.put("slice::binary_search", c -> {
            Value.Ptr s = c.ptr(0);
            Value x = c.deref(1);
            long size = s.meta();
            if (size == 0) return c.m().types.err(Value.usize(0));
            long base = 0;
            while (size > 1) {
                long half = size / 2, mid = base + half;
                int cmp = Derived.cmp(c.m(), Memory.get(s.offset(mid, -1), c.span()), x, c.tyArg(0), c.span());
                if (cmp <= 0) base = mid;
                size -= half;
            }
            int cmp = Derived.cmp(c.m(), Memory.get(s.offset(base, -1), c.span()), x, c.tyArg(0), c.span());
            if (cmp == 0) return c.m().types.ok(Value.usize(base));
            return c.m().types.err(Value.usize(base + (cmp < 0 ? 1 : 0)));
        });
        r.put("slice::sort_by_key", c -> {
            Value.Ptr s = c.ptr(0);
            List<Value> vs = SliceBuiltins.read(s, c.span());
            Allocation tmp = c.m().temp(Value.Agg.of(vs.toArray(new Value[0])), "sort");
            java.util.function.IntFunction<Value> key = k -> Closures.call(c, 1,
                    new Value[] {Value.Ptr.thin(tmp, new int[] {k})}, new Ty[] {Ty.ref(c.tyArg(0))});
            List<Value> out = new ArrayList<>();
            for (int k : SliceBuiltins.order(vs.size(), (a, b) -> {
                Value ka = key.apply(a), kb = key.apply(b);
                int r0 = Derived.cmp(c.m(), ka, kb, c.tyArg(1), c.span());
                // `f(a).lt(&f(b))`: both keys are temporaries of the comparison, dropped newest first.
                for (Value k : new Value[] {kb, ka}) {
                    Allocation slot = c.m().temp(k, "sort key");
                    c.m().drops.drop(Value.Ptr.thin(slot, new int[0]), k, c.tyArg(1), c.span());
                }
                return r0;
            })) out.add(vs.get(k));
            SliceBuiltins.write(s, out, c.span());
            return Value.unit();
        });
        r.put("slice::starts_with", c -> {
            Value.Ptr s = c.ptr(0), n = c.ptr(1);
            if (n.meta() > s.meta()) return Value.FALSE;
            for (long k = 0; k < n.meta(); k++)
                if (!Derived.eq(c.m(), Memory.get(s.offset(k, -1), c.span()), Memory.get(n.offset(k, -1), c.span()),
                        c.tyArg(0), c.span())) return Value.FALSE;
            return Value.TRUE;
        });
        r.put("slice::fill", c -> {
            Value.Ptr s = c.ptr(0);
            for (long k = 0; k < s.meta(); k++) {
                Value.Ptr p = s.offset(k, -1);
                c.m().drops.drop(p, Memory.get(p, c.span()), c.tyArg(0), c.span());
                Memory.set(p, k == s.meta() - 1 ? c.args()[1] : Derived.cloneValue(c.m(), c.args()[1], c.tyArg(0), c.span()),
                        c.span());
            }
            return Value.unit();
        });
    }

    private static Value step(Builtins.Call c, boolean windows) {
        Value.Agg it = c.agg(0);
        Value.Ptr first = (Value.Ptr) it.fields[0];
        long rem = ((Value.Int) it.fields[1]).bits(), size = ((Value.Int) it.fields[2]).bits();
        if (windows ? rem < size : rem == 0) return c.m().types.none();
        long n = windows ? size : Math.min(size, rem);
        long adv = windows ? 1 : n;
        it.fields[0] = first.offset(adv, -1);
        it.fields[1] = Value.usize(rem - adv);
        return c.m().types.some(first.withMeta(n));
    }

    /** From the back: the last window, or the last chunk (the short one first when the length is not a multiple). */
    private static Value stepBack(Builtins.Call c, boolean windows) {
        Value.Agg it = c.agg(0);
        Value.Ptr first = (Value.Ptr) it.fields[0];
        long rem = ((Value.Int) it.fields[1]).bits(), size = ((Value.Int) it.fields[2]).bits();
        if (windows ? rem < size : rem == 0) return c.m().types.none();
        long n = windows ? size : rem % size == 0 ? size : rem % size;
        it.fields[1] = Value.usize(rem - (windows ? 1 : n));
        return c.m().types.some(first.offset(rem - n, n));
    }

    /** `[Vec<U>]::concat()` / `[&[U]]::concat()`: `with_capacity(total)` then each part cloned in, as std. */
    private static Value concatVecs(Builtins.Call c) {
        Ty part = c.tyArg(0);
        Ty elem = part instanceof Ty.Array a ? a.elem()
                : part instanceof Ty.Ref r && r.inner() instanceof Ty.Slice sl ? sl.elem() : ((Ty.Adt) part).args().get(0);
        return concatVecs(c, elem, null, false);
    }

    /**
     * `concat()` of vector-like parts, or `join(&sep)` ({@code sep} non-null): one allocation of the exact
     * total (std's `Join<&T> for [V]`: the parts' lengths plus one separator between each two).
     */
    private static Value concatVecs(Builtins.Call c, Ty elem, Value.Ptr sep, boolean sepSlice) {
        Value.Ptr s = c.ptr(0);
        long es = c.m().sizes.size(elem);
        List<Value.Ptr> parts = new ArrayList<>();
        long total = 0;
        for (long k = 0; k < s.meta(); k++) {
            Value v = Memory.get(s.offset(k, -1), c.span());
            // an array part is viewed in place: a pointer to its first element with its length
            Value.Ptr p = c.tyArg(0) instanceof Ty.Array a ? s.offset(k, -1).child(0).withMeta(a.len())
                    : v instanceof Value.Agg g ? RawVec.slice(g, 0, RawVec.len(g)) : (Value.Ptr) v;
            parts.add(p);
            total += p.meta();
        }
        long sepLen = sep == null ? 0 : sepSlice ? sep.meta() : 1;
        if (sep != null && !parts.isEmpty()) total += sepLen * (parts.size() - 1);
        Value.Agg out = RawVec.empty(c.m(), es);
        String what = "Vec<" + c.m().types.display(elem) + ">";
        if (total > 0) RawVec.resize(c.m(), out, total, es, false, c.span(), what);
        long len = 0;
        for (Value.Ptr p : parts) {
            if (sep != null && p != parts.get(0)) {
                for (long k = 0; k < sepLen; k++) {
                    Value.Ptr at = sepSlice ? sep.offset(k, -1) : sep;
                    VecBuiltins.elems(out).fields[(int) len] = Derived.cloneValue(c.m(), Memory.get(at, c.span()), elem, c.span());
                    RawVec.setLen(out, ++len);
                }
            }
            for (long k = 0; k < p.meta(); k++) {
                VecBuiltins.elems(out).fields[(int) len] = Derived.cloneValue(c.m(), Memory.get(p.offset(k, -1), c.span()), elem, c.span());
                RawVec.setLen(out, ++len);
            }
        }
        return out;
    }

    /** `[S]::join(sep)` / `concat()` for str-like elements: one allocation of the exact total length. */
    private static Value join(Builtins.Call c, byte[] sep) {
        Value.Ptr s = c.ptr(0);
        Ty elem = c.tyArg(0);
        List<byte[]> parts = new ArrayList<>();
        long total = 0;
        for (long k = 0; k < s.meta(); k++) {
            Value v = Memory.get(s.offset(k, -1), c.span());
            byte[] b = c.m().types.is(elem, LangItem.STRING) ? StringBuiltins.bytes((Value.Agg) v, c.span())
                    : Memory.bytes((Value.Ptr) v, c.span());
            parts.add(b);
            total += b.length;
        }
        if (parts.isEmpty()) return RawVec.empty(c.m(), 1);
        total += (long) sep.length * (parts.size() - 1);
        Value.Agg out = StringBuiltins.withCapacity(c.m(), total, c.span());
        for (int k = 0; k < parts.size(); k++) {
            if (k > 0) StringBuiltins.append(c.m(), out, sep, c.span());
            StringBuiltins.append(c.m(), out, parts.get(k), c.span());
        }
        return out;
    }

    /** `v.extend(iter)`: reserve the trusted length up front, else grow per element; `&T` items are copied. */
    private static Value extend(Builtins.Call c) {
        Value.Agg v = c.agg(0);
        Ty elem = c.tyArg(0);
        long es = c.m().sizes.size(elem);
        String what = VecBuiltins.what(c);
        Builtins.Call src = new Builtins.Call(c.m(), c.key(), List.of(c.tyArg(c.typeArgs().size() - 1)),
                new Value[] {c.args()[1]}, new Ty[] {c.argTys()[1]}, c.span());
        Object[] st = Collect.start(src);
        Value.Ptr it = (Value.Ptr) st[0];
        Ty iterTy = (Ty) st[1];
        Collect.Hint h = Collect.hint(c.m(), Memory.get(it, c.span()), iterTy, c);
        if (h.n() > 0 && h.trusted()) RawVec.reserve(c.m(), v, h.n(), es, false, false, c.span(), what);
        for (Value x; (x = Collect.next(src, it, iterTy)) != null; ) {
            if (x instanceof Value.Ptr p && !(elem instanceof Ty.Ref) && !(elem instanceof Ty.RawPtr))
                x = Value.deepCopy(Memory.get(p, c.span()));
            RawVec.reserve(c.m(), v, 1, es, false, false, c.span(), what);
            long len = RawVec.len(v);
            VecBuiltins.elems(v).fields[(int) len] = x;
            RawVec.setLen(v, len + 1);
        }
        c.m().drops.drop(it, Memory.get(it, c.span()), iterTy, c.span());
        return Value.unit();
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
