package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * rustc's struct layout algorithm over already computed field layouts (no types involved).
 *
 * <p>Rules implemented (rustc_abi {@code univariant}):
 * <ul>
 *   <li>Fields are reordered unless {@code reorder} is false (repr(C)); an unsizable tail (tuples,
 *       `?Sized` generic tails) stays last and is excluded from the sort.</li>
 *   <li>Sort key for structs: largest "alignment group" first, then larger niche first, then the
 *       niche closest to the field's start. The group is log2 of the alignment, or of the size when
 *       no field has a niche ({@code [u8; 4]} groups with {@code u32}); with niches it is capped at the
 *       largest field alignment. The sort is stable, so equal keys keep declaration order.</li>
 *   <li>Enum variants after a tag ({@code PREFIXED}) sort the other way: smallest group first and the
 *       largest niche last in its group.</li>
 *   <li>Each field is placed at the next offset aligned for it; the size is rounded up to the
 *       largest alignment. The struct's niche is the largest field niche (the first one on ties).</li>
 *   <li>When that niche is neither at the start nor touching the end, the layout is recomputed
 *       with niches biased to the end (largest niche last, last one wins ties) and that layout is
 *       kept when its niche is further from the start than both niches are from their edges.</li>
 * </ul>
 */
final class LayoutCalculator {
    /** Raised for layouts rustc rejects (too big, unsized in a sized position); never leaves {@link LayoutOf}. */
    static final class LayoutFailure extends RuntimeException {
        LayoutFailure(String message) { super(message, null, false, false); }
    }

    enum Kind { ALWAYS_SIZED, MAYBE_UNSIZED, PREFIXED }

    private enum Bias { START, END }

    /** rustc's object size bound on 64-bit targets. */
    static final long MAX_SIZE = 1L << 61;

    private LayoutCalculator() {}

    static Layout univariant(List<Layout> fields, List<String> names, Kind kind, long prefixSize,
                             long prefixAlign, boolean reorder) {
        Layout layout = biased(fields, names, kind, prefixSize, prefixAlign, reorder, Bias.START);
        LayoutNiche niche = layout.largestNiche();
        if (kind != Kind.MAYBE_UNSIZED && niche != null && fields.size() > 1) {
            long head = niche.offset();
            long tail = layout.size() - head - niche.scalar().size();
            if (head != 0 && tail > 0) {
                Layout alt = biased(fields, names, kind, prefixSize, prefixAlign, reorder, Bias.END);
                LayoutNiche altNiche = alt.largestNiche();
                long altHead = altNiche.offset();
                if (altHead > head && altHead > tail) return alt;
            }
        }
        return layout;
    }

    static Layout struct(List<Layout> fields, List<String> names, Kind kind) {
        return univariant(fields, names, kind, 0, 1, true);
    }

