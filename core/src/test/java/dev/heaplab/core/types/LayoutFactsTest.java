package dev.heaplab.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every fact rustc printed for layout_facts.rs (sizes, alignments, field offsets, enum tag
 * bytes, variant field offsets, heap blocks) against {@link LayoutOf}.
 */
class LayoutFactsTest {
    private static List<String[]> facts() throws IOException {
        try (InputStream in = LayoutFactsTest.class.getResourceAsStream("/layout/layout_facts.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> out = new ArrayList<>();
            for (String line : text.split("\n")) if (!line.isBlank()) out.add(line.split("\t"));
            return out;
        }
    }

    @TestFactory
    Stream<DynamicTest> withOptionAndResultDeclaredInPrelude() throws IOException {
        return tests(new LayoutFixture(true));
    }

    @TestFactory
    Stream<DynamicTest> withOptionAndResultAsLangStubs() throws IOException {
        return tests(new LayoutFixture(false));
    }

    private Stream<DynamicTest> tests(LayoutFixture fx) throws IOException {
        LayoutOf cx = new LayoutOf(fx.defs);
        List<String[]> facts = facts();
        assertThat(facts.stream().filter(f -> f[0].equals("size"))).hasSizeGreaterThan(60);
        return facts.stream().map(f -> DynamicTest.dynamicTest(String.join(" ", f), () -> check(fx, cx, f)));
    }

    private void check(LayoutFixture fx, LayoutOf cx, String[] f) {
        switch (f[0]) {
            case "size" -> {
                Layout l = known(cx, fx.parse(f[1]));
                assertThat(List.of(l.size(), l.align())).as(f[1] + "\n" + l)
                        .containsExactly(Long.parseLong(f[2]), Long.parseLong(f[3]));
            }
            case "offset", "inner" -> {
                Layout l = known(cx, fx.parse(f[1]));
                assertThat(l.offset(fieldIndex(l, f[2]))).as(f[1] + "\n" + l).isEqualTo(Long.parseLong(f[3]));
            }
            case "voffset" -> {
                Layout l = known(cx, fx.parse(f[1]));
                Layout v = l.variant(variantIndex(fx, l, f[1], f[2]));
                assertThat(v.offset(fieldIndex(v, f[3].substring(f[3].startsWith("_") ? 1 : 0))))
                        .as(f[1] + "::" + f[2] + "\n" + l).isEqualTo(Long.parseLong(f[4]));
            }
            case "tag" -> checkTag(fx, known(cx, fx.parse(f[1])), f[1], f[2], HexFormat.of().parseHex(f[3]));
            case "closure" -> assertThat(known(cx, closure(fx, f[1])).size()).isEqualTo(Long.parseLong(f[2]));
            case "fnitem" -> assertThat(cx.sizeOf(new Ty.FnDef(new DefId(999), List.of()))).hasValue(Long.parseLong(f[2]));
            case "vecwords" -> {
                Layout l = known(cx, fx.parse("Vec<u8>"));
                assertThat(List.of(l.offset(fieldIndex(l, "cap")), l.offset(fieldIndex(l, "len"))))
                        .containsExactly(Long.parseLong(f[2]), Long.parseLong(f[4]));
            }
            case "rcwords" -> {
                Layout block = cx.rcBox(Ty.I32).layoutOrNull();
                assertThat(f[3]).isEqualTo("3");
                assertThat(List.of(block.offset(fieldIndex(block, "strong")), block.offset(fieldIndex(block, "weak"))))
                        .containsExactly(0L, 8L);
            }
            case "heap" -> checkHeap(fx, cx, f[1], Long.parseLong(f[2]), Long.parseLong(f[3]));
            default -> throw new AssertionError("unknown fact kind " + f[0]);
        }
    }

    private static Layout known(LayoutOf cx, Ty ty) {
        LayoutResult r = cx.of(ty);
        assertThat(r).isInstanceOf(LayoutResult.Known.class);
        return r.layoutOrNull();
    }

    private static int fieldIndex(Layout l, String name) {
        int i = ((Layout.Fields.Arbitrary) l.fields()).names().indexOf(name);
        assertThat(i).as("field " + name + " in\n" + l).isGreaterThanOrEqualTo(0);
        return i;
    }

    private static int variantIndex(LayoutFixture fx, Layout l, String ty, String variant) {
        if (l.variants() instanceof Layout.Variants.Multiple m) return m.names().indexOf(variant);
        Ty.Adt adt = (Ty.Adt) fx.parse(ty);
        AdtDef def = fx.defs.adt(adt.def());
        return def.variants().isEmpty() ? 0 : def.variantIndex(variant);
    }

    /** The tag bytes rustc wrote must decode to our tag value; an untagged variant must not look like another. */
    private static void checkTag(LayoutFixture fx, Layout l, String ty, String variant, byte[] bytes) {
        assertThat((long) bytes.length).isEqualTo(l.size());
        if (!(l.variants() instanceof Layout.Variants.Multiple m)) return;
        int v = m.names().indexOf(variant);
        assertThat(v).isGreaterThanOrEqualTo(0);
        long stored = 0;
        int size = Math.min(8, m.tag().size());
        for (int i = size - 1; i >= 0; i--) stored = (stored << 8) | (bytes[(int) m.tagOffset() + i] & 0xFF);
        OptionalLong expected = l.tagValue(v);
        if (expected.isPresent()) {
            assertThat(stored).as(ty + "::" + variant + "\n" + l).isEqualTo(expected.getAsLong());
        } else {
            for (int other = 0; other < m.layouts().size(); other++) {
                if (l.tagValue(other).isPresent()) assertThat(stored).isNotEqualTo(l.tagValue(other).getAsLong());
            }
        }
    }

    private static Ty closure(LayoutFixture fx, String captures) {
        List<ClosureDef.Capture> caps = new ArrayList<>();
        if (!captures.equals("none")) {
            for (String c : captures.split(",")) caps.add(new ClosureDef.Capture(null, "c" + caps.size(), ClosureDef.CaptureMode.BY_VALUE, fx.parse(c)));
        }
        DefId id = fx.defs.newDefId("{closure}");
        fx.defs.put(new ClosureDef(id, null, null, null, ClosureDef.Kind.FN, caps, null));
        return new Ty.Closure(id, List.of());
    }

    private static void checkHeap(LayoutFixture fx, LayoutOf cx, String what, long size, long align) {
        String[] parts = what.split("\\*");
        Ty ty = fx.parse(parts[0]);
        Ty.Adt adt = (Ty.Adt) ty;
        LangItem lang = fx.defs.adt(adt.def()).lang();
        Layout block = switch (lang) {
            case BOX -> known(cx, adt.args().get(0));
            case RC, ARC -> cx.rcBox(adt.args().get(0)).layoutOrNull();
            case VEC -> cx.vecBuffer(adt.args().get(0), Long.parseLong(parts[1])).layoutOrNull();
            case STRING -> cx.vecBuffer(new Ty.Int(IntTy.U8), Long.parseLong(parts[1])).layoutOrNull();
            default -> throw new AssertionError(what);
        };
        assertThat(List.of(block.size(), block.align())).as(what + "\n" + block).containsExactly(size, align);
    }
}
