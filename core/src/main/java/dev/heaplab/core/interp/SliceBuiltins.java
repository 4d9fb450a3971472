package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Slice builtins (`[T]` behind a pointer to its first element plus length) and the element iterators:
 * slice::Iter/IterMut {@code Agg[first, remaining]}, vec::IntoIter {@code Agg[buf, cap, pos, end]} and
 * vec::Drain {@code Agg[&mut vec, pos, end, oldLen, start]}.
 */
final class SliceBuiltins {
    private SliceBuiltins() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("slice::len", c -> Value.usize(c.ptr(0).meta()));
        // the address of the first element (of str's first byte): the slice pointer without its length
        r.put("slice::as_ptr", c -> c.ptr(0).withMeta(-1));
        r.put("slice::is_empty", c -> Arith.bool(c.ptr(0).meta() == 0));
        r.put("slice::iter", c -> {
            Value.Ptr p = Memory.fat(c.ptr(0), c.span()); // also `&[T; N]` (IntoIterator for arrays by reference)
            return Value.Agg.of(p.withMeta(-1), Value.usize(p.meta()));
        });
        r.put("slice::iter_mut", c -> {
            Value.Ptr p = Memory.fat(c.ptr(0), c.span());
            return Value.Agg.of(p.withMeta(-1), Value.usize(p.meta()));
        });
        r.put("Vec::iter", c -> {
            Value.Ptr s = RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0)));
            return Value.Agg.of(s.withMeta(-1), Value.usize(s.meta()));
        });
        r.put("Vec::iter_mut", c -> {
            Value.Ptr s = RawVec.slice(c.agg(0), 0, RawVec.len(c.agg(0)));
            return Value.Agg.of(s.withMeta(-1), Value.usize(s.meta()));
        });
        r.put("slice::first", c -> c.ptr(0).meta() == 0 ? c.m().types.none() : c.m().types.some(c.ptr(0).withMeta(-1)));
        r.put("slice::last", c -> c.ptr(0).meta() == 0 ? c.m().types.none()
                : c.m().types.some(c.ptr(0).offset(c.ptr(0).meta() - 1, -1)));
        r.put("slice::get", c -> VecBuiltins.get(c, c.ptr(0)));
        r.put("slice::get_mut", c -> VecBuiltins.get(c, c.ptr(0)));
        r.put("slice::index", c -> VecBuiltins.index(c, c.ptr(0)));
        r.put("slice::index_mut", c -> VecBuiltins.index(c, c.ptr(0)));
        r.put("slice::index_range", c -> VecBuiltins.indexRange(c, c.ptr(0)));
        r.put("slice::contains", c -> {
            Value.Ptr s = c.ptr(0);
            Value x = c.deref(1);
            for (long k = 0; k < s.meta(); k++)
                if (Derived.eq(c.m(), Memory.get(s.offset(k, -1), c.span()), x, c.tyArg(0), c.span())) return Value.TRUE;
            return Value.FALSE;
        });
        r.put("slice::to_vec", c -> {
            Value.Ptr s = c.ptr(0);
            long es = VecBuiltins.elemSize(c);
            Value.Agg out = RawVec.empty(c.m(), es);
            RawVec.resize(c.m(), out, s.meta(), es, false, c.span(), VecBuiltins.what(c));
            for (long k = 0; k < s.meta(); k++) {
                VecBuiltins.elems(out).fields[(int) k] =
                        Derived.cloneValue(c.m(), Memory.get(s.offset(k, -1), c.span()), c.tyArg(0), c.span());
                RawVec.setLen(out, k + 1);
            }
            return out;
        });
        r.put("slice::swap", c -> {
            Value.Ptr s = c.ptr(0);
            long a = c.usize(1), b = c.usize(2);
            for (long i : new long[] {a, b})
                if (i >= s.meta()) throw c.panic("index out of bounds: the len is " + s.meta() + " but the index is " + i);
            Value va = Memory.get(s.offset(a, -1), c.span()), vb = Memory.get(s.offset(b, -1), c.span());
            Memory.set(s.offset(a, -1), vb, c.span());
            Memory.set(s.offset(b, -1), va, c.span());
            return Value.unit();
        });
        r.put("slice::reverse", c -> {
            List<Value> vs = read(c.ptr(0), c.span());
            java.util.Collections.reverse(vs);
            write(c.ptr(0), vs, c.span());
            return Value.unit();
        });
        r.put("slice::sort", c -> sort(c, false));
        r.put("slice::sort_unstable", c -> sort(c, false));
        r.put("slice::sort_by", c -> sort(c, true));
        r.put("array::into_iter", c -> {
            Value a = c.args()[0];
            int n = a instanceof Value.Agg g ? g.fields.length : 0;
            return Value.Agg.of(a, Value.usize(0), Value.usize(n));
        });
        r.put("array::map", c -> {
            // each element moved into the closure in order; the closure is dropped at the end
            Value.Agg a = (Value.Agg) c.args()[0];
            Ty fty = c.argTys()[1];
            Value[] out = new Value[a.fields.length];
            for (int k = 0; k < out.length; k++) {
                Value e = a.fields[k];
                a.fields[k] = Value.UNINIT;
                out[k] = Closures.call(c, 1, new Value[] {e}, new Ty[] {c.tyArg(0)});
            }
            if (c.args()[1] instanceof Value.Ptr fp && fty instanceof Ty.Closure)
                c.m().drops.drop(fp, Memory.get(fp, c.span()), fty, c.span());
            return Value.Agg.of(out);
        });
        r.put("ArrayIntoIter::next", c -> arrayNext(c, false));
        r.put("ArrayIntoIter::next_back", c -> arrayNext(c, true));
        r.put("Iter::next", SliceBuiltins::iterNext);
        r.put("IterMut::next", SliceBuiltins::iterNext);
        r.put("Iter::next_back", SliceBuiltins::iterNextBack);
        r.put("IterMut::next_back", SliceBuiltins::iterNextBack);
        r.put("IntoIter::as_slice", c -> {
            Value.Agg it = c.agg(0);
            long pos = ((Value.Int) it.fields[2]).bits(), end = ((Value.Int) it.fields[3]).bits();
            return new Value.Ptr(((Value.Ptr) it.fields[0]).alloc(), new int[] {(int) pos}, end - pos, null);
        });
        r.put("IntoIter::next", c -> {
            Value.Agg it = c.agg(0);
            long pos = ((Value.Int) it.fields[2]).bits(), end = ((Value.Int) it.fields[3]).bits();
            if (pos >= end) return c.m().types.none();
            Value.Ptr p = ((Value.Ptr) it.fields[0]).child((int) pos);
            Value v = Memory.get(p, c.span());
            Memory.set(p, Value.UNINIT, c.span());
            it.fields[2] = Value.usize(pos + 1);
            return c.m().types.some(v);
        });
        r.put("Vec::splice_finish", SliceBuiltins::spliceFinish);
        r.put("Drain::next_back", c -> {
            Value.Agg it = c.agg(0);
            long pos = ((Value.Int) it.fields[1]).bits(), end = ((Value.Int) it.fields[2]).bits();
            if (pos >= end) return c.m().types.none();
            Value[] f = VecBuiltins.elems((Value.Agg) Memory.get((Value.Ptr) it.fields[0], c.span())).fields;
            Value v = f[(int) end - 1];
            f[(int) end - 1] = Value.UNINIT;
            it.fields[2] = Value.usize(end - 1);
            return c.m().types.some(v);
        });
        r.put("Drain::next", c -> {
            Value.Agg it = c.agg(0);
            long pos = ((Value.Int) it.fields[1]).bits(), end = ((Value.Int) it.fields[2]).bits();
            if (pos >= end) return c.m().types.none();
            Value.Agg vec = (Value.Agg) Memory.get((Value.Ptr) it.fields[0], c.span());
            Value[] f = VecBuiltins.elems(vec).fields;
            Value v = f[(int) pos];
            f[(int) pos] = Value.UNINIT;
            it.fields[1] = Value.usize(pos + 1);
            return c.m().types.some(v);
        });
    }

    /** `array::IntoIter`: {@code Agg[array, front, back]}; elements are moved out from either end. */
    private static Value arrayNext(Builtins.Call c, boolean back) {
        Value.Agg it = c.agg(0);
        long pos = ((Value.Int) it.fields[1]).bits(), end = ((Value.Int) it.fields[2]).bits();
        if (pos >= end) return c.m().types.none();
        Value.Agg data = (Value.Agg) it.fields[0];
        int k = (int) (back ? end - 1 : pos);
        Value v = data.fields[k];
        data.fields[k] = Value.UNINIT;
        it.fields[back ? 2 : 1] = Value.usize(back ? end - 1 : pos + 1);
        return c.m().types.some(v);
    }

    private static Value iterNext(Builtins.Call c) {
        Value.Agg it = c.agg(0);
        long rem = ((Value.Int) it.fields[1]).bits();
        if (rem == 0) return c.m().types.none();
        Value.Ptr p = (Value.Ptr) it.fields[0];
        it.fields[0] = p.offset(1, -1);
        it.fields[1] = Value.usize(rem - 1);
        return c.m().types.some(p);
    }

    private static Value iterNextBack(Builtins.Call c) {
        Value.Agg it = c.agg(0);
        long rem = ((Value.Int) it.fields[1]).bits();
        if (rem == 0) return c.m().types.none();
        Value.Ptr p = (Value.Ptr) it.fields[0];
        it.fields[1] = Value.usize(rem - 1);
        return c.m().types.some(p.offset(rem - 1, -1));
    }

    /** Drain's drop: drop the elements not yielded, move the tail down, restore the length. */
    /**
     * `Splice::drop` as std's: the drained rest dropped; with no tail the vector is extended; else the gap
     * is filled, the tail moved by the iterator's lower bound and the gap filled again, and what is still
     * left collected into a temporary Vec whose exact length moves the tail once more. The Drain then
     * moves the tail back after what was put in (its fields updated here).
     */
    static Value spliceFinish(Builtins.Call c) {
        Interp m = c.m();
        Value.Agg it = (Value.Agg) c.deref(0);
        Ty.Adt drainTy = (Ty.Adt) c.pointee(0);
        Ty elem = drainTy.args().get(drainTy.args().size() - 1);
        long es = m.sizes.size(elem);
        String what = "Vec<" + m.types.display(elem) + ">";
        Value.Ptr iter = c.ptr(1);
        Ty iterTy = c.pointee(1);
        Value.Agg vec = (Value.Agg) Memory.get((Value.Ptr) it.fields[0], c.span());
        long pos = ((Value.Int) it.fields[1]).bits(), end = ((Value.Int) it.fields[2]).bits();
        m.drops.dropElements(RawVec.buffer(vec), pos, end, elem, c.span());
        it.fields[1] = it.fields[2];
        long len = RawVec.len(vec);
        long tailStart = ((Value.Int) it.fields[5]).bits(), tailLen = ((Value.Int) it.fields[3]).bits() - tailStart;
        if (tailLen == 0) {
            Collect.Hint h = Collect.hint(m, Memory.get(iter, c.span()), iterTy, c);
            if (h.trusted() && h.n() > 0) RawVec.reserve(m, vec, h.n(), es, false, false, c.span(), what);
            for (Value x; (x = Collect.next(c, iter, iterTy)) != null; ) {
                if (len == RawVec.cap(vec)) {
                    long lower = Math.max(0, Collect.hint(m, Memory.get(iter, c.span()), iterTy, c).n());
                    RawVec.reserve(m, vec, lower + 1, es, false, false, c.span(), what);
                }
                VecBuiltins.elems(vec).fields[(int) len] = x;
                RawVec.setLen(vec, ++len);
            }
            it.fields[3] = it.fields[4] = it.fields[5] = Value.usize(len);
            return Value.unit();
        }
        long[] st = {len, tailStart, tailLen};
        if (fill(c, vec, st, iter, iterTy, null)) {
            long lower = Math.max(0, Collect.hint(m, Memory.get(iter, c.span()), iterTy, c).n());
            boolean more = true;
            if (lower > 0) {
                moveTail(m, vec, st, lower, es, c.span(), what);
                more = fill(c, vec, st, iter, iterTy, null);
            }
            if (more) {
                // `self.replace_with.by_ref().collect::<Vec<_>>()`: allocated only when something is left
                java.util.List<Value> rest = new ArrayList<>();
                Value.Agg tmp = RawVec.empty(m, es);
                Collect.Hint h = Collect.hint(m, Memory.get(iter, c.span()), iterTy, c);
                if (h.trusted() && h.n() > 0) RawVec.resize(m, tmp, h.n(), es, false, c.span(), what);
                for (Value x; (x = Collect.next(c, iter, iterTy)) != null; ) {
                    if (!h.trusted() && rest.size() == RawVec.cap(tmp)) {
                        long lo = Math.max(0, Collect.hint(m, Memory.get(iter, c.span()), iterTy, c).n());
                        if (rest.isEmpty()) RawVec.resize(m, tmp, Math.max(RawVec.minNonZeroCap(es), lo + 1), es, false, c.span(), what);
                        else RawVec.reserve(m, tmp, lo + 1, es, false, false, c.span(), what);
                    }
                    rest.add(x);
                    RawVec.setLen(tmp, rest.size());
                }
                if (!rest.isEmpty()) {
                    moveTail(m, vec, st, rest.size(), es, c.span(), what);
                    fill(c, vec, st, null, null, rest.iterator());
                }
                RawVec.setLen(tmp, 0);
                RawVec.free(m, tmp, es, c.span());
            }
        }
        RawVec.setLen(vec, st[0]);
        it.fields[4] = Value.usize(st[0]);
        it.fields[5] = Value.usize(st[1]);
        it.fields[3] = Value.usize(st[1] + st[2]);
        return Value.unit();
    }

    /** Drain::fill: the gap [len, tailStart) from the iterator (or {@code from}); whether it was filled. */
    private static boolean fill(Builtins.Call c, Value.Agg vec, long[] st, Value.Ptr iter, Ty iterTy, java.util.Iterator<Value> from) {
        while (st[0] < st[1]) {
            Value x = from != null ? (from.hasNext() ? from.next() : null) : Collect.next(c, iter, iterTy);
            if (x == null) return false;
            VecBuiltins.elems(vec).fields[(int) st[0]] = x;
            st[0]++;
        }
        return true;
    }

    /** Drain::move_tail: room for {@code additional} more before the tail (`reserve` from tail's end), tail moved. */
    private static void moveTail(Interp m, Value.Agg vec, long[] st, long additional, long es, Span span, String what) {
        long filled = st[0];
        RawVec.setLen(vec, st[1] + st[2]);
        RawVec.reserve(m, vec, additional, es, false, false, span, what);
        RawVec.setLen(vec, filled);
        Value[] f = VecBuiltins.elems(vec).fields;
        for (long k = st[1] + st[2] - 1; k >= st[1]; k--) {
            f[(int) (k + additional)] = f[(int) k];
            f[(int) k] = Value.UNINIT;
        }
        st[1] += additional;
    }

    static void finishDrain(Interp m, Value.Agg it, Ty elem, Span span) {
        Value.Agg vec = (Value.Agg) Memory.get((Value.Ptr) it.fields[0], span);
        long pos = ((Value.Int) it.fields[1]).bits(), end = ((Value.Int) it.fields[2]).bits();
        long oldLen = ((Value.Int) it.fields[3]).bits(), start = ((Value.Int) it.fields[4]).bits();
        m.drops.dropElements(RawVec.buffer(vec), pos, end, elem, span);
        end = ((Value.Int) it.fields[5]).bits(); // the tail starts after the drained range, whatever next_back took
        // an empty range (or a splice that filled its gap exactly) leaves the tail where it is
        if (RawVec.buffer(vec) != null && start != end) {
            Value[] f = VecBuiltins.elems(vec).fields;
            for (long k = end; k < oldLen; k++) {
                f[(int) (start + k - end)] = f[(int) k];
                f[(int) k] = Value.UNINIT;
            }
        }
        RawVec.setLen(vec, start + oldLen - end);
    }

    static List<Value> read(Value.Ptr s, Span span) {
        List<Value> vs = new ArrayList<>();
        for (long k = 0; k < s.meta(); k++) vs.add(Memory.get(s.offset(k, -1), span));
        return vs;
    }

    static void write(Value.Ptr s, List<Value> vs, Span span) {
        for (int k = 0; k < vs.size(); k++) Memory.set(s.offset(k, -1), vs.get(k), span);
    }

    /**
     * The scratch buffer of std's stable sort (driftsort) for more than 20 elements: max(len − len/2,
     * min(len, 8 MB / size), 48) elements, on the stack when that fits in 4096 bytes, else allocated
     * on the heap for the duration of the sort. Returns it (to free after sorting) or null.
     */
    static Allocation stableSortScratch(Interp m, long len, long elemSize, dev.heaplab.core.source.Span span) {
        if (len <= 20 || elemSize == 0) return null;
        long scratch = Math.max(Math.max(len - len / 2, Math.min(len, 8_000_000 / elemSize)), 48);
        if (scratch <= 4096 / elemSize) return null;
        return m.heap.alloc(scratch * elemSize, 8, Value.Agg.uninit(0, 0), "sort scratch", span);
    }

    /** Stable sort by Ord, or by a comparator closure returning Ordering. */
    private static Value sort(Builtins.Call c, boolean byClosure) {
        Value.Ptr s = c.ptr(0);
        List<Value> vs = read(s, c.span());
        Ty elem = c.tyArg(0);
        Allocation scratch = c.key().equals("slice::sort") ? stableSortScratch(c.m(), vs.size(), c.m().sizes.size(elem), c.span()) : null;
        Allocation tmp = c.m().temp(Value.Agg.of(vs.toArray(new Value[0])), "sort");
        java.util.Comparator<Integer> cmp = byClosure
                ? (a, b) -> Derived.orderingToInt(c.m(), Closures.call(c, 1,
                        new Value[] {Value.Ptr.thin(tmp, new int[] {a}), Value.Ptr.thin(tmp, new int[] {b})},
                        new Ty[] {Ty.ref(elem), Ty.ref(elem)}))
                : (a, b) -> Derived.cmp(c.m(), vs.get(a), vs.get(b), elem, c.span());
        List<Value> out = new ArrayList<>();
        for (int k : order(vs.size(), cmp)) out.add(vs.get(k));
        write(s, out, c.span());
        if (scratch != null) c.m().heap.dealloc(scratch, c.span());
        return Value.unit();
    }

    /**
     * The permutation a stable sort produces. Up to 20 elements std runs an insertion sort (each new
     * element compared with its left neighbours until one is not greater), so user comparators and
     * key functions are called exactly as often as in the compiled program; longer slices use a
     * merge sort (same result, possibly other comparison counts).
     */
    static List<Integer> order(int n, java.util.Comparator<Integer> cmp) {
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < n; k++) idx.add(k);
        if (n > 20) {
            idx.sort(cmp);
            return idx;
        }
        for (int i = 1; i < n; i++) {
            int cur = idx.get(i);
            int j = i;
            while (j > 0 && cmp.compare(cur, idx.get(j - 1)) < 0) {
                idx.set(j, idx.get(j - 1));
                j--;
            }
            idx.set(j, cur);
        }
        return idx;
    }
}
