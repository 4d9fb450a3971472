package dev.heaplab.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link LayoutOf} beyond rustc's numbers: unsupported types, recursion, memoising, text. */
class LayoutOfTest {
    private final LayoutFixture fx = new LayoutFixture(true);
    private final LayoutOf cx = new LayoutOf(fx.defs);

    @Test
    void nonConcreteTypesAreReportedNotThrown() {
        assertThat(cx.of(new Ty.Param(0, "T"))).isInstanceOfSatisfying(LayoutResult.Unsupported.class,
                u -> assertThat(u.reason()).contains("`T` is not concrete"));
        assertThat(cx.of(new Ty.Infer(3, Ty.InferKind.INTEGER))).isInstanceOf(LayoutResult.Unsupported.class);
        assertThat(cx.of(fx.parse("Vec<Option<T>>", List.of("T")))).isInstanceOf(LayoutResult.Unsupported.class);
        assertThat(cx.sizeOf(Ty.ERROR)).isEmpty();
    }

    @Test
    void iteratorStatesAreNotModelled() {
        assertThat(cx.of(fx.parse("Iter<u8>"))).isInstanceOfSatisfying(LayoutResult.Unsupported.class,
                u -> assertThat(u.reason()).contains("iterator state `Iter`"));
    }

    @Test
    void missingTypeArgumentIsReported() {
        assertThat(cx.of(fx.parse("Vec"))).isInstanceOfSatisfying(LayoutResult.Unsupported.class,
                u -> assertThat(u.reason()).contains("`Vec` is missing its type argument 1"));
    }

    @Test
    void recursiveTypeWithoutIndirectionHasInfiniteSize() {
        ProgramDefs defs = new ProgramDefs();
        DefId id = defs.newDefId("Loop");
        Ty self = new Ty.Adt(id, List.of());
        defs.put(new AdtDef(id, "Loop", AdtDef.Kind.STRUCT, List.of(), List.of(new AdtDef.VariantDef("Loop",
                AdtDef.CtorKind.NAMED, List.of(new AdtDef.FieldDef("next", self, false), new AdtDef.FieldDef("n", Ty.I32, false)), 0)),
                Set.of(), null, null));
        LayoutOf loop = new LayoutOf(defs);
        assertThat(loop.of(self)).isInstanceOfSatisfying(LayoutResult.Unsupported.class,
                u -> assertThat(u.reason()).contains("recursive type `Loop` has infinite size"));
        assertThat(loop.of(new Ty.Tuple(List.of(self, Ty.I32)))).isInstanceOf(LayoutResult.Unsupported.class);
    }

    @Test
    void tooBigArraysAreReported() {
        assertThat(cx.of(new Ty.Array(new Ty.Int(IntTy.U8), 1L << 61))).isInstanceOfSatisfying(LayoutResult.Unsupported.class,
                u -> assertThat(u.reason()).contains("too big for the target architecture"));
        assertThat(cx.sizeOf(new Ty.Array(new Ty.Int(IntTy.U8), (1L << 61) - 1))).hasValue((1L << 61) - 1);
        assertThat(cx.of(new Ty.Array(Ty.I32, Long.MAX_VALUE / 2))).isInstanceOf(LayoutResult.Unsupported.class);
    }

    @Test
    void unsizedTypesHaveNoSizeButPointersToThemAreFat() {
        assertThat(cx.sizeOf(Ty.STR)).isEmpty();
        assertThat(cx.alignOf(new Ty.Slice(new Ty.Int(IntTy.U64)))).hasValue(8);
        assertThat(cx.sizeOf(fx.parse("Box<[u16]>"))).hasValue(16);
        assertThat(cx.of(fx.parse("(u8, str)")).layoutOrNull().sized()).isFalse();
    }

    @Test
    void layoutsAreMemoised() {
        Ty ty = fx.parse("Option<Vec<(u8, String)>>");
        assertThat(cx.of(ty).layoutOrNull()).isSameAs(cx.of(ty).layoutOrNull());
    }

    @Test
    void zeroSizedElementsNeverAllocate() {
        assertThat(cx.vecBuffer(Ty.UNIT, 1000).layoutOrNull().size()).isZero();
        assertThat(cx.vecBuffer(fx.parse("Empty"), 7).layoutOrNull().size()).isZero();
        assertThat(cx.vecBuffer(Ty.CHAR, 7).layoutOrNull().size()).isEqualTo(28);
    }

    @Test
    void rcBoxOfUnsizedValueIsTheTwoCountersPlusTheSlice() {
        Layout block = cx.rcBox(Ty.STR).layoutOrNull();
        assertThat(block.sized()).isFalse();
        assertThat(block.offset(2)).isEqualTo(16);
    }

    @Test
    void genericClosureCapturesAreSubstituted() {
        DefId id = fx.defs.newDefId("{closure}");
        fx.defs.put(new ClosureDef(id, null, null, null, ClosureDef.Kind.FN, List.of(
                new ClosureDef.Capture(null, "v", ClosureDef.CaptureMode.BY_VALUE, fx.parse("Vec<T>", List.of("T"))),
                new ClosureDef.Capture(null, "t", ClosureDef.CaptureMode.BY_VALUE, new Ty.Param(0, "T"))), null));
        assertThat(cx.sizeOf(new Ty.Closure(id, List.of(Ty.BOOL)))).hasValue(32);
        assertThat(cx.of(new Ty.Closure(id, List.of()))).isInstanceOf(LayoutResult.Unsupported.class);
    }

    @Test
    void textShowsFieldsInMemoryOrderAndVariantTags() {
        assertThat(cx.of(fx.parse("Mixed")).layoutOrNull().toString()).isEqualTo("""
                size 16, align 8
                  @0 d
                  @8 b
                  @12 c
                  @14 a""");
        assertThat(cx.of(fx.parse("Result<u32, String>")).layoutOrNull().toString()).isEqualTo("""
                size 24, align 8, niche @0 (u64 valid 0..=9223372036854775808, 9223372036854775807 free)
                  tag u64 valid 0..=9223372036854775808 @0 (niche in variant Err)
                  variant Ok (tag 9223372036854775808): size 12, align 4
                    @8 0
                  variant Err (untagged): size 24, align 8, niche @0 (u64 valid 0..=9223372036854775807, 9223372036854775808 free)
                    @0 0""");
    }
}
