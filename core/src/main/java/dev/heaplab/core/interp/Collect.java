package dev.heaplab.core.interp;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * `FromIterator` for Vec and String, allocating as std does:
 * <ul>
 * <li>an iterator whose length is known and trusted (slice and vec iterators, Drain, integer ranges, and
 *     Map/Enumerate/Rev/Zip/Take/Copied/Cloned over them) gives one allocation of exactly that length;</li>
 * <li>one with only an exact hint (Skip over those) allocates max(MIN_NON_ZERO_CAP, n) at the first element;</li>
 * <li>any other iterator grows like pushes (first allocation at the first element).</li>
 * </ul>
 * Collecting a `vec::IntoIter` reuses its buffer when it has not been advanced or still holds half its
 * capacity, and an in-place-capable adapter chain over one (map, filter, enumerate, skip, take, zip…)
 * reuses it when the new elements fit in the old ones (std's in-place iteration specialisation).
 */
final class Collect {
    private Collect() {}

    /** What the iterator tells about its length: -1 unknown, else the count; trusted or a mere hint. */
    record Hint(long n, boolean trusted) {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("Vec::from_iter", Collect::vec);
        r.put("String::from_iter", Collect::string);
    }

    /** Calls `IntoIterator::into_iter` on argument 0 and returns a pointer to the iterator and its type. */
    static Object[] start(Builtins.Call c) {
        Interp m = c.m();
        Ty srcTy = c.typeArgs().isEmpty() ? c.argTys()[0] : c.typeArgs().get(c.typeArgs().size() - 1);
        TraitDef ii = m.defs.langTrait("IntoIterator");
        Value iter = c.args()[0];
        Ty iterTy = srcTy;
        if (ii != null && ii.methods().containsKey("into_iter")) {
            iter = m.calls.callFn(ii.methods().get("into_iter"), List.of(srcTy), new Value[] {iter}, new Ty[] {srcTy}, c.span());
            Ty proj = m.calls.resolver().normalize(new Ty.Projection(ii.id(), List.of(), "IntoIter", srcTy));
            if (!(proj instanceof Ty.Projection)) iterTy = proj;
        }
        Allocation slot = m.temp(iter, "iterator");
        return new Object[] {Value.Ptr.thin(slot, new int[0]), iterTy};
    }

    /** `Iterator::next` on the iterator: the item, or null at the end. */
    static Value next(Builtins.Call c, Value.Ptr it, Ty iterTy) {
        TraitDef itd = c.m().defs.langTrait("Iterator");
        DefId next = itd.methods().get("next");
        Value opt = c.m().calls.callNext(next, it, iterTy, c.span());
        Value.Agg o = (Value.Agg) opt;
        return o.variant == c.m().types.optionVariant(true) ? o.fields[0] : null;
    }

    private static Value vec(Builtins.Call c) {
        Interp m = c.m();
        Object[] st = start(c);
        Value.Ptr it = (Value.Ptr) st[0];
        Ty iterTy = (Ty) st[1];
        Ty elem = c.tyArg(0);
        long es = m.sizes.size(elem);
        String what = "Vec<" + m.types.display(elem) + ">";
        Value reused = inPlace(c, it, iterTy, elem);
        if (reused != null) return reused;
        Hint h = hint(m, Memory.get(it, c.span()), iterTy, c);
        Value.Agg v = RawVec.empty(m, es);
        if (h.n() >= 0 && h.trusted()) RawVec.resize(m, v, h.n(), es, false, c.span(), what);
        boolean first = true;
        for (Value x; (x = next(c, it, iterTy)) != null; ) {
            long len = RawVec.len(v);
            if (!h.trusted() && len == RawVec.cap(v)) {
                // SpecFromIterNested / extend_desugared: room for the remaining lower bound plus this one.
                long lower = Math.max(0, hint(m, Memory.get(it, c.span()), iterTy, c).n());
                if (first) RawVec.resize(m, v, Math.max(RawVec.minNonZeroCap(es), lower + 1), es, false, c.span(), what);
                else RawVec.reserve(m, v, lower + 1, es, false, false, c.span(), what);
            }
            first = false;
            RawVec.reserve(m, v, 1, es, false, false, c.span(), what);
            VecBuiltins.elems(v).fields[(int) len] = x;
            RawVec.setLen(v, len + 1);
        }
        m.drops.drop(it, Memory.get(it, c.span()), iterTy, c.span());
        return v;
    }

    /** Adapters through which std collects in place (`InPlaceIterable + SourceIter`, one item per item). */
    private static final java.util.Set<String> IN_PLACE_ADAPTERS = java.util.Set.of("Map", "Filter", "FilterMap",
            "Enumerate", "Skip", "Take", "TakeWhile", "SkipWhile", "MapWhile", "Scan", "StepBy", "Inspect", "Peekable",
            "Copied", "Cloned", "Zip", "ResultShunt", "OptionShunt");

    /**
     * The vec::IntoIter at the source of an in-place-capable chain, as {type, value}, else null.
     * {@code bare} receives whether the iterator is the IntoIter itself.
     */
    private static Object[] inPlaceSource(Interp m, Value v, Ty ty) {
        if (!(ty instanceof Ty.Adt a) || !(v instanceof Value.Agg g)) return null;
        AdtDef d = m.defs.adt(a.def());
        if (d.lang() == LangItem.ITER) return d.name().equals("IntoIter") ? new Object[] {a, g} : null;
        if (!IN_PLACE_ADAPTERS.contains(d.name()) || d.isEnum() || a.args().isEmpty()) return null;
        Value inner = field(d, g, d.name().equals("Zip") ? "a" : "iter");
        return inner == null ? null : inPlaceSource(m, inner, a.args().get(0));
    }

    /**
     * std's in-place collection: the result takes over the source vector's buffer. Returns null when
     * it does not apply (the caller then allocates as usual).
     */
    private static Value inPlace(Builtins.Call c, Value.Ptr it, Ty iterTy, Ty elem) {
        Interp m = c.m();
        Value state = Memory.get(it, c.span());
        Object[] src = inPlaceSource(m, state, iterTy);
        if (src == null) return null;
        Ty.Adt srcTy = (Ty.Adt) src[0];
        Value.Agg ii = (Value.Agg) src[1];
        Ty srcElem = srcTy.args().get(srcTy.args().size() - 1);
        long ss = m.sizes.size(srcElem), ds = m.sizes.size(elem);
        long srcCap = ((Value.Int) ii.fields[1]).bits();
        long start = ((Value.Int) ii.fields[2]).bits(), end = ((Value.Int) ii.fields[3]).bits();
        boolean bare = state == ii;
        if (bare) {
            // SpecFromIter for IntoIter: reuse unless advanced with less than half the capacity left;
            // otherwise `Vec::new()` extended by the remaining elements (amortised growth).
            if (start != 0 && end - start < srcCap / 2) {
                Value.Agg v = RawVec.empty(m, ds);
                if (end > start) RawVec.reserve(m, v, end - start, ds, false, false, c.span(), "Vec<" + m.types.display(elem) + ">");
                return fill(c, v, it, iterTy);
            }
            if (srcCap == 0) return null;
        } else if (ss == 0 || ds == 0 || srcCap == 0 || ss < ds || m.sizes.align(srcElem) != m.sizes.align(elem)) {
            return null; // in_place_collectible: same alignment, the new element no larger than the old
        }
        java.util.ArrayList<Value> items = new java.util.ArrayList<>();
        if (bare) {
            Value.Agg buf = (Value.Agg) RawVec.buffer(Value.Agg.of(ii.fields[0], ii.fields[1], Value.usize(0))).root;
            for (long k = start; k < end; k++) items.add(buf.fields[(int) k]);
            ii.fields[2] = Value.usize(end);
        } else {
            for (Value x; (x = next(c, it, iterTy)) != null; ) items.add(x);
        }
        // Elements the chain never pulled are dropped; the buffer then belongs to the result.
        Value.Agg asVec = Value.Agg.of(ii.fields[0], ii.fields[1], Value.usize(0));
        Allocation buffer = RawVec.buffer(asVec);
        long s0 = ((Value.Int) ii.fields[2]).bits(), e0 = ((Value.Int) ii.fields[3]).bits();
        m.drops.dropElements(buffer, s0, e0, srcElem, c.span());
        ii.fields[0] = RawVec.dangling();
        ii.fields[1] = Value.usize(0);
        ii.fields[2] = Value.usize(0);
        ii.fields[3] = Value.usize(0);
        long dstCap = srcCap * ss / ds;
        Value[] fields = new Value[(int) dstCap];
        java.util.Arrays.fill(fields, Value.UNINIT);
        for (int k = 0; k < items.size(); k++) fields[k] = items.get(k);
        buffer.root = new Value.Agg(0, fields);
        Allocation result = buffer;
        boolean realloc = ss % ds != 0 && ds % ss != 0 && srcCap * ss != dstCap * ds;
        if (realloc) result = m.heap.realloc(buffer, dstCap * ds, c.span());
        m.drops.drop(it, Memory.get(it, c.span()), iterTy, c.span()); // the adapters (closures) last
        return Value.Agg.of(Value.Ptr.thin(result, new int[0]), Value.usize(dstCap), Value.usize(items.size()));
    }

    /** Pushes the iterator's remaining items into {@code v} (room already reserved), then drops the iterator. */
    private static Value fill(Builtins.Call c, Value.Agg v, Value.Ptr it, Ty iterTy) {
        for (Value x; (x = next(c, it, iterTy)) != null; ) {
            long len = RawVec.len(v);
            VecBuiltins.elems(v).fields[(int) len] = x;
            RawVec.setLen(v, len + 1);
        }
        c.m().drops.drop(it, Memory.get(it, c.span()), iterTy, c.span());
        return v;
    }

    private static Value string(Builtins.Call c) {
        Interp m = c.m();
        Object[] st = start(c);
        Value.Ptr it = (Value.Ptr) st[0];
        Ty iterTy = (Ty) st[1];
        Value.Agg s = RawVec.empty(m, 1);
        boolean first = true;
        // `Extend<char>` / `Extend<&char>` reserve the iterator's lower size bound before pushing.
        long lower = Math.max(0, hint(m, Memory.get(it, c.span()), iterTy, c).n());
        for (Value x; (x = next(c, it, iterTy)) != null; first = false) {
            if (first && lower > 0 && (x instanceof Value.Char || x instanceof Value.Ptr p0 && p0.meta() < 0
                    && Memory.get(p0, c.span()) instanceof Value.Char)) {
                RawVec.reserve(m, s, lower, 1, true, false, c.span(), "String");
            }
            // std's `FromIterator<String> for String` keeps the first String as its buffer
            if (first && x instanceof Value.Agg g0) {
                s = g0;
                continue;
            }
            byte[] b = switch (x) {
                case Value.Char ch -> new String(Character.toChars(ch.cp())).getBytes(StandardCharsets.UTF_8);
                // a thin pointer is a `&char`; `&str` items carry their length
                case Value.Ptr p when p.meta() < 0 && Memory.get(p, c.span()) instanceof Value.Char ch ->
                        new String(Character.toChars(ch.cp())).getBytes(StandardCharsets.UTF_8);
                case Value.Ptr p -> Memory.bytes(p, c.span());
                case Value.Agg g -> StringBuiltins.bytes(g, c.span());
                default -> throw new MachineStop.Internal("collecting " + x + " into a String", c.span());
            };
            StringBuiltins.append(m, s, b, c.span());
            // std's `Extend<String>` pushes `&item` and drops the item after: it is live while the buffer grows
            if (x instanceof Value.Agg g) RawVec.free(m, g, 1, c.span());
        }
        m.drops.drop(it, Memory.get(it, c.span()), iterTy, c.span());
        return s;
    }

    /** The length an iterator state knows in advance (see the class rules). */
    static Hint hint(Interp m, Value v, Ty ty, Builtins.Call c) {
        if (ty instanceof Ty.Ref r && v instanceof Value.Ptr p && r.mutable())
            return hint(m, Memory.get(p, c.span()), r.inner(), c);
        if (!(ty instanceof Ty.Adt a) || !(v instanceof Value.Agg g)) return new Hint(-1, false);
        AdtDef d = m.defs.adt(a.def());
        String name = d.name();
        if (d.lang() == LangItem.ITER && name.equals("SetIter") && ((Value.Native) g.fields[3]).state() instanceof HashBuiltins.SetOpHint h)
            return new Hint(Math.max(0, h.prefix() - ((Value.Int) g.fields[1]).bits()), false);
        if (d.lang() == LangItem.ITER && name.equals("BTreeSetIter") && g.fields[3] instanceof Value.Native nv
                && nv.state() instanceof BTreeSetBuiltins.Lowers lw)
            return new Hint(lw.lower()[(int) Math.min(lw.lower().length - 1, ((Value.Int) g.fields[1]).bits())], false);
        if (d.lang() == LangItem.ITER) {
            return switch (name) {
                case "Iter", "IterMut" -> new Hint(((Value.Int) g.fields[1]).bits(), true);
                case "IntoIter" -> new Hint(((Value.Int) g.fields[3]).bits() - ((Value.Int) g.fields[2]).bits(), true);
                case "ArrayIntoIter" -> new Hint(((Value.Int) g.fields[2]).bits() - ((Value.Int) g.fields[1]).bits(), true);
                // str iterators hold the rest of the string: bytes are exact (TrustedLen), chars at least len/4.
                case "Bytes" -> new Hint(((Value.Ptr) g.fields[0]).meta(), true);
                case "Chars", "CharIndices" -> new Hint((((Value.Ptr) g.fields[0]).meta() + 3) / 4, false);
                // Windows/Chunks: {first, remaining length, size}; TrustedRandomAccess, so exact.
                case "Windows", "Chunks", "ChunksMut", "ChunksExact", "ChunksExactMut" -> {
                    long rem = ((Value.Int) g.fields[1]).bits(), size = ((Value.Int) g.fields[2]).bits();
                    yield new Hint(switch (name) {
                        case "Windows" -> Math.max(0, rem - size + 1);
                        case "ChunksExact", "ChunksExactMut" -> rem / size;
                        default -> (rem + size - 1) / size;
                    }, true);
                }
                case "Drain" -> new Hint(((Value.Int) g.fields[2]).bits() - ((Value.Int) g.fields[1]).bits(), true);
                case "Keys", "Values", "ValuesMut", "MapIter", "MapIterMut", "MapIntoIter", "SetIter", "SetIntoIter",
                     "BTreeIntoIter", "BTreeSetIter", "BTreeSetIntoIter", "DequeIter", "DequeIterMut", "DequeIntoIter", "DequeDrain" ->
                        ((Value.Native) g.fields[3]).state() == BTreeBuiltins.RANGE ? new Hint(0, false) : new Hint(((List<?>) ((Value.Native) g.fields[0]).state()).size() - ((Value.Int) g.fields[1]).bits(),
                                ((Value.Native) g.fields[3]).state() == BTreeBuiltins.TRUSTED || name.startsWith("Deque") && !name.equals("DequeDrain")
                                        // rustc 1.95 collects a consumed BTreeMap/BTreeSet exactly too (measured: 1 entry, 1 slot)
                                        || name.equals("BTreeIntoIter") || name.equals("BTreeSetIntoIter"));
                default -> new Hint(-1, false);
            };
        }
        // `a..`: endless and TrustedLen (so zipping it keeps the other side's exact length)
        if (d.lang() == LangItem.RANGE_FROM) return new Hint(Long.MAX_VALUE / 4, true);
        if (d.lang() == LangItem.RANGE || d.lang() == LangItem.RANGE_INCLUSIVE) {
            Value s = field(d, g, "start"), e = field(d, g, "end");
            if (s instanceof Value.Int si && e instanceof Value.Int ei) {
                long n = ei.bits() - si.bits() + (d.lang() == LangItem.RANGE_INCLUSIVE ? 1 : 0);
                Value ex = field(d, g, "exhausted");
                if (ex instanceof Value.Bool b && b.v()) n = 0;
                return new Hint(Math.max(0, n), true);
            }
            // char ranges are TrustedLen too; their steps skip the surrogates (std's `Step for char`)
            if (s instanceof Value.Char sc && e instanceof Value.Char ec) {
                long n = ec.cp() - sc.cp() + (d.lang() == LangItem.RANGE_INCLUSIVE ? 1 : 0);
                if (sc.cp() < 0xD800 && ec.cp() >= 0xE000) n -= 0x800;
                Value ex = field(d, g, "exhausted");
                if (ex instanceof Value.Bool b && b.v()) n = 0;
                return new Hint(Math.max(0, n), true);
            }
            return new Hint(-1, false);
        }
        Ty inner = a.args().isEmpty() ? null : a.args().get(0);
        Value iv = field(d, g, "iter");
        switch (name) {
            case "Map", "Enumerate", "Rev", "Copied", "Cloned", "Inspect" -> {
                return iv == null ? new Hint(-1, false) : hint(m, iv, inner, c);
            }
            // the map's consuming iterator is their field, not their first type argument (the key)
            case "IntoKeys", "IntoValues", "BTreeIntoKeys", "BTreeIntoValues" -> {
                Ty it = fieldTy(m, a, "iter");
                return iv == null || it == null ? new Hint(-1, false) : hint(m, iv, it, c);
            }
            // binary_heap::Drain: the Vec's drain's exact length, but not TrustedLen
            case "HeapDrain" -> {
                Ty it = fieldTy(m, a, "iter");
                return iv == null || it == null ? new Hint(-1, false) : new Hint(hint(m, iv, it, c).n(), false);
            }
            case "Fuse", "OptionIter" -> {
                Value.Agg o = iv instanceof Value.Agg x ? x : field(d, g, "inner") instanceof Value.Agg y ? y : null;
                if (o == null) return new Hint(-1, false);
                if (o.variant != m.types.optionVariant(true)) return new Hint(0, true);
                return name.equals("Fuse") ? hint(m, o.fields[0], inner, c) : new Hint(1, true);
            }
            case "Peekable" -> {
                Value pk = field(d, g, "peeked");
                Hint h = iv == null ? new Hint(-1, false) : hint(m, iv, inner, c);
                if (!(pk instanceof Value.Agg po) || po.variant != m.types.optionVariant(true)) return h;
                Value.Agg peeked = (Value.Agg) po.fields[0];
                if (peeked.variant != m.types.optionVariant(true)) return new Hint(0, true);
                return h.n() < 0 ? new Hint(1, false) : new Hint(h.n() + 1, h.trusted());
            }
            case "StepBy" -> {
                Hint h = iv == null ? new Hint(-1, false) : hint(m, iv, inner, c);
                if (h.n() < 0 || !(field(d, g, "step") instanceof Value.Int st) || !(field(d, g, "first") instanceof Value.Bool f))
                    return new Hint(-1, false);
                long step = st.bits() + 1;
                long n = f.v() ? (h.n() == 0 ? 0 : 1 + (h.n() - 1) / step) : h.n() / step;
                return new Hint(n, h.trusted() && randomAccess(m, iv, inner));
            }
            // `<[T]>::rchunks`: exact, as std's (TrustedRandomAccess)
            case "RChunks" -> {
                if (!(field(d, g, "v") instanceof Value.Ptr vp) || !(field(d, g, "size") instanceof Value.Int sz)) return new Hint(-1, false);
                return new Hint((vp.meta() + sz.bits() - 1) / sz.bits(), true);
            }
            // `<[T]>::rchunks_exact`: exact too (TrustedRandomAccess)
            case "RChunksExact" -> {
                if (!dev.heaplab.core.typeck.CheckedStd.isStd(d.span())) return new Hint(-1, false);
                if (!(field(d, g, "v") instanceof Value.Ptr vp) || !(field(d, g, "size") instanceof Value.Int sz)) return new Hint(-1, false);
                return new Hint(vp.meta() / sz.bits(), true);
            }
            // `char::escape_*`: exact (ExactSizeIterator), not TrustedLen
            case "EscapeChar" -> {
                if (!dev.heaplab.core.typeck.CheckedStd.isStd(d.span())) return new Hint(-1, false);
                if (!(field(d, g, "pos") instanceof Value.Int p) || !(field(d, g, "end") instanceof Value.Int e)) return new Hint(-1, false);
                return new Hint(e.bits() - p.bits(), false);
            }
            // `<[T]>::split`: at least one more piece until finished (std's `Split::size_hint`)
            case "SliceSplit" -> {
                return new Hint(field(d, g, "finished") instanceof Value.Bool b && b.v() ? 0 : 1, false);
            }
            // std::iter::repeat: endless and TrustedLen (so `take(n)` of it is exact)
            case "Repeat" -> {
                return new Hint(Long.MAX_VALUE / 4, true);
            }
            // std::iter::repeat_with: endless and TrustedLen too (measured: `take(2)` collects exactly 2)
            case "RepeatWith" -> {
                return new Hint(Long.MAX_VALUE / 4, true);
            }
            case "RepeatN" -> {
                return new Hint(field(d, g, "count") instanceof Value.Int n ? n.bits() : -1, true);
            }
            // std::iter::empty: nothing, and TrustedLen (so a chain through it stays exact)
            case "Empty" -> {
                if (!dev.heaplab.core.typeck.CheckedStd.isStd(d.span())) return new Hint(-1, false);
                return new Hint(0, true);
            }
            case "Once" -> {
                Value o = field(d, g, "inner");
                return new Hint(o instanceof Value.Agg oa && oa.variant == m.types.optionVariant(true) ? 1 : 0, true);
            }
            case "Cycle" -> {
                Value ov = field(d, g, "orig");
                Hint h = ov == null ? new Hint(-1, false) : hint(m, ov, inner, c);
                // std: empty or endless by the original's lower bound; an unknown one (a filter's, a user
                // iterator's default `size_hint`) is 0, so the cycle's is 0 too
                return new Hint(h.n() > 0 ? Long.MAX_VALUE / 4 : h.n(), false);
            }
            // std's lower bound: what the inner iterators being read at each end still hold
            case "Flatten", "FlatMap" -> {
                long n = 0;
                for (String f : new String[] {"front", "back"}) {
                    Value fv = field(d, g, f);
                    Ty ft = d.struct().fieldIndex(f) < 0 ? null : fieldTy(m, a, f);
                    if (!(fv instanceof Value.Agg fo) || fo.variant != m.types.optionVariant(true) || ft == null) continue;
                    n += Math.max(0, hint(m, fo.fields[0], ft, c).n());
                }
                return new Hint(n, false);
            }
            case "Chain" -> {
                long n = 0;
                boolean trusted = true;
                for (String f : new String[] {"a", "b"}) {
                    Value fv = field(d, g, f);
                    Ty ft = fieldTy(m, a, f);
                    if (!(fv instanceof Value.Agg fo) || fo.variant != m.types.optionVariant(true)) continue;
                    Hint h = ft == null ? new Hint(-1, false) : hint(m, fo.fields[0], ft, c);
                    // std's lower bound is the sum of both sides' (a filter's is 0)
                    if (h.n() < 0) {
                        trusted = false;
                        continue;
                    }
                    n += h.n();
                    trusted &= h.trusted();
                }
                return new Hint(n, trusted);
            }
            case "Take", "Skip" -> {
                if (iv == null) return new Hint(-1, false);
                Hint h = hint(m, iv, inner, c);
                Value nv = field(d, g, "n");
                if (h.n() < 0 || !(nv instanceof Value.Int n)) return new Hint(-1, false);
                return name.equals("Take") ? new Hint(Math.min(h.n(), n.bits()), h.trusted())
                        : new Hint(Math.max(0, h.n() - n.bits()), h.trusted() && randomAccess(m, iv, inner));
            }
            case "Zip" -> {
                Value av = field(d, g, "a"), bv = field(d, g, "b");
                if (av == null || bv == null || a.args().size() < 2) return new Hint(-1, false);
                Hint ha = hint(m, av, a.args().get(0), c), hb = hint(m, bv, a.args().get(1), c);
                if (ha.n() < 0 || hb.n() < 0) return new Hint(-1, false);
                return new Hint(Math.min(ha.n(), hb.n()), ha.trusted() && hb.trusted());
            }
            default -> { return new Hint(-1, false); }
        }
    }

    /**
     * std's TrustedRandomAccess iterators (slice and vec iterators, integer ranges, and Map/Enumerate/
     * Copied/Cloned/Skip/Zip over them): Skip and StepBy over one keep an exact length (TrustedLen).
     */
    private static boolean randomAccess(Interp m, Value v, Ty ty) {
        if (!(ty instanceof Ty.Adt a) || !(v instanceof Value.Agg g)) return false;
        AdtDef d = m.defs.adt(a.def());
        if (d.lang() == LangItem.ITER) return java.util.Set.of("Iter", "IterMut", "IntoIter", "Windows", "Chunks", "ChunksMut", "ChunksExact").contains(d.name());
        if (d.lang() == LangItem.RANGE) return true;
        Ty inner = a.args().isEmpty() ? null : a.args().get(0);
        return switch (d.name()) {
            case "Map", "Enumerate", "Copied", "Cloned", "Skip" -> inner != null && randomAccess(m, field(d, g, "iter"), inner);
            case "Zip" -> a.args().size() >= 2 && randomAccess(m, field(d, g, "a"), a.args().get(0))
                    && randomAccess(m, field(d, g, "b"), a.args().get(1));
            default -> false;
        };
    }

    /** The type of field {@code name} of struct type {@code a}, with its generics substituted (or, inside an
     *  Option, the Option's content type). */
    private static Ty fieldTy(Interp m, Ty.Adt a, String name) {
        Ty t = m.types.fieldTy(a, name);
        if (t instanceof Ty.Adt o && m.defs.adt(o.def()).name().equals("Option") && !o.args().isEmpty()) return o.args().get(0);
        return t;
    }

    private static Value field(AdtDef d, Value.Agg g, String name) {
        int i = d.struct().fieldIndex(name);
        return i < 0 || i >= g.fields.length ? null : g.fields[i];
    }
}
