package dev.heaplab.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DoctestTest {
    /** A fenced block whose opening fence is on line 10 (content from line 11). */
    private static Doctest prep(String... lines) {
        return Doctest.prepare(new CodeBlock(1, 10, 11, true, InfoString.parse("rust"), List.of(lines)), true);
    }

    private static String line(Doctest d, int mdLine) {
        return d.program().split("\n", -1)[mdLine - 1];
    }

    @Test
    void hiddenLinesAreCompiledButNotShown() {
        Doctest d = prep("# let hidden = 1;", "let shown = hidden;", "    # let indented = 2;", "#", "##[derive(Debug)] struct S;",
                "#[derive(Clone)] struct T;", "#not_hidden");
        assertThat(d.shown()).isEqualTo("let shown = hidden;\n#[derive(Debug)] struct S;\n#[derive(Clone)] struct T;\n#not_hidden\n");
        assertThat(line(d, 11)).isEqualTo("let hidden = 1;");
        assertThat(line(d, 13)).isEqualTo("let indented = 2;");
        assertThat(line(d, 14)).isEmpty();
        assertThat(line(d, 15)).isEqualTo("#[derive(Debug)] struct S;");
    }

    @Test
    void linesKeepTheirMarkdownLineNumbers() {
        Doctest d = prep("let x = 5;", "println!(\"{x}\");");
        assertThat(d.wrapped()).isTrue();
        assertThat(line(d, 10)).isEqualTo("#![allow(unused)] fn main() {");
        assertThat(line(d, 11)).isEqualTo("let x = 5;");
        assertThat(line(d, 12)).isEqualTo("println!(\"{x}\");");
        assertThat(line(d, 13)).isEqualTo("}");
        assertThat(line(d, 1)).isEmpty();
    }

    @Test
    void aTopLevelFnMainIsNotWrapped() {
        assertThat(prep("fn main() {", "    println!(\"hi\");", "}").wrapped()).isFalse();
        assertThat(prep("struct S;", "impl S { fn f(&self) {} }", "pub fn main() { S.f() }").wrapped()).isFalse();
        assertThat(prep("use std::fmt;", "const N: usize = 3;", "fn main() {}").wrapped()).isFalse();
        // A macro call is an item for rustc's parser: no wrapping (as rustdoc 1.95 does).
        assertThat(prep("println!(\"a\");", "fn main() {}").wrapped()).isFalse();
    }

    @Test
    void wrapsUnlessTheBlockIsOnlyItemsWithATopLevelMain() {
        // Each of these was checked against rustdoc 1.95: all are wrapped.
        assertThat(prep("// fn main is mentioned in a comment", "let x = 1;").wrapped()).isTrue();
        assertThat(prep("fn main_helper() {}", "let x = 1;").wrapped()).isTrue();
        assertThat(prep("mod m { pub fn main() {} }", "let x = 1;").wrapped()).isTrue();
        assertThat(prep("let x = 1; fn main() {}").wrapped()).isTrue();
        assertThat(prep("fn main() {}", "let x = 1;").wrapped()).isTrue();
        assertThat(prep("let s = \"fn main() {}\";").wrapped()).isTrue();
        assertThat(prep("unsafe { }", "fn main() {}").wrapped()).isTrue();
    }

    @Test
    void crateAttributesAndExternCrateStayOutsideMain() {
        Doctest d = prep("#![allow(dead_code)]", "extern crate std;", "let x = 1;");
        assertThat(d.wrapped()).isTrue();
        assertThat(line(d, 10)).isEqualTo("#![allow(unused)]");
        assertThat(line(d, 11)).isEqualTo("#![allow(dead_code)]");
        assertThat(line(d, 12)).isEqualTo("extern crate std; fn main() {");
        assertThat(line(d, 13)).isEqualTo("let x = 1;");
        assertThat(line(d, 14)).isEqualTo("}");
    }

    @Test
    void leadingCommentsStayInsideMainAndKeepTheirText() {
        Doctest d = prep("// a comment", "let x = 1;");
        assertThat(line(d, 10)).isEqualTo("#![allow(unused)] fn main() {");
        assertThat(line(d, 11)).isEqualTo("// a comment");
        assertThat(line(d, 12)).isEqualTo("let x = 1;");
        Doctest c = prep("#![allow(dead_code)] // why", "", "let x = 1;");
        assertThat(line(c, 11)).isEqualTo("#![allow(dead_code)] // why");
        assertThat(line(c, 12)).isEqualTo("fn main() { ");
    }

    @Test
    void aBlockEndingInUnitOkReturnsResult() {
        Doctest d = prep("let n: i32 = \"5\".parse()?;", "Ok::<(), std::num::ParseIntError>(())");
        assertThat(line(d, 10)).contains("fn _inner() -> core::result::Result<(), impl core::fmt::Debug> {");
        assertThat(line(d, 13)).isEqualTo("} _inner().unwrap() }");
    }

    @Test
    void anIndentedBlockAtTheStartOfTheDocumentPrefixesItsFirstLine() {
        Doctest d = Doctest.prepare(new CodeBlock(1, 1, 1, false, InfoString.parse(""), List.of("let x = 1;")), true);
        assertThat(line(d, 1)).isEqualTo("#![allow(unused)] fn main() { let x = 1;");
        assertThat(line(d, 2)).isEqualTo("}");
    }
}
