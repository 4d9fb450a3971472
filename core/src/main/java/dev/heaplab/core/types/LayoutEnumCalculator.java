package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.List;

/**
 * rustc's layout of structs and enums from their variants' field layouts: picks between a tagged
 * layout and a niche-filling layout.
 *
 * <p>Rules implemented (rustc_abi {@code layout_of_struct_or_enum}):
 * <ul>
 *   <li>A variant is absent when it is uninhabited and all its fields are 1-aligned ZSTs. An enum
 *       with no present variant is uninhabited (size 0); with one present variant it is laid out
 *       as that variant's struct (no tag at all).</li>
 *   <li>Tagged: the tag is the smallest integer holding every inhabited discriminant (at least a
 *       byte, signed if one is negative), placed first; each variant's fields follow it (sorted by
 *       ascending alignment); the tag then widens up to the smallest alignment of the variants'
 *       first non-ZST fields. Its unused values become the enum's niche.</li>
 *   <li>Niche-filling: the largest variant (the last one on ties) keeps its layout; the other
 *       present variants are numbered by invalid values of its largest niche and must fit
 *       entirely before or after that niche.</li>
 *   <li>The niche-filling layout wins when smaller, or equal in size with a larger niche left.</li>
 *   <li>{@code UnsafeCell} contents (Cell, RefCell, Mutex, atomics) offer no niche.</li>
 * </ul>
 */
final class LayoutEnumCalculator {
    private LayoutEnumCalculator() {}

    /** One variant's name, field names, field layouts and discriminant. */
    record VariantInput(String name, List<String> fieldNames, List<Layout> fields, long discriminant) {
        VariantInput {
            fieldNames = List.copyOf(fieldNames);
            fields = List.copyOf(fields);
        }

        boolean absent() {
            return fields.stream().anyMatch(Layout::uninhabited) && fields.stream().allMatch(Layout::is1Zst);
        }

        boolean hasUninhabitedField() { return fields.stream().anyMatch(Layout::uninhabited); }
    }

