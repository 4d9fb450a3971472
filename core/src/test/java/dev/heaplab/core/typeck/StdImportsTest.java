package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths into std that heaplab does not model are refused as unsupported, never reported as user errors. */
class StdImportsTest {
    private static List<String> diags(String src) {
        Driver.Compiled c = Driver.compile(new SourceFile("t.rs", src));
        return c.diagnostics().stream().map(d -> d.kind() + ":" + d.code() + ":" + d.message()).toList();
    }

    @Test
    void unmodelledStdImportIsUnsupportedOnceAtTheImport() {
        String src = """
                use std::collections::LinkedList;
                fn main() {
                    let s: LinkedList<i32> = LinkedList::new();
                }
                """;
        assertThat(diags(src)).containsExactly(
                "UNSUPPORTED:null:unsupported: `std::collections::LinkedList` (this part of the standard library is not modelled)");
        assertThat(Driver.compile(new SourceFile("t.rs", src)).exitCode()).isEqualTo(Driver.EXIT_UNSUPPORTED);
    }

    @Test
    void unmodelledStdPathInAnExpressionIsUnsupported() {
        assertThat(diags("fn main() { let n = std::env::var(\"HOME\").is_ok(); }"))
                .singleElement().asString().startsWith("UNSUPPORTED").contains("`std::env::var`");
        // `use std::cmp;` names the stubs' root: `cmp::Reverse` is std's, `iter::HashMap` is not a name of std::iter (rustc's E0433)
        assertThat(diags("use std::cmp; fn main() { let r = cmp::Reverse(3); println!(\"{:?}\", r); }")).isEmpty();
        assertThat(diags("use std::iter; fn main() { let m = iter::HashMap::<i32, i32>::new(); println!(\"{}\", m.len()); }"))
                .containsExactly("RUST:E0433:cannot find `HashMap` in `iter`");
    }

    @Test
    void badImportOutsideStdIsE0432AndUnusedOnesAreCaughtToo() {
        assertThat(diags("mod m { pub fn f() {} } use m::g; fn main() {}"))
                .containsExactly("RUST:E0432:unresolved import `m::g`");
    }

    @Test
    void modelledStdImportsResolve() {
        assertThat(diags("""
                use std::collections::HashMap;
                use std::fmt::Write;
                use std::rc::{Rc, Weak};
                use std::sync::mpsc;
                fn main() { let _m: HashMap<i32, i32> = HashMap::new(); }
                """)).isEmpty();
    }

    @Test
    void misspelledLocalNameIsStillE0425() {
        assertThat(diags("fn main() { let x = yy; }")).singleElement().asString().startsWith("RUST:E0425");
        assertThat(Diagnostic.Kind.RUST).isNotNull();
    }
}
