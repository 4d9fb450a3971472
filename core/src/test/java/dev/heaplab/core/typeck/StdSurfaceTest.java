package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real std method that heaplab's stubs do not model is refused as unsupported (exit 2), never
 * reported as rustc's E0599; a name the real std does not have stays E0599. (The methods chosen here
 * are unstable or rare, so that modelling them later is unlikely to make this test stale.)
 */
class StdSurfaceTest {
    private static Driver.Compiled compile(String body) {
        return Driver.compile(new SourceFile("t.rs", body));
    }

    private static List<String> diags(String src) {
        return compile(src).diagnostics().stream().map(d -> d.kind() + ":" + d.code() + ":" + d.message()).toList();
    }

    @Test
    void realVecMethodNotModelledIsUnsupported() {
        String src = "fn main() { let mut v = vec![3, 1, 2]; let _ = v.try_reserve(1); }";
        assertThat(diags(src)).containsExactly(
                "UNSUPPORTED:null:unsupported: `Vec::try_reserve` (this part of the standard library is not modelled)");
        assertThat(compile(src).exitCode()).isEqualTo(Driver.EXIT_UNSUPPORTED);
    }

    @Test
    void reachedThroughReferencesAndBoxes() {
        assertThat(diags("fn f(v: &mut Box<Vec<u8>>) { let _ = v.try_reserve(1); } fn main() {}"))
                .singleElement().asString().startsWith("UNSUPPORTED").contains("`Vec::try_reserve`");
        assertThat(diags("fn f(s: &String) -> usize { s.encode_utf16().count() } fn main() {}"))
                .singleElement().asString().startsWith("UNSUPPORTED").contains("`String::encode_utf16`");
        assertThat(diags("fn f(a: [i32; 3]) { let _ = a.escape_ascii(); } fn main() {}"))
                .singleElement().asString().startsWith("UNSUPPORTED").contains("`slice::escape_ascii`");
    }

    @Test
    void iteratorMethodsCountForEveryIterator() {
        String src = """
                struct Count(u32);
                impl Iterator for Count {
                    type Item = u32;
                    fn next(&mut self) -> Option<u32> { self.0 += 1; if self.0 < 4 { Some(self.0) } else { None } }
                }
                fn main() { let _ = Count(0).intersperse(9); let _ = vec![1].into_iter().intersperse(0); }
                """;
        assertThat(diags(src)).hasSize(2).allSatisfy(d -> assertThat(d).startsWith("UNSUPPORTED").contains("`Iterator::intersperse`"));
    }

    @Test
    void dynAnyMethodsAreUnsupported() {
        String src = "use std::any::Any; fn f(b: Box<dyn Any>, r: &dyn Any) -> bool { b.is::<i32>() && r.downcast_ref::<u8>().is_some() } fn main() {}";
        assertThat(diags(src)).hasSize(2).allSatisfy(d -> assertThat(d).startsWith("UNSUPPORTED"));
        assertThat(diags(src).get(0)).contains("`Any::is`");
        assertThat(diags(src).get(1)).contains("`Any::downcast_ref`");
        assertThat(compile(src).exitCode()).isEqualTo(Driver.EXIT_UNSUPPORTED);
    }

    @Test
    void associatedFunctionsToo() {
        assertThat(diags("fn main() { let s = String::from_utf16(&[104]); }"))
                .singleElement().asString().startsWith("UNSUPPORTED").contains("`String::from_utf16`");
        assertThat(diags("fn main() { let v: Vec<i32> = Vec::neww(); }")).singleElement().asString().startsWith("RUST:E0599");
    }

    @Test
    void namesTheRealStdLacksAreStillE0599() {
        assertThat(diags("fn main() { let mut v = vec![1]; v.pussh(2); }"))
                .containsExactly("RUST:E0599:no method named `pussh` found for struct `Vec<{integer}>` in the current scope");
        assertThat(diags("struct P; fn main() { P.len(); }")).singleElement().asString().startsWith("RUST:E0599");
    }
}