    /**
     * Lays out a struct ({@code isEnum} false, one variant) or an enum. {@code reprInt} is the
     * byte size of an explicit integer repr (signedness in {@code reprSigned}), or 0 for none.
     */
    static Layout structOrEnum(List<VariantInput> variants, boolean isEnum, LayoutCalculator.Kind structKind,
                               boolean noNiche, int reprInt, boolean reprSigned) {
        int first = -1;
        int second = -1;
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).absent()) continue;
            if (first < 0) first = i;
            else if (second < 0) second = i;
        }
        if (first < 0) {
            if (isEnum) return Layout.NEVER;
            first = 0;
        }
        if (!isEnum || (second < 0 && reprInt == 0)) {
            VariantInput v = variants.get(first);
            LayoutCalculator.Kind kind = isEnum || v.fields().isEmpty() ? LayoutCalculator.Kind.ALWAYS_SIZED : structKind;
            Layout st = LayoutCalculator.struct(v.fields(), v.fieldNames(), kind).withVariants(new Layout.Variants.Single(first));
            return noNiche ? st.withNiche(null) : st;
        }
        Layout tagged = tagged(variants, reprInt, reprSigned);
        Layout niche = reprInt == 0 ? nicheFilling(variants) : null;
        if (niche == null) return tagged;
        long tn = nicheAvailable(tagged);
        long nn = nicheAvailable(niche);
        if (tagged.size() > niche.size()) return niche;
        if (tagged.size() == niche.size() && Long.compareUnsigned(tn, nn) < 0) return niche;
        return tagged;
    }

    private static long nicheAvailable(Layout l) { return l.largestNiche() == null ? 0 : l.largestNiche().available(); }

    private static Layout nicheFilling(List<VariantInput> variants) {
        if (variants.size() < 2) return null;
        long align = 1;
        List<Layout> layouts = new ArrayList<>();
        for (int j = 0; j < variants.size(); j++) {
            VariantInput v = variants.get(j);
            Layout st = LayoutCalculator.struct(v.fields(), v.fieldNames(), LayoutCalculator.Kind.ALWAYS_SIZED)
                    .withVariants(new Layout.Variants.Single(j));
            align = Math.max(align, st.align());
            layouts.add(st);
        }
        int largest = 0;
        for (int j = 0; j < layouts.size(); j++) if (layouts.get(j).size() >= layouts.get(largest).size()) largest = j;
        int nicheFirst = -1;
        int nicheLast = -1;
        for (int j = 0; j < variants.size(); j++) {
            if (j == largest || variants.get(j).absent()) continue;
            if (nicheFirst < 0) nicheFirst = j;
            nicheLast = j;
        }
        LayoutNiche niche = layouts.get(largest).largestNiche();
        if (nicheFirst < 0 || niche == null) return null;
        LayoutScalar.Reservation reserved = niche.scalar().reserve(nicheLast - nicheFirst + 1);
        if (reserved == null) return null;
        long nicheOffset = niche.offset();
        long nicheEnd = nicheOffset + niche.scalar().size();
        long size = LayoutCalculator.alignTo(layouts.get(largest).size(), align);
        for (int j = 0; j < layouts.size(); j++) {
            if (j == largest) continue;
            Layout l = layouts.get(j).withNiche(null);
            if (l.size() > nicheOffset) {
                long at = LayoutCalculator.alignTo(nicheEnd, l.align());
                if (at + l.size() > size) return null;
                l = shifted(l, at);
            }
            layouts.set(j, l);
        }
        boolean uninhabited = layouts.stream().allMatch(Layout::uninhabited);
        Layout.Variants vs = new Layout.Variants.Multiple(reserved.scalar(), nicheOffset,
                new Layout.TagEncoding.Niche(largest, nicheFirst, nicheLast, reserved.nicheStart()), names(variants), layouts);
        return new Layout(size, align, tagField(nicheOffset), vs, LayoutNiche.of(nicheOffset, reserved.scalar()),
                uninhabited, true);
    }

    private static Layout tagged(List<VariantInput> variants, int reprInt, boolean reprSigned) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (VariantInput v : variants) {
            if (v.hasUninhabitedField()) continue;
            min = Math.min(min, v.discriminant());
            max = Math.max(max, v.discriminant());
        }
        if (min > max) {
            min = 0;
            max = 0;
        }
        int minIty;
        boolean signed;
        if (reprInt != 0) {
            minIty = reprInt;
            signed = reprSigned;
        } else if (min >= 0) {
            minIty = unsignedFit(max);
            signed = false;
        } else {
            minIty = Math.max(signedFit(min), signedFit(max));
            signed = true;
        }
        long size = 0;
        long align = 1;
        long startAlign = 256;
        List<Layout> layouts = new ArrayList<>();
        for (int j = 0; j < variants.size(); j++) {
            VariantInput v = variants.get(j);
            Layout st = LayoutCalculator.univariant(v.fields(), v.fieldNames(), LayoutCalculator.Kind.PREFIXED,
                    minIty, minIty, true).withVariants(new Layout.Variants.Single(j));
            if (st.fields() instanceof Layout.Fields.Arbitrary a) {
                for (int i : a.memoryOrder()) {
                    if (!v.fields().get(i).is1Zst()) {
                        startAlign = Math.min(startAlign, v.fields().get(i).align());
                        break;
                    }
                }
            }
            size = Math.max(size, st.size());
            align = Math.max(align, st.align());
            layouts.add(st);
        }
        size = LayoutCalculator.alignTo(size, align);
        if (size >= LayoutCalculator.MAX_SIZE) throw new LayoutCalculator.LayoutFailure("values of this type are too big for the target architecture");
        int ity = reprInt != 0 || startAlign > 16 ? minIty : (int) startAlign;
        if (ity <= minIty) {
            ity = minIty;
        } else {
            for (int j = 0; j < layouts.size(); j++) layouts.set(j, widenTag(layouts.get(j), minIty, ity));
        }
        LayoutScalar tag = new LayoutScalar(ity, signed, false, min, max);
        List<Long> values = new ArrayList<>();
        for (VariantInput v : variants) values.add(v.discriminant() & tag.mask());
        boolean uninhabited = layouts.stream().allMatch(Layout::uninhabited);
        Layout.Variants vs = new Layout.Variants.Multiple(tag, 0, new Layout.TagEncoding.Direct(values), names(variants), layouts);
        return new Layout(size, align, tagField(0), vs, LayoutNiche.of(0, tag), uninhabited, true);
    }

    private static Layout widenTag(Layout v, long oldSize, long newSize) {
        Layout.Fields.Arbitrary a = (Layout.Fields.Arbitrary) v.fields();
        List<Long> offs = new ArrayList<>();
        for (long o : a.offsets()) offs.add(o <= oldSize ? newSize : o);
        long size = v.size() <= oldSize ? newSize : v.size();
        return new Layout(size, v.align(), new Layout.Fields.Arbitrary(offs, a.memoryOrder(), a.names()), v.variants(),
                v.largestNiche(), v.uninhabited(), v.sized());
    }

    private static Layout shifted(Layout v, long by) {
        Layout.Fields.Arbitrary a = (Layout.Fields.Arbitrary) v.fields();
        List<Long> offs = new ArrayList<>();
        for (long o : a.offsets()) offs.add(o + by);
        return new Layout(v.size() + by, v.align(), new Layout.Fields.Arbitrary(offs, a.memoryOrder(), a.names()),
                v.variants(), null, v.uninhabited(), v.sized());
    }

    private static Layout.Fields tagField(long offset) {
        return new Layout.Fields.Arbitrary(List.of(offset), List.of(0), List.of("tag"));
    }

    private static List<String> names(List<VariantInput> variants) {
        return variants.stream().map(VariantInput::name).toList();
    }

    private static int unsignedFit(long v) {
        if (Long.compareUnsigned(v, 0xFFL) <= 0) return 1;
        if (Long.compareUnsigned(v, 0xFFFFL) <= 0) return 2;
        if (Long.compareUnsigned(v, 0xFFFF_FFFFL) <= 0) return 4;
        return 8;
    }

    private static int signedFit(long v) {
        if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) return 1;
        if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) return 2;
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) return 4;
        return 8;
    }
}
