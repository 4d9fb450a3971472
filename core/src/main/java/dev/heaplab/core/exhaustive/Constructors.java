package dev.heaplab.core.exhaustive;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What constructors a type has, split against the constructors a column of patterns uses, and
 * the field types of each. Rules:
 * <ul>
 * <li>bool has true and false; enums their variants; structs, tuples and references one each;</li>
 * <li>integers and chars are ranges, cut at every bound used by the column so that each piece is
 *     either inside or outside every pattern range;</li>
 * <li>arrays have one length; slices the lengths 0..L-1 exactly and "L or more";</li>
 * <li>str, floats and library types without constructor patterns have a non-listable value set.</li>
 * </ul>
 */
final class Constructors {
    private final ProgramDefs defs;

    Constructors(ProgramDefs defs) { this.defs = defs; }

    static IntRangeBounds bounds(Ty ty) {
        if (ty instanceof Ty.Int i) {
            IntTy k = i.kind();
            BigInteger lo = k.signed() ? BigInteger.ONE.shiftLeft(k.bits() - 1).negate() : BigInteger.ZERO;
            BigInteger hi = k.signed() ? BigInteger.ONE.shiftLeft(k.bits() - 1).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(k.bits()).subtract(BigInteger.ONE);
            return new IntRangeBounds(List.of(new Ctor.IntRange(lo, hi)));
        }
        if (ty instanceof Ty.Char) {
            return new IntRangeBounds(List.of(new Ctor.IntRange(BigInteger.ZERO, BigInteger.valueOf(0xD7FF)),
                    new Ctor.IntRange(BigInteger.valueOf(0xE000), BigInteger.valueOf(0x10FFFF))));
        }
        return null;
    }

    /** The full value ranges of an integer or char type. */
    record IntRangeBounds(List<Ctor.IntRange> ranges) {}

    /** All constructors of {@code ty}, split against the non-wildcard heads of a column. */
    List<Ctor> split(Ty ty, List<Ctor> heads) {
        List<Ctor> out = new ArrayList<>();
        switch (ty) {
            case Ty.Bool b -> { out.add(new Ctor.Bool(false)); out.add(new Ctor.Bool(true)); }
            case Ty.Int i -> out.addAll(splitRanges(bounds(ty).ranges(), heads));
            case Ty.Char c -> out.addAll(splitRanges(bounds(ty).ranges(), heads));
            case Ty.Tuple t -> out.add(new Ctor.Tuple());
            case Ty.Ref r -> out.add(new Ctor.Ref());
            case Ty.Array a -> out.add(new Ctor.Slice((int) a.len(), false, 0));
            case Ty.Slice s -> out.addAll(splitSlices(heads));
            case Ty.Adt a -> {
                AdtDef adt = defs.adt(a.def());
                boolean hasVariantHeads = heads.stream().anyMatch(h -> h instanceof Ctor.Variant);
                if (adt == null || (adt.lang() != null && !hasVariantHeads && adt.variants().isEmpty())) {
                    out.add(new Ctor.NonExhaustive());
                } else if (adt.isEnum()) {
                    for (int v = 0; v < adt.variants().size(); v++) out.add(new Ctor.Variant(v));
                } else if (adt.lang() != null && !hasVariantHeads) {
                    out.add(new Ctor.NonExhaustive());
                } else {
                    out.add(new Ctor.Variant(0));
                }
            }
            case Ty.Never n -> { }
            default -> out.add(new Ctor.NonExhaustive());
        }
        return out;
    }

    /** Cuts the type's ranges at every bound of the head ranges. */
    private static List<Ctor> splitRanges(List<Ctor.IntRange> full, List<Ctor> heads) {
        TreeSet<BigInteger> cuts = new TreeSet<>();
        for (Ctor h : heads) {
            if (h instanceof Ctor.IntRange r) {
                cuts.add(r.lo());
                cuts.add(r.hi().add(BigInteger.ONE));
            }
        }
        List<Ctor> out = new ArrayList<>();
        for (Ctor.IntRange range : full) {
            BigInteger start = range.lo();
            for (BigInteger cut : cuts) {
                if (cut.compareTo(start) > 0 && cut.compareTo(range.hi()) <= 0) {
                    out.add(new Ctor.IntRange(start, cut.subtract(BigInteger.ONE)));
                    start = cut;
                }
            }
            out.add(new Ctor.IntRange(start, range.hi()));
        }
        return out;
    }

    private static List<Ctor> splitSlices(List<Ctor> heads) {
        int maxFixed = -1, maxVar = 0;
        boolean anyVar = false;
        for (Ctor h : heads) {
            if (h instanceof Ctor.Slice s) {
                if (s.varLen()) { anyVar = true; maxVar = Math.max(maxVar, s.len()); }
                else maxFixed = Math.max(maxFixed, s.len());
            }
        }
        int l = Math.max(maxFixed + 1, anyVar ? maxVar : 0);
        List<Ctor> out = new ArrayList<>();
        for (int i = 0; i < l; i++) out.add(new Ctor.Slice(i, false, 0));
        out.add(new Ctor.Slice(l, true, 0));
        return out;
    }

    /** Field types of a constructor of {@code ty}. */
    List<Ty> fieldTypes(Ty ty, Ctor c) {
        return switch (c) {
            case Ctor.Variant v -> {
                Ty.Adt a = (Ty.Adt) ty;
                AdtDef adt = defs.adt(a.def());
                List<Ty> out = new ArrayList<>();
                for (AdtDef.FieldDef f : adt.variants().get(v.index()).fields()) out.add(TySubst.subst(f.ty(), a.args()));
                yield out;
            }
            case Ctor.Tuple t -> ((Ty.Tuple) ty).elems();
            case Ctor.Ref r -> List.of(((Ty.Ref) ty).inner());
            case Ctor.Slice s -> {
                Ty elem = ty instanceof Ty.Array a ? a.elem() : ((Ty.Slice) ty).elem();
                List<Ty> out = new ArrayList<>();
                for (int i = 0; i < s.len(); i++) out.add(elem);
                yield out;
            }
            case Ctor.Bool b -> List.of();
            case Ctor.IntRange r -> List.of();
            case Ctor.Opaque o -> List.of();
            case Ctor.NonExhaustive n -> List.of();
            case Ctor.Wildcard w -> List.of();
        };
    }

    /** Does a pattern's head constructor {@code head} match every value of the split constructor {@code c}? */
    static boolean covers(Ctor head, Ctor c) {
        return switch (head) {
            case Ctor.Wildcard w -> true;
            case Ctor.Variant v -> c instanceof Ctor.Variant cv && cv.index() == v.index();
            case Ctor.Bool b -> c instanceof Ctor.Bool cb && cb.value() == b.value();
            case Ctor.IntRange r -> c instanceof Ctor.IntRange cr && r.covers(cr);
            case Ctor.Tuple t -> c instanceof Ctor.Tuple;
            case Ctor.Ref r -> c instanceof Ctor.Ref;
            case Ctor.Slice s -> c instanceof Ctor.Slice cs && (s.varLen()
                    ? cs.len() >= s.len()
                    : !cs.varLen() && cs.len() == s.len());
            case Ctor.Opaque o -> c instanceof Ctor.Opaque co && co.value().equals(o.value());
            case Ctor.NonExhaustive n -> false;
        };
    }
}