    private static Layout biased(List<Layout> fields, List<String> names, Kind kind, long prefixSize,
                                 long prefixAlign, boolean reorder, Bias bias) {
        int n = fields.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        int end = kind == Kind.MAYBE_UNSIZED && n > 0 ? n - 1 : n;
        if (reorder && n > 1) {
            List<Integer> optimizing = order.subList(0, end);
            long maxFieldAlign = 1;
            long largestNicheSize = 0;
            for (int i = 0; i < end; i++) {
                maxFieldAlign = Math.max(maxFieldAlign, fields.get(i).align());
                LayoutNiche ni = fields.get(i).largestNiche();
                if (ni != null && Long.compareUnsigned(ni.available(), largestNicheSize) > 0) largestNicheSize = ni.available();
            }
            GroupKey group = new GroupKey(maxFieldAlign, largestNicheSize, bias);
            Comparator<Integer> cmp = kind == Kind.PREFIXED
                    ? Comparator.<Integer>comparingLong(i -> group.of(fields.get(i)))
                            .thenComparing((a, b) -> Long.compareUnsigned(nicheSize(fields.get(a)), nicheSize(fields.get(b))))
                    : Comparator.<Integer>comparingLong(i -> -group.of(fields.get(i)))
                            .thenComparing((a, b) -> Long.compareUnsigned(nicheKey(fields.get(a), bias), nicheKey(fields.get(b), bias)))
                            .thenComparing((a, b) -> Long.compareUnsigned(innerNicheKey(fields.get(a), bias),
                                    innerNicheKey(fields.get(b), bias)));
            optimizing.sort(cmp);
        }
        long[] offsets = new long[n];
        long offset = 0;
        long align = 1;
        if (kind == Kind.PREFIXED) {
            align = Math.max(align, prefixAlign);
            offset = alignTo(prefixSize, prefixAlign);
        }
        LayoutNiche largest = null;
        long largestAvailable = 0;
        boolean uninhabited = false;
        boolean sized = true;
        for (int i : order) {
            Layout f = fields.get(i);
            if (!sized) throw new LayoutFailure("an unsized field must be the last one");
            if (!f.sized()) {
                if (kind != Kind.MAYBE_UNSIZED) throw new LayoutFailure("an unsized type was found where a sized type was expected");
                sized = false;
            }
            offset = alignTo(offset, f.align());
            align = Math.max(align, f.align());
            offsets[i] = offset;
            LayoutNiche ni = f.largestNiche();
            if (ni != null) {
                int c = Long.compareUnsigned(ni.available(), largestAvailable);
                if (bias == Bias.START ? c > 0 : c >= 0) {
                    largestAvailable = ni.available();
                    largest = ni.shifted(offset);
                }
            }
            uninhabited |= f.uninhabited();
            offset = Math.addExact(offset, f.size());
            if (offset >= MAX_SIZE) throw new LayoutFailure("values of this type are too big for the target architecture");
        }
        long size = alignTo(offset, align);
        if (size >= MAX_SIZE) throw new LayoutFailure("values of this type are too big for the target architecture");
        List<Long> offs = new ArrayList<>(n);
        for (long o : offsets) offs.add(o);
        Layout.Fields shape = new Layout.Fields.Arbitrary(offs, order, names);
        return new Layout(size, align, shape, new Layout.Variants.Single(0), largest, uninhabited, sized);
    }

    /** The "effective alignment" group of a field (log2), see the class rules. */
    private record GroupKey(long maxFieldAlign, long largestNicheSize, Bias bias) {
        long of(Layout f) {
            long sizeAsAlign = Long.numberOfTrailingZeros(Math.max(f.align(), f.size()));
            if (largestNicheSize == 0) return sizeAsAlign;
            return switch (bias) {
                case START -> Math.min(Long.numberOfTrailingZeros(maxFieldAlign), sizeAsAlign);
                case END -> nicheSize(f) == largestNicheSize ? Long.numberOfTrailingZeros(f.align()) : sizeAsAlign;
            };
        }
    }

    private static long nicheSize(Layout f) { return f.largestNiche() == null ? 0 : f.largestNiche().available(); }

    private static long nicheKey(Layout f, Bias bias) {
        return bias == Bias.START ? ~nicheSize(f) : nicheSize(f);
    }

    private static long innerNicheKey(Layout f, Bias bias) {
        LayoutNiche ni = f.largestNiche();
        if (ni == null) return 0;
        return bias == Bias.START ? ni.offset() : ~(f.size() - ni.scalar().size() - ni.offset());
    }

    static long alignTo(long offset, long align) { return (offset + align - 1) & -align; }

    /** An array (or, with {@code count} null, a slice) of {@code elem}. */
    static Layout array(Layout elem, Long count) {
        long c = count == null ? 0 : count;
        long size;
        try {
            size = Math.multiplyExact(elem.size(), c);
        } catch (ArithmeticException e) {
            throw new LayoutFailure("values of this type are too big for the target architecture");
        }
        if (size >= MAX_SIZE) throw new LayoutFailure("values of this type are too big for the target architecture");
        return new Layout(size, elem.align(), new Layout.Fields.Array(elem.size(), c), new Layout.Variants.Single(0),
                c != 0 ? elem.largestNiche() : null, elem.uninhabited() && c != 0, count != null);
    }
}
