package dev.heaplab.core.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.fmt.FormatTemplate.Trait;
import dev.heaplab.core.types.IntTy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Derived-Debug output of nested values built with the Debug builders, compared with what rustc
 * printed for the same values (src/test/rust/debug_nested.rs).
 */
class DebugBuildersTest {
    /** The values of debug_nested.rs as formatting callbacks, the way the machine will drive the builders. */
    private static RustFormatter.Fmt str(String s) { return f -> TextFormat.debugStr(f, s); }
    private static RustFormatter.Fmt i32(int v) { return f -> IntFormat.format(f, Trait.DEBUG, v, IntTy.I32); }

    private static RustFormatter.Fmt pair(int a, String b) {
        return f -> f.debugTuple("Pair").field(i32(a)).field(str(b)).finish();
    }

    private static RustFormatter.Fmt tuple(RustFormatter.Fmt... fields) {
        return f -> {
            DebugTuple t = f.debugTuple("");
            for (RustFormatter.Fmt x : fields) t.field(x);
            t.finish();
        };
    }

    private static RustFormatter.Fmt list(List<RustFormatter.Fmt> items) {
        return f -> {
            DebugList l = f.debugList();
            for (RustFormatter.Fmt x : items) l.entry(x);
            l.finish();
        };
    }

    private static final RustFormatter.Fmt PAIRS = list(List.of(pair(1, "one"), pair(-2, "two")));

    private static final RustFormatter.Fmt OUTER = f -> f.debugStruct("Outer")
            .field("id", g -> IntFormat.format(g, Trait.DEBUG, 7, IntTy.U8))
            .field("inner", g -> g.debugStruct("Inner")
                    .field("name", str("x\"y"))
                    .field("tags", list(List.of(str("a"), str("b"))))
                    .field("opt", h -> h.debugTuple("Some").field(k -> FloatFormat.debug(k, 1.0)).finish())
                    .finish())
            .field("pairs", PAIRS)
            .field("map", g -> g.debugMap()
                    .entry(i32(-2), tuple(h -> TextFormat.debugChar(h, '\n'), h -> TextFormat.displayBool(h, false)))
                    .entry(i32(1), tuple(h -> TextFormat.debugChar(h, 'a'), h -> TextFormat.displayBool(h, true)))
                    .finish())
            .field("unit", g -> g.write("Unit"))
            .field("empty", g -> g.write("Empty"))
            .field("nothing", list(List.of()))
            .field("t", tuple(i32(5)))
            .field("u", g -> g.pad("()"))
            .finish();

    @Test
    void nestedDebugPlainPrettyWidthAndHexMatchRustc() throws IOException {
        String expected;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/fmt/debug_nested.txt"))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String got = Render.format("{:?}\n", OUTER) + Render.format("{:#?}\n", OUTER)
                + Render.format("{:4?}\n", PAIRS) + Render.format("{:#x?}\n", PAIRS);
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void emptyAndSingleElementShapes() {
        assertThat(Render.format("{:?} {:#?} {:?} {:#?}", tuple(), tuple(), tuple(i32(1)), list(List.of())))
                .isEqualTo("() () (1,) []");
        RustFormatter.Fmt set = f -> f.debugSet().entry(i32(1)).entry(i32(2)).finish();
        assertThat(Render.format("{:?}|{:#?}", set, set)).isEqualTo("{1, 2}|{\n    1,\n    2,\n}");
        RustFormatter.Fmt partial = f -> f.debugStruct("S").field("a", i32(1)).finishNonExhaustive();
        assertThat(Render.format("{:?}|{:#?}", partial, partial)).isEqualTo("S { a: 1, .. }|S {\n    a: 1,\n    ..\n}");
    }
}
