package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The memory layout of a type on x86-64 as rustc computes it: size, alignment, where each field
 * lives, how enum variants are encoded, and the largest niche left for enclosing enums.
 *
 * <p>{@code fields} gives field offsets in declaration (logical) order and the memory order;
 * for an enum the value-level fields are just the tag, and each variant has its own layout in
 * {@code variants}. {@code sized} is false for `str`, `[T]` and `dyn Trait`.
 */
public record Layout(long size, long align, Fields fields, Variants variants, LayoutNiche largestNiche,
                     boolean uninhabited, boolean sized) {

    /** How a value's bytes split into fields. */
    public sealed interface Fields {
        /** A scalar (integer, float, pointer) or a zero-sized leaf without fields. */
        record Primitive() implements Fields {}

        /** {@code count} elements {@code stride} bytes apart (arrays, slices, str). */
        record Array(long stride, long count) implements Fields {}

        /**
         * Fields at explicit offsets: {@code offsets} and {@code names} in declaration order, and
         * {@code memoryOrder} listing declaration indices by increasing offset.
         */
        record Arbitrary(List<Long> offsets, List<Integer> memoryOrder, List<String> names) implements Fields {
            public Arbitrary {
                offsets = List.copyOf(offsets);
                memoryOrder = List.copyOf(memoryOrder);
                names = List.copyOf(names);
            }
        }
    }

    /** Whether the value is one variant, several (with a tag), or none (uninhabited enum). */
    public sealed interface Variants {
        record Single(int index) implements Variants {}

        record Empty() implements Variants {}

        /** An enum whose variant is read from the {@code tag} scalar at {@code tagOffset}. */
        record Multiple(LayoutScalar tag, long tagOffset, TagEncoding encoding, List<String> names,
                        List<Layout> layouts) implements Variants {
            public Multiple {
                names = List.copyOf(names);
                layouts = List.copyOf(layouts);
            }
        }
    }

    /** How tag bit patterns map to variants. */
    public sealed interface TagEncoding {
        /** The tag is a dedicated field holding {@code values.get(variant)} (the discriminant, truncated). */
        record Direct(List<Long> values) implements TagEncoding {
            public Direct { values = List.copyOf(values); }
        }

        /**
         * The tag lives in invalid patterns of a field of {@code untaggedVariant}: variants
         * {@code nicheFirst..=nicheLast} (other than the untagged one) are stored as
         * {@code nicheStart + (variant - nicheFirst)}; any other pattern means the untagged variant.
         */
        record Niche(int untaggedVariant, int nicheFirst, int nicheLast, long nicheStart) implements TagEncoding {}
    }

    static final Layout NEVER = new Layout(0, 1, new Fields.Primitive(), new Variants.Empty(), null, true, true);

    /** The layout of a scalar of the given alignment. */
    public static Layout scalar(LayoutScalar s, long align) {
        return new Layout(s.size(), align, new Fields.Primitive(), new Variants.Single(0),
                LayoutNiche.of(0, s), false, true);
    }

    public boolean isZst() { return sized && size == 0; }

    /** Zero-sized with alignment 1: can sit anywhere without affecting its neighbours. */
    public boolean is1Zst() { return isZst() && align == 1; }

    public int fieldCount() {
        return switch (fields) {
            case Fields.Primitive p -> 0;
            case Fields.Array a -> (int) Math.min(a.count(), Integer.MAX_VALUE);
            case Fields.Arbitrary a -> a.offsets().size();
        };
    }

    /** Offset of field {@code i} (declaration order). */
    public long offset(int i) {
        return switch (fields) {
            case Fields.Primitive p -> throw new IndexOutOfBoundsException("primitive has no fields");
            case Fields.Array a -> a.stride() * i;
            case Fields.Arbitrary a -> a.offsets().get(i);
        };
    }

    /** The layout of variant {@code i} (the whole layout for a struct-like value). */
    public Layout variant(int i) {
        return variants instanceof Variants.Multiple m ? m.layouts().get(i) : this;
    }

    /**
     * The tag bit pattern stored for variant {@code i}, or empty when the variant is recognised by
     * the absence of a niche value (the untagged variant) or the value has no tag.
     */
    public OptionalLong tagValue(int i) {
        if (!(variants instanceof Variants.Multiple m)) return OptionalLong.empty();
        return switch (m.encoding()) {
            case TagEncoding.Direct d -> OptionalLong.of(d.values().get(i));
            case TagEncoding.Niche n -> i == n.untaggedVariant() || i < n.nicheFirst() || i > n.nicheLast()
                    ? OptionalLong.empty()
                    : OptionalLong.of((n.nicheStart() + (i - n.nicheFirst())) & m.tag().mask());
        };
    }

    Layout withVariants(Variants v) { return new Layout(size, align, fields, v, largestNiche, uninhabited, sized); }

    Layout withNiche(LayoutNiche n) { return new Layout(size, align, fields, variants, n, uninhabited, sized); }

    /** Field lines in memory order, {@code "@off name"}. */
    List<String> fieldLines() {
        List<String> out = new ArrayList<>();
        if (fields instanceof Fields.Arbitrary a) {
            for (int i : a.memoryOrder()) out.add("@" + a.offsets().get(i) + " " + a.names().get(i));
        }
        return out;
    }

    /** A readable multi-line description, e.g. for memory diagrams. */
    @Override public String toString() { return LayoutText.describe(this); }
}
