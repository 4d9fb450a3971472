package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * VecDeque as std's ring buffer: {@code Agg[ptr, cap, len, head]}, the first three as a Vec's (its
 * buffer grows through {@link RawVec}, so allocations are std's), element i at physical slot
 * (head + i) % cap. Rules (std 1.95's VecDeque):
 * <ul>
 * <li>a full deque grows as `grow_one` (amortised), then `handle_capacity_increase` keeps the ring:
 *     the wrapped tail moves after the old capacity when it is the shorter part and fits, else the
 *     head part moves to the end of the new buffer;</li>
 * <li>every other operation is a new head over the same logical sequence (`insert`/`remove` move the
 *     shorter side, `rotate_*` the smaller count, `drain` joins the shorter part, `make_contiguous` and
 *     `shrink_to_fit` follow std's cases), so each is written as "logical list, then new head";</li>
 * <li>`collect` is `Vec::from_iter` then `From<Vec>` (head 0, same buffer); `From<VecDeque> for Vec` makes
 *     it contiguous and moves it to slot 0, without allocating;</li>
 * <li>zero-sized elements keep head 0 (their positions are not observable).</li>
 * </ul>
 * Iterators reuse the list iterators of {@link HashBuiltins}: {@code Agg[items, position, buffer, tag]}.
 */
final class DequeBuiltins {
    private DequeBuiltins() {}

    static final int HEAD = 3;

    /** Tags the borrowing iterators (their length is trusted when collecting). */
    static final Object TRUSTED = "deque";

    static long head(Value.Agg d) { return ((Value.Int) d.fields[HEAD]).bits(); }

    private static long es(Builtins.Call c) { return c.m().sizes.size(c.tyArg(0)); }

    private static String what(Builtins.Call c) { return "VecDeque<" + c.m().types.display(c.tyArg(0)) + ">"; }

    private static Value.Agg empty(Interp m, long es) {
        Value.Agg v = RawVec.empty(m, es);
        return Value.Agg.of(v.fields[0], v.fields[1], v.fields[2], Value.usize(0));
    }

    /** The physical slot of logical index i. */
    private static int phys(Value.Agg d, long i, long es) {
        if (es == 0) return (int) i;
        return (int) ((head(d) + i) % RawVec.cap(d));
    }

    private static Value[] slots(Value.Agg d) { return VecBuiltins.elems(d).fields; }

    private static Value.Ptr at(Value.Agg d, long i, long es) {
        return Value.Ptr.thin(RawVec.buffer(d), new int[] {phys(d, i, es)});
    }

    /** Moves the elements out in logical order, leaving every slot uninitialised. */
    private static List<Value> take(Value.Agg d, long es) {
        long len = RawVec.len(d);
        List<Value> out = new ArrayList<>((int) len);
        if (len == 0) return out;
        Value[] s = slots(d);
        for (long i = 0; i < len; i++) {
            int p = phys(d, i, es);
            out.add(s[p]);
            s[p] = Value.UNINIT;
        }
        return out;
    }

    /** Writes a logical sequence back from physical slot {@code head}. */
    private static void put(Value.Agg d, List<Value> items, long head, long es) {
        d.fields[HEAD] = Value.usize(es == 0 ? 0 : head);
        RawVec.setLen(d, items.size());
        if (items.isEmpty()) return;
        Value[] s = slots(d);
        for (int i = 0; i < items.size(); i++) s[phys(d, i, es)] = items.get(i);
    }

    private static long wrapSub(Value.Agg d, long idx, long n) {
        long cap = RawVec.cap(d);
        return cap == 0 ? 0 : Math.floorMod(idx - n, cap);
    }

    /** `reserve(additional)`: RawVec's amortised growth, then `handle_capacity_increase`. */
    private static void reserve(Builtins.Call c, Value.Agg d, long additional) {
        long es = es(c), oldCap = RawVec.cap(d), len = RawVec.len(d), head = head(d);
        if (es == 0 || oldCap - len >= additional) {
            RawVec.reserve(c.m(), d, additional, es, false, false, c.span(), what(c));
            return;
        }
        List<Value> items = take(d, es);
        RawVec.reserve(c.m(), d, additional, es, false, false, c.span(), what(c));
        long newCap = RawVec.cap(d);
        if (len > 0 && head > oldCap - len) {
            long headLen = oldCap - head, tailLen = len - headLen;
            if (!(headLen > tailLen && newCap - oldCap >= tailLen)) head = newCap - headLen;
        }
        put(d, items, len == 0 ? head : head, es);
    }

    private static void pushBack(Builtins.Call c, Value.Agg d, Value x) {
        long es = es(c);
        if (RawVec.len(d) == RawVec.cap(d) || es == 0) reserve(c, d, 1);
        long len = RawVec.len(d);
        slots(d)[phys(d, len, es)] = x;
        RawVec.setLen(d, len + 1);
    }

    static void register(Map<String, Builtins.Native> r) {
        r.put("VecDeque::new", c -> empty(c.m(), es(c)));
        r.put("VecDeque::with_capacity", c -> {
            Value.Agg d = empty(c.m(), es(c));
            RawVec.resize(c.m(), d, c.usize(0), es(c), false, c.span(), what(c));
            return d;
        });
        r.put("VecDeque::len", c -> Value.usize(RawVec.len(c.agg(0))));
        r.put("VecDeque::is_empty", c -> Arith.bool(RawVec.len(c.agg(0)) == 0));
        r.put("VecDeque::capacity", c -> Value.usize(RawVec.cap(c.agg(0))));
        r.put("VecDeque::push_back", c -> {
            pushBack(c, c.agg(0), c.args()[1]);
            return Value.unit();
        });
        r.put("VecDeque::push_front", c -> {
            Value.Agg d = c.agg(0);
            long es = es(c);
            if (RawVec.len(d) == RawVec.cap(d) || es == 0) reserve(c, d, 1);
            if (es == 0) {
                List<Value> items = take(d, es);
                items.add(0, c.args()[1]);
                put(d, items, 0, es);
            } else {
                long h = wrapSub(d, head(d), 1);
                d.fields[HEAD] = Value.usize(h);
                slots(d)[(int) h] = c.args()[1];
                RawVec.setLen(d, RawVec.len(d) + 1);
            }
            return Value.unit();
        });
        r.put("VecDeque::pop_back", c -> {
            Value.Agg d = c.agg(0);
            long len = RawVec.len(d);
            if (len == 0) return c.m().types.none();
            int p = phys(d, len - 1, es(c));
            Value x = slots(d)[p];
            slots(d)[p] = Value.UNINIT;
            RawVec.setLen(d, len - 1);
            return c.m().types.some(x);
        });
        r.put("VecDeque::pop_front", c -> {
            Value.Agg d = c.agg(0);
            long len = RawVec.len(d), es = es(c);
            if (len == 0) return c.m().types.none();
            if (es == 0) {
                List<Value> items = take(d, es);
                Value x = items.remove(0);
                put(d, items, 0, es);
                return c.m().types.some(x);
            }
            int p = phys(d, 0, es);
            Value x = slots(d)[p];
            slots(d)[p] = Value.UNINIT;
            d.fields[HEAD] = Value.usize(phys(d, 1, es));
            RawVec.setLen(d, len - 1);
            return c.m().types.some(x);
        });
        r.put("VecDeque::front", c -> edge(c, true));
        r.put("VecDeque::back", c -> edge(c, false));
        r.put("VecDeque::get", c -> {
            Value.Agg d = c.agg(0);
            long i = c.usize(1);
            return Long.compareUnsigned(i, RawVec.len(d)) < 0 ? c.m().types.some(at(d, i, es(c))) : c.m().types.none();
        });
        r.put("VecDeque::index", c -> {
            Value.Agg d = c.agg(0);
            long i = c.usize(1);
            if (Long.compareUnsigned(i, RawVec.len(d)) >= 0) throw c.panic("Out of bounds access");
            return at(d, i, es(c));
        });
        r.put("VecDeque::iter", c -> borrowed(c, 0, RawVec.len(c.agg(0))));
        r.put("VecDeque::range", c -> {
            long[] b = Ranges.stdRange(c, 1, RawVec.len(c.agg(0)));
            return borrowed(c, b[0], b[1]);
        });
        r.put("VecDeque::into_iter", c -> {
            Value.Agg d = (Value.Agg) c.args()[0];
            long es = es(c);
            List<Value> items = take(d, es);
            Value buf = es == 0 || RawVec.cap(d) == 0 ? RawVec.dangling() : d.fields[Value.Agg.VEC_PTR];
            return Value.Agg.of(new Value.Native(items), Value.usize(0), buf, new Value.Native(c.tyArg(0)));
        });
        for (String it : new String[] {"DequeIter", "DequeIterMut", "DequeIntoIter", "DequeDrain"}) {
            r.put(it + "::next", c -> c.m().builtins.invokeKey("MapIter::next", c.typeArgs(), c.args(), c.argTys(), c.span()));
            r.put(it + "::next_back", c -> c.m().builtins.invokeKey("MapIter::next_back", c.typeArgs(), c.args(), c.argTys(), c.span()));
        }
        r.put("VecDeque::contains", c -> {
            Value.Agg d = c.agg(0);
            Value x = c.deref(1);
            for (long i = 0; i < RawVec.len(d); i++)
                if (Derived.eq(c.m(), Memory.get(at(d, i, es(c)), c.span()), x, c.tyArg(0), c.span())) return Value.TRUE;
            return Value.FALSE;
        });
        r.put("VecDeque::clear", c -> {
            truncate(c, c.agg(0), 0);
            c.agg(0).fields[HEAD] = Value.usize(0);
            return Value.unit();
        });
        r.put("VecDeque::truncate", c -> {
            truncate(c, c.agg(0), c.usize(1));
            return Value.unit();
        });
        r.put("VecDeque::reserve", c -> {
            reserve(c, c.agg(0), c.usize(1));
            return Value.unit();
        });
        r.put("VecDeque::shrink_to_fit", DequeBuiltins::shrinkToFit);
        r.put("VecDeque::insert", c -> {
            Value.Agg d = c.agg(0);
            long i = c.usize(1), es = es(c);
            if (Long.compareUnsigned(i, RawVec.len(d)) > 0) throw c.panic("index out of bounds");
            if (RawVec.len(d) == RawVec.cap(d) || es == 0) reserve(c, d, 1);
            long len = RawVec.len(d);
            long head = len - i < i ? head(d) : wrapSub(d, head(d), 1);
            List<Value> items = take(d, es);
            items.add((int) i, c.args()[2]);
            put(d, items, head, es);
            return Value.unit();
        });
        r.put("VecDeque::remove", c -> {
            Value.Agg d = c.agg(0);
            long i = c.usize(1), len = RawVec.len(d), es = es(c);
            if (Long.compareUnsigned(i, len) >= 0) return c.m().types.none();
            long head = len - i - 1 < i ? head(d) : phys(d, 1, es);
            List<Value> items = take(d, es);
            Value x = items.remove((int) i);
            put(d, items, head, es);
            return c.m().types.some(x);
        });
        r.put("VecDeque::swap", c -> {
            Value.Agg d = c.agg(0);
            long i = c.usize(1), j = c.usize(2), len = RawVec.len(d), es = es(c);
            if (Long.compareUnsigned(i, len) >= 0) throw c.panic("assertion failed: i < self.len()");
            if (Long.compareUnsigned(j, len) >= 0) throw c.panic("assertion failed: j < self.len()");
            Value[] s = slots(d);
            int pi = phys(d, i, es), pj = phys(d, j, es);
            Value t = s[pi];
            s[pi] = s[pj];
            s[pj] = t;
            return Value.unit();
        });
        r.put("VecDeque::rotate_left", c -> rotate(c, c.usize(1), true));
        r.put("VecDeque::rotate_right", c -> rotate(c, c.usize(1), false));
        r.put("VecDeque::make_contiguous", c -> {
            Value.Agg d = c.agg(0);
            makeContiguous(d, es(c));
            return RawVec.slice(d, head(d), RawVec.len(d));
        });
        r.put("VecDeque::as_slices", c -> {
            Value.Agg d = c.agg(0);
            long head = head(d), len = RawVec.len(d), cap = RawVec.cap(d);
            if (es(c) == 0 || head + len <= cap) return Value.Agg.of(RawVec.slice(d, head, len), RawVec.slice(d, 0, 0));
            return Value.Agg.of(RawVec.slice(d, head, cap - head), RawVec.slice(d, 0, len - (cap - head)));
        });
        r.put("VecDeque::drain", c -> {
            Value.Agg d = c.agg(0);
            long len = RawVec.len(d), es = es(c);
            long[] b = Ranges.stdRange(c, 1, len);
            long from = b[0], to = b[1], headLen = from, tailLen = len - to, drainLen = to - from;
            long head = len - drainLen == 0 ? 0 : headLen < tailLen ? phys(d, drainLen, es) : head(d);
            List<Value> items = take(d, es);
            List<Value> drained = new ArrayList<>(items.subList((int) from, (int) to));
            items.subList((int) from, (int) to).clear();
            put(d, items, head, es);
            return Value.Agg.of(new Value.Native(drained), Value.usize(0), RawVec.dangling(), new Value.Native(c.tyArg(0)));
        });
        r.put("VecDeque::retain", DequeBuiltins::retain);
        r.put("VecDeque::append", c -> {
            Value.Agg d = c.agg(0), o = c.agg(1);
            long es = es(c);
            reserve(c, d, RawVec.len(o));
            for (Value x : take(o, es)) pushBack(c, d, x);
            o.fields[HEAD] = Value.usize(0);
            return Value.unit();
        });
        r.put("VecDeque::clone", c -> {
            Value.Agg src = c.agg(0);
            long es = es(c), len = RawVec.len(src);
            Value.Agg d = empty(c.m(), es);
            RawVec.resize(c.m(), d, len, es, false, c.span(), what(c));
            for (long i = 0; i < len; i++) pushBack(c, d, Derived.cloneAt(c.m(), at(src, i, es), c.tyArg(0), c.span()));
            return d;
        });
        r.put("VecDeque::from_iter", c -> fromVec((Value.Agg) c.m().builtins.invokeKey("Vec::from_iter", c.typeArgs(),
                c.args(), c.argTys(), c.span())));
        r.put("VecDeque::from_vec", c -> fromVec((Value.Agg) c.args()[0]));
        r.put("VecDeque::into_vec", c -> {
            Value.Agg d = (Value.Agg) c.args()[0];
            long es = es(c);
            makeContiguous(d, es);
            if (head(d) != 0) put(d, take(d, es), 0, es);
            return Value.Agg.of(d.fields[0], d.fields[1], d.fields[2]);
        });
        r.put("VecDeque::extend", DequeBuiltins::extend);
    }

    /** A borrowing iterator over logical indices [from, to): pointers to their slots. */
    private static Value borrowed(Builtins.Call c, long from, long to) {
        Value.Agg d = c.agg(0);
        List<Value> items = new ArrayList<>();
        for (long i = from; i < to; i++) items.add(at(d, i, es(c)));
        return Value.Agg.of(new Value.Native(items), Value.usize(0), RawVec.dangling(), new Value.Native(TRUSTED));
    }

    private static Value.Agg fromVec(Value.Agg v) { return Value.Agg.of(v.fields[0], v.fields[1], v.fields[2], Value.usize(0)); }

    private static Value edge(Builtins.Call c, boolean front) {
        Value.Agg d = c.agg(0);
        long len = RawVec.len(d);
        if (len == 0) return c.m().types.none();
        return c.m().types.some(at(d, front ? 0 : len - 1, es(c)));
    }

    /** Drops the elements from logical index n on, in order (std drops its front slice, then its back one). */
    private static void truncate(Builtins.Call c, Value.Agg d, long n) {
        long len = RawVec.len(d), es = es(c);
        if (Long.compareUnsigned(n, len) >= 0) return;
        List<Value.Ptr> gone = new ArrayList<>();
        for (long i = n; i < len; i++) gone.add(at(d, i, es));
        RawVec.setLen(d, n);
        for (Value.Ptr p : gone) {
            c.m().drops.drop(p, Memory.get(p, c.span()), c.tyArg(0), c.span());
            Memory.set(p, Value.UNINIT, c.span());
        }
    }

    private static Value rotate(Builtins.Call c, long n, boolean left) {
        Value.Agg d = c.agg(0);
        long len = RawVec.len(d), es = es(c);
        if (Long.compareUnsigned(n, len) > 0) throw c.panic("assertion failed: n <= self.len()");
        long mid = left ? n : len - n, k = len - mid; // as a left rotation by mid
        long head = mid <= k ? phys(d, mid, es) : wrapSub(d, head(d), k);
        List<Value> items = take(d, es);
        List<Value> rotated = new ArrayList<>(items.subList((int) mid, items.size()));
        rotated.addAll(items.subList(0, (int) mid));
        put(d, rotated, head, es);
        return Value.unit();
    }

    private static void makeContiguous(Value.Agg d, long es) {
        long head = head(d), len = RawVec.len(d), cap = RawVec.cap(d);
        if (es == 0 || head + len <= cap) return;
        long free = cap - len, headLen = cap - head, tailLen = len - headLen;
        long newHead = free >= headLen ? 0 : free >= tailLen ? tailLen : headLen > tailLen ? free : 0;
        put(d, take(d, es), newHead, es);
    }

    private static Value shrinkToFit(Builtins.Call c) {
        Value.Agg d = c.agg(0);
        long es = es(c), len = RawVec.len(d), cap = RawVec.cap(d), head = head(d), target = len;
        if (es == 0 || cap <= target) return Value.unit();
        boolean tailOutside = head + len > target && head + len <= cap;
        long newHead;
        if (len == 0 || head >= target && tailOutside) newHead = 0;
        else if (head < target && tailOutside) newHead = head;
        else if (head + len > cap) newHead = target - (cap - head);
        else newHead = head;
        List<Value> items = take(d, es);
        RawVec.resize(c.m(), d, target, es, false, c.span(), what(c));
        put(d, items, newHead, es);
        return Value.unit();
    }

    /** std's `retain_mut`: kept elements are swapped forward, the rest dropped by a final truncate. */
    private static Value retain(Builtins.Call c) {
        Value.Agg d = c.agg(0);
        long len = RawVec.len(d), es = es(c);
        Ty elem = c.tyArg(0);
        long idx = 0, cur = 0;
        boolean gap = false;
        for (; cur < len; cur++) {
            boolean keep = ((Value.Bool) Closures.call(c, 1, new Value[] {at(d, cur, es)}, new Ty[] {Ty.refMut(elem)})).v();
            if (!keep) {
                if (!gap) {
                    gap = true;
                    continue;
                }
                continue;
            }
            if (gap) {
                Value[] s = slots(d);
                int pi = phys(d, idx, es), pc = phys(d, cur, es);
                Value t = s[pi];
                s[pi] = s[pc];
                s[pc] = t;
            }
            idx++;
        }
        if (cur != idx) truncate(c, d, idx);
        return Value.unit();
    }

    /** std's `spec_extend`: a trusted length reserves once; otherwise `reserve(lower + 1)` whenever full. */
    private static Value extend(Builtins.Call c) {
        Value.Agg d = c.agg(0);
        Ty elem = c.tyArg(0);
        Builtins.Call src = new Builtins.Call(c.m(), c.key(), List.of(c.tyArg(c.typeArgs().size() - 1)),
                new Value[] {c.args()[1]}, new Ty[] {c.argTys()[1]}, c.span());
        Object[] st = Collect.start(src);
        Value.Ptr it = (Value.Ptr) st[0];
        Ty iterTy = (Ty) st[1];
        Collect.Hint h = Collect.hint(c.m(), Memory.get(it, c.span()), iterTy, c);
        if (h.trusted() && h.n() >= 0) reserve(c, d, h.n());
        boolean full = true;
        for (Value x; (x = Collect.next(src, it, iterTy)) != null; ) {
            if (x instanceof Value.Ptr p && !(elem instanceof Ty.Ref) && !(elem instanceof Ty.RawPtr))
                x = Value.deepCopy(Memory.get(p, c.span()));
            if (!h.trusted() && full) {
                long lower = Math.max(0, Collect.hint(c.m(), Memory.get(it, c.span()), iterTy, c).n());
                reserve(c, d, lower + 1);
            }
            pushBack(c, d, x);
            full = RawVec.len(d) == RawVec.cap(d);
        }
        c.m().drops.drop(it, Memory.get(it, c.span()), iterTy, c.span());
        return Value.unit();
    }

    /** Drop glue: the elements in logical order, then the buffer. */
    static void drop(Interp m, Value.Agg d, Ty elem, Span span) {
        long es = m.sizes.size(elem), len = RawVec.len(d);
        Allocation buf = RawVec.buffer(d);
        if (m.drops.needsDrop(elem)) {
            for (long i = 0; i < len; i++) {
                Value.Ptr p = Value.Ptr.thin(buf, new int[] {phys(d, i, es)});
                m.drops.drop(p, Memory.get(p, span), elem, span);
                Memory.set(p, Value.UNINIT, span);
            }
        }
        RawVec.free(m, d, es, span);
    }

    /** Drop glue of Drain: the items it did not yield. */
    @SuppressWarnings("unchecked")
    static void dropDrain(Interp m, Value.Agg it, Span span) {
        Ty itemTy = (Ty) ((Value.Native) it.fields[3]).state();
        for (Value v : (List<Value>) ((Value.Native) it.fields[0]).state()) {
            if (v instanceof Value.Uninit) continue;
            m.drops.drop(Value.Ptr.thin(m.temp(v, "item"), new int[0]), v, itemTy, span);
        }
    }

    /** Pointers to the elements in logical order (for Debug). */
    static List<Value.Ptr> elements(Interp m, Value.Agg d, Ty elem) {
        long es = m.sizes.size(elem);
        List<Value.Ptr> out = new ArrayList<>();
        for (long i = 0; i < RawVec.len(d); i++) out.add(Value.Ptr.thin(RawVec.buffer(d), new int[] {phys(d, i, es)}));
        return out;
    }
}
