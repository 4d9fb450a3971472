package dev.heaplab.core.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsefulnessTest {
    private final ProgramDefs defs = new ProgramDefs();
    private final DefId optionId = defs.newDefId("Option");
    private final DefId dirId = defs.newDefId("Dir");
    private final Usefulness u = new Usefulness(new Constructors(defs));
    private final WitnessPrinter printer = new WitnessPrinter(defs);

    UsefulnessTest() {
        defs.put(new AdtDef(optionId, "Option", AdtDef.Kind.ENUM, List.of("T"), List.of(
                new AdtDef.VariantDef("None", AdtDef.CtorKind.UNIT, List.of(), 0),
                new AdtDef.VariantDef("Some", AdtDef.CtorKind.TUPLE, List.of(new AdtDef.FieldDef("0", new Ty.Param(0, "T"), true)), 1)),
                Set.of(), LangItem.OPTION, Span.DUMMY));
        defs.put(new AdtDef(dirId, "Dir", AdtDef.Kind.ENUM, List.of(), List.of(
                new AdtDef.VariantDef("North", AdtDef.CtorKind.UNIT, List.of(), 0),
                new AdtDef.VariantDef("South", AdtDef.CtorKind.UNIT, List.of(), 1),
                new AdtDef.VariantDef("East", AdtDef.CtorKind.UNIT, List.of(), 2)),
                Set.of(), null, Span.DUMMY));
    }

    private final Ty i32 = Ty.I32;
    private Ty optionOf(Ty t) { return new Ty.Adt(optionId, List.of(t)); }
    private static BigInteger big(long v) { return BigInteger.valueOf(v); }
    private DPat some(DPat inner, Ty t) { return DPat.of(new Ctor.Variant(1), List.of(inner), optionOf(t)); }
    private DPat none(Ty t) { return DPat.of(new Ctor.Variant(0), List.of(), optionOf(t)); }
    private DPat lit(long v) { return DPat.of(new Ctor.IntRange(big(v), big(v)), List.of(), i32); }

    private List<String> missing(Ty ty, DPat... arms) {
        List<List<DPat>> rows = new ArrayList<>();
        for (DPat a : arms) rows.add(List.of(a));
        List<String> out = new ArrayList<>();
        for (List<DPat> w : u.missing(rows, List.of(ty))) out.add(printer.print(w.get(0)));
        return out;
    }

    @Test void optionWithBothArmsIsExhaustive() {
        assertThat(missing(optionOf(i32), some(DPat.wild(i32), i32), none(i32))).isEmpty();
    }

    @Test void missingNoneIsReported() {
        assertThat(missing(optionOf(i32), some(DPat.wild(i32), i32))).containsExactly("None");
    }

    @Test void nestedLiteralLeavesRangesUncovered() {
        assertThat(missing(optionOf(i32), some(lit(1), i32), none(i32)))
                .containsExactly("Some(i32::MIN..=0_i32)", "Some(2_i32..=i32::MAX)");
    }

    @Test void integersNeedAWildcard() {
        assertThat(missing(i32, lit(0), lit(1))).containsExactly("i32::MIN..=-1_i32", "2_i32..=i32::MAX");
        assertThat(missing(i32, lit(0), DPat.wild(i32))).isEmpty();
    }

    @Test void fullU8RangeIsExhaustive() {
        Ty u8 = new Ty.Int(IntTy.U8);
        DPat low = DPat.of(new Ctor.IntRange(big(0), big(127)), List.of(), u8);
        DPat high = DPat.of(new Ctor.IntRange(big(128), big(255)), List.of(), u8);
        assertThat(missing(u8, low, high)).isEmpty();
        assertThat(missing(u8, low)).containsExactly("128_u8..=u8::MAX");
    }

    @Test void enumVariantsAreListed() {
        Ty dir = new Ty.Adt(dirId, List.of());
        assertThat(missing(dir, DPat.of(new Ctor.Variant(0), List.of(), dir)))
                .containsExactly("Dir::South", "Dir::East");
        assertThat(missing(dir)).containsExactly("Dir::North", "Dir::South", "Dir::East");
    }

    @Test void boolTuplesNeedAllCombinations() {
        Ty pair = new Ty.Tuple(List.of(Ty.BOOL, Ty.BOOL));
        DPat t = DPat.of(new Ctor.Bool(true), List.of(), Ty.BOOL);
        DPat f = DPat.of(new Ctor.Bool(false), List.of(), Ty.BOOL);
        assertThat(missing(pair, DPat.of(new Ctor.Tuple(), List.of(t, DPat.wild(Ty.BOOL)), pair),
                DPat.of(new Ctor.Tuple(), List.of(f, t), pair))).containsExactly("(false, false)");
    }

    @Test void orPatternsCoverTheirAlternatives() {
        Ty dir = new Ty.Adt(dirId, List.of());
        DPat ns = DPat.or(List.of(DPat.of(new Ctor.Variant(0), List.of(), dir), DPat.of(new Ctor.Variant(1), List.of(), dir)), dir);
        assertThat(missing(dir, ns)).containsExactly("Dir::East");
        assertThat(missing(dir, ns, DPat.of(new Ctor.Variant(2), List.of(), dir))).isEmpty();
    }

    @Test void slicesNeedEveryLength() {
        Ty slice = new Ty.Slice(i32);
        DPat empty = DPat.of(new Ctor.Slice(0, false, 0), List.of(), slice);
        DPat one = DPat.of(new Ctor.Slice(1, false, 0), List.of(DPat.wild(i32)), slice);
        assertThat(missing(slice, empty, one)).containsExactly("[_, _, ..]");
        DPat firstRest = DPat.of(new Ctor.Slice(1, true, 1), List.of(DPat.wild(i32)), slice);
        assertThat(missing(slice, empty, firstRest)).isEmpty();
    }

    @Test void witnessListWording() {
        assertThat(WitnessPrinter.list(List.of("A"))).isEqualTo("`A`");
        assertThat(WitnessPrinter.list(List.of("A", "B"))).isEqualTo("`A` and `B`");
        assertThat(WitnessPrinter.list(List.of("A", "B", "C", "D", "E"))).isEqualTo("`A`, `B`, `C` and 2 more");
    }
}
