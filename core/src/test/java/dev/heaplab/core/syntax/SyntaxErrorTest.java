package dev.heaplab.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Syntax errors compared with rustc 1.95's output for the same programs: message, code, and label
 * positions (rendered `^line:col-col label` for primary, `-` for secondary). Inline suggestions
 * that rustc prints as `help: ...` labels are labels here too.
 */
class SyntaxErrorTest {
    private static String errors(String src) { return ParseFixtures.parse(src).errors(); }

    @Test
    void missingSemicolonBeforeNextLine() {
        assertThat(errors("fn main() {\n    let x = 1\n    let y = 2;\n}\n")).isEqualTo(
                "expected `;`, found keyword `let` | ^2:14-14 help: add `;` here | -3:5-8 unexpected token");
        assertThat(errors("fn main() {\n    let x = 5\n}\n")).isEqualTo(
                "expected `;`, found `}` | ^2:14-14 help: add `;` here | -3:1-2 unexpected token");
    }

    @Test
    void missingCommaInStructDeclaration() {
        assertThat(errors("struct P { a: i32 b: i32 }\nfn main() {}\n")).isEqualTo(
                "expected `,`, or `}`, found `b` | ^1:18-18 help: try adding a comma: `,`");
    }

    @Test
    void mismatchedClosingDelimiter() {
        assertThat(errors("fn main() {\n    foo(1, 2];\n}\n")).isEqualTo(
                "mismatched closing delimiter: `]` | ^2:8-9 unclosed delimiter | ^2:13-14 mismatched closing delimiter");
        assertThat(errors("fn main() {\n    let x = [1, 2\n    let y = 3;\n}\n")).isEqualTo(
                "mismatched closing delimiter: `}` | ^2:13-14 unclosed delimiter | ^4:1-2 mismatched closing delimiter"
                        + " | -1:11-12 closing delimiter possibly meant for this");
    }

    @Test
    void unclosedDelimiterAtEndOfFile() {
        assertThat(errors("fn main() {\n    if true {\n")).isEqualTo(
                "this file contains an unclosed delimiter | ^2:15-15 | -1:11-12 unclosed delimiter | -2:13-14 unclosed delimiter");
    }

    @Test
    void unterminatedStringStopsEverything() {
        assertThat(errors("fn main() {\n    let s = \"abc;\n}\n"))
                .startsWith("[E0765] unterminated double quote string | ^2:13-")
                .doesNotContain("\n");
    }

    @Test
    void expectedExpressionRecoversPerStatement() {
        assertThat(errors("fn main() {\n    let x = (1 + );\n    let y = ;\n}\nfn g() { let z = 3 + ; }\n")).isEqualTo(
                "expected expression, found `)` | ^2:18-19 expected expression\n"
                        + "expected expression, found `;` | ^3:13-14 expected expression\n"
                        + "expected expression, found `;` | ^5:22-23 expected expression");
    }

    @Test
    void structLiteralFieldAndMatchArm() {
        assertThat(errors("fn main() {\n    let p = P { x 1 };\n}\nfn h() -> i32 { match 1 { 1 => 2 3 => 4 } }\n")).isEqualTo(
                "expected one of `,`, `:`, or `}`, found `1` | ^2:19-20 expected one of `,`, `:`, or `}`"
                        + " | -2:13-14 while parsing this struct | -2:17-18 while parsing this struct field\n"
                        + "expected `,` following `match` arm | ^4:33-33");
    }

    @Test
    void lexicalErrors() {
        assertThat(errors("fn main() {\n    let x = 0x;\n    let c = '\\q';\n    let s = 'ab';\n}\n")).isEqualTo(
                "[E0768] no valid digits found for number | ^2:13-15\n"
                        + "unknown character escape: `q` | ^3:15-16 unknown character escape\n"
                        + "character literal may only contain one codepoint | ^4:13-17");
        assertThat(errors("fn main() {\n    /* open\n")).isEqualTo("[E0758] unterminated block comment | ^2:5-12");
    }

    @Test
    void missingCommaInParametersAndTupleFieldsRecovers() {
        assertThat(errors("fn k(x: i32 y: i32) {}\nstruct S(i32 i32);\n")).isEqualTo(
                "expected one of `!`, `(`, `)`, `+`, `,`, `::`, or `<`, found `y` | ^1:13-14 expected one of 7 possible tokens"
                        + " | -1:12-12 help: missing `,`\n"
                        + "expected one of `!`, `(`, `)`, `+`, `,`, `::`, or `<`, found `i32` | ^2:14-17 expected one of 7 possible tokens"
                        + " | -2:13-13 help: missing `,`");
    }

    @Test
    void expressionStatementAndMissingBody() {
        assertThat(errors("fn f() -> i32 {\n    let x = 1 2;\n    3\n}\nfn g()\n  1\nfn h() { a b }\n")).isEqualTo(
                "expected one of `.`, `;`, `?`, `else`, or an operator, found `2` | ^2:15-16"
                        + " expected one of `.`, `;`, `?`, `else`, or an operator\n"
                        + "expected one of `->`, `where`, or `{`, found `1` | -5:7-7 expected one of `->`, `where`, or `{`"
                        + " | ^6:3-4 unexpected token");
    }

    @Test
    void elseWithoutBlockAndMissingType() {
        assertThat(errors("fn q() { if x == 1 { } else 3 }\nfn r() { let x: = 3; }\n")).isEqualTo(
                "expected `{`, found `3` | ^1:29-30 expected `{`\n"
                        + "expected type, found `=` | ^2:17-18 expected type | -2:15-16 while parsing the type for `x`");
    }

    @Test
    void unsupportedConstructsAreRefusedWithKindUnsupported() {
        var r = ParseFixtures.parse("macro_rules! m { () => {} }\nunsafe fn f() {}\n#[repr(u8)] struct S;\n"
                + "fn main() { let v = foo!(1); let w = async { 1 }; }\nimpl !Send for S {}\n");
        assertThat(r.errors()).isEqualTo(
                "unsupported: `macro_rules!` | ^1:1-12\n"
                        + "unsupported: `unsafe` items | ^2:1-7\n"
                        + "unsupported: attribute `#[repr]` | ^3:1-12\n"
                        + "unsupported: macro `foo!` | ^4:21-25\n"
                        + "unsupported: `async` expressions | ^4:38-43\n"
                        + "unsupported: negative impls `impl !Trait` | ^5:6-7");
        assertThat(r.diags().hasUnsupported()).isTrue();
    }

    @Test
    void deepNestingIsADiagnosticNotAStackOverflow() {
        String deep = "fn main() { let x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "; }";
        assertThat(ParseFixtures.parse(deep).errors()).contains("unsupported: nesting deeper than");
        String blocks = "fn main() " + "{".repeat(3000) + "}".repeat(3000);
        assertThat(ParseFixtures.parse(blocks).errors()).contains("unsupported: nesting deeper than");
    }
}
