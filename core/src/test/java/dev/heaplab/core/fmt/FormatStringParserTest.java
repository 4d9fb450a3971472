package dev.heaplab.core.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.fmt.FormatTemplate.Align;
import dev.heaplab.core.fmt.FormatTemplate.Count;
import dev.heaplab.core.fmt.FormatTemplate.FormatSpec;
import dev.heaplab.core.fmt.FormatTemplate.Piece;
import dev.heaplab.core.fmt.FormatTemplate.Trait;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser on every spec form and every error; messages and columns are rustc 1.95's for
 * `println!(LITERAL, args)` with the literal's opening quote at column 14.
 */
class FormatStringParserTest {
    private static final int LIT = 1000; // where the literal's opening quote sits

    /** Parses a literal written without escapes, with positional args at 100, 110... and named at 200, 210... */
    private static FormatParse parse(String raw, int positional, String... named) {
        String value = raw.substring(1, raw.length() - 1);
        List<Span> pos = new ArrayList<>();
        for (int k = 0; k < positional; k++) pos.add(new Span(100 + 10 * k, 101 + 10 * k));
        List<MacroArgs.Named> nm = new ArrayList<>();
        for (int k = 0; k < named.length; k++) nm.add(new MacroArgs.Named(named[k], new Span(200 + 10 * k, 201 + 10 * k)));
        return FormatStringParser.parse(value, LiteralMap.of(value, new Span(LIT, LIT + raw.length()), raw),
                new MacroArgs(pos, nm));
    }

    private static Diagnostic only(FormatParse p) {
        assertThat(p.diagnostics()).hasSize(1);
        return p.diagnostics().get(0);
    }

    /** Column of a source position in the rustc listing (the literal's quote is at column 14). */
    private static int col(int pos) { return pos - LIT + 14; }

    private static FormatSpec spec(FormatParse p, int hole) {
        assertThat(p.diagnostics()).isEmpty();
        return ((Piece.Argument) p.template().pieces().stream().filter(x -> x instanceof Piece.Argument).toList().get(hole)).spec();
    }

    @Test
    void literalsAndEscapedBraces() {
        FormatParse p = parse("\"a{{b}}c{}d\"", 1);
        assertThat(p.diagnostics()).isEmpty();
        assertThat(p.template().pieces()).containsExactly(new Piece.Literal("a{b}c"),
                new Piece.Argument(0, FormatSpec.DEFAULT), new Piece.Literal("d"));
        assertThat(p.holeSpans()).containsExactly(new Span(LIT + 8, LIT + 10));
    }

    @Test
    void everySpecForm() {
        assertThat(spec(parse("\"{:*^10}\"", 1), 0)).isEqualTo(new FormatSpec('*', Align.CENTER, false, false, false, false,
                new Count.Literal(10), new Count.Absent(), Trait.DISPLAY, 0));
        assertThat(spec(parse("\"{:+#010.3e}\"", 1), 0)).isEqualTo(new FormatSpec(' ', Align.NONE, true, false, true, true,
                new Count.Literal(10), new Count.Literal(3), Trait.LOWER_EXP, 0));
        assertThat(spec(parse("\"{:<<5}\"", 1), 0).fill()).isEqualTo('<');
        assertThat(spec(parse("\"{:é>5}\"", 1), 0).fill()).isEqualTo('é');
        assertThat(spec(parse("\"{:#?}\"", 1), 0).trait()).isEqualTo(Trait.DEBUG);
        assertThat(spec(parse("\"{:#?}\"", 1), 0).alternate()).isTrue();
        assertThat(spec(parse("\"{:x?}\"", 1), 0).debugHex()).isEqualTo(1);
        assertThat(spec(parse("\"{:#X?}\"", 1), 0).debugHex()).isEqualTo(2);
        assertThat(spec(parse("\"{:5x?}\"", 1), 0).width()).isEqualTo(new Count.Literal(5));
        for (String t : List.of("x", "X", "o", "b", "e", "E", "p", "?", "")) {
            assertThat(spec(parse("\"{:" + t + "}\"", 1), 0).trait().name()).isNotEmpty();
        }
        assertThat(spec(parse("\"{:X}\"", 1), 0).trait()).isEqualTo(Trait.UPPER_HEX);
        assertThat(spec(parse("\"{:p}\"", 1), 0).trait()).isEqualTo(Trait.POINTER);
        assertThat(spec(parse("\"{:.}\"", 1), 0).precision()).isEqualTo(new Count.Absent());
        assertThat(spec(parse("\"{0 }\"", 1), 0)).isEqualTo(FormatSpec.DEFAULT);
    }

    @Test
    void countsFromArguments() {
        FormatParse p = parse("\"{:1$} {:.*} {:0$} {:w$.p$}\"", 5, "w", "p");
        assertThat(p.diagnostics()).isEmpty();
        List<Piece.Argument> holes = p.template().pieces().stream().filter(x -> x instanceof Piece.Argument).map(x -> (Piece.Argument) x).toList();
        assertThat(holes.get(0).argIndex()).isEqualTo(0);
        assertThat(holes.get(0).spec().width()).isEqualTo(new Count.FromArg(1));
        assertThat(holes.get(1).spec().precision()).isEqualTo(new Count.FromArg(1));
        assertThat(holes.get(1).argIndex()).isEqualTo(2);
        assertThat(holes.get(2).spec().width()).isEqualTo(new Count.FromArg(0));
        assertThat(holes.get(2).spec().zeroPad()).isFalse();
        assertThat(holes.get(2).argIndex()).isEqualTo(3);
        assertThat(holes.get(3).argIndex()).isEqualTo(4);
        assertThat(holes.get(3).spec().width()).isEqualTo(new Count.FromArg(5));
        assertThat(holes.get(3).spec().precision()).isEqualTo(new Count.FromArg(6));
    }

    @Test
    void namedArgumentsComeAfterPositionalAndCapturesAfterBoth() {
        FormatParse p = parse("\"{a} {y} {0} {y:?} {:z$}\"", 1, "a");
        assertThat(p.diagnostics()).isEmpty();
        List<Integer> indices = p.template().pieces().stream().filter(x -> x instanceof Piece.Argument)
                .map(x -> ((Piece.Argument) x).argIndex()).toList();
        assertThat(indices).containsExactly(1, 2, 0, 2, 0);
        assertThat(p.captures()).containsExactly(new FormatParse.Capture("y", new Span(LIT + 6, LIT + 7), 2),
                new FormatParse.Capture("z", new Span(LIT + 21, LIT + 22), 3));
    }

    @Test
    void unterminatedHole() {
        Diagnostic d = only(parse("\"{x\"", 0));
        assertThat(d.message()).isEqualTo("invalid format string: expected `}` but string was terminated");
        assertThat(col(d.primarySpan().lo())).isEqualTo(17);
        assertThat(d.labels()).contains(Label.secondary(new Span(LIT + 1, LIT + 2), "because of this opening brace"));
        assertThat(d.notes()).containsExactly("if you intended to print `{`, you can escape it using `{{`");
        assertThat(col(only(parse("\"{:x}{\"", 1)).primarySpan().lo())).isEqualTo(20);
    }

    @Test
    void unexpectedCharacterInHole() {
        Diagnostic d = only(parse("\"{ 0}\"", 1));
        assertThat(d.message()).isEqualTo("invalid format string: expected `}`, found `0`");
        assertThat(col(d.primarySpan().lo())).isEqualTo(17);
        assertThat(only(parse("\"{1x}\"", 2)).message()).isEqualTo("invalid format string: expected `}`, found `x`");
        Diagnostic q = only(parse("\"{:?x}\"", 1));
        assertThat(q.message()).isEqualTo("invalid format string: expected `}`, found `x`");
        assertThat(col(q.primarySpan().lo())).isEqualTo(18);
        assertThat(q.helps()).containsExactly("did you mean `x?`?");
        assertThat(only(parse("\"{:#?#}\"", 1)).helps()).containsExactly("did you mean `#?`?");
    }

    @Test
    void unmatchedClosingBrace() {
        Diagnostic d = only(parse("\"a}b\"", 0));
        assertThat(d.message()).isEqualTo("invalid format string: unmatched `}` found");
        assertThat(col(d.primarySpan().lo())).isEqualTo(16);
        assertThat(d.labels().get(0).message()).isEqualTo("unmatched `}` in format string");
        assertThat(d.notes()).containsExactly("if you intended to print `}`, you can escape it using `}}`");
    }

    @Test
    void tooFewPositionalArguments() {
        Diagnostic d = only(parse("\"{}\"", 0));
        assertThat(d.message()).isEqualTo("1 positional argument in format string, but no arguments were given");
        assertThat(d.primarySpan()).isEqualTo(new Span(LIT + 1, LIT + 3));
        assertThat(only(parse("\"{} {}\"", 1)).message()).isEqualTo("2 positional arguments in format string, but there is 1 argument");
        Diagnostic star = only(parse("\"{:.*}\"", 1));
        assertThat(star.message()).isEqualTo("2 positional arguments in format string, but there is 1 argument");
        assertThat(star.labels()).contains(Label.secondary(new Span(LIT + 3, LIT + 5),
                "this precision flag adds an extra required argument at position 0, which is why there are 2 arguments expected"));
        assertThat(star.notes()).containsExactly("positional arguments are zero-based",
                "for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html");
    }

    @Test
    void invalidExplicitReferences() {
        FormatParse p = parse("\"{0} {2}\"", 2);
        assertThat(p.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "invalid reference to positional argument 2 (there are 2 arguments)", "argument never used");
        assertThat(col(p.diagnostics().get(0).primarySpan().lo())).isEqualTo(20);
        assertThat(only(parse("\"{0} {1} {2} {3}\"", 1)).message())
                .isEqualTo("invalid reference to positional arguments 1, 2 and 3 (there is 1 argument)");
        Diagnostic count = only(parse("\"{:1$}\"", 1));
        assertThat(count.message()).isEqualTo("invalid reference to positional argument 1 (there is 1 argument)");
        assertThat(count.primarySpan()).isEqualTo(new Span(LIT + 3, LIT + 5));
        assertThat(count.notes()).hasSize(2);
    }

    @Test
    void unusedArguments() {
        Diagnostic one = only(parse("\"{}\"", 2));
        assertThat(one.message()).isEqualTo("argument never used");
        assertThat(one.labels()).containsExactly(Label.primary(new Span(110, 111), "argument never used"),
                Label.secondary(new Span(LIT, LIT + 4), "formatting specifier missing"));
        assertThat(only(parse("\"{}\"", 1, "a")).message()).isEqualTo("named argument never used");
        Diagnostic many = only(parse("\"{a} {b}\"", 0, "a", "b", "c", "d"));
        assertThat(many.message()).isEqualTo("multiple unused formatting arguments");
        assertThat(many.labels()).filteredOn(Label::primary).extracting(Label::message)
                .containsExactly("named argument never used", "named argument never used");
        assertThat(many.notes()).containsExactly("consider adding 2 format specifiers");
    }

    @Test
    void otherSyntaxErrors() {
        Diagnostic trait = only(parse("\"{:q}\"", 1));
        assertThat(trait.message()).isEqualTo("unknown format trait `q`");
        assertThat(col(trait.primarySpan().lo())).isEqualTo(17);
        assertThat(only(parse("\"{_}\"", 1)).message()).isEqualTo("invalid format string: invalid argument name `_`");
        Diagnostic field = only(parse("\"{x.y}\"", 0));
        assertThat(field.message()).isEqualTo("invalid format string: field access isn't supported");
        assertThat(field.primarySpan()).isEqualTo(new Span(LIT + 2, LIT + 5));
    }

    @Test
    void spansFollowEscapesAndRawStrings() {
        String raw = "\"\\n\\u{e9}\\t}\"";
        String value = "\né\t}";
        FormatParse p = FormatStringParser.parse(value, LiteralMap.of(value, new Span(LIT, LIT + raw.length()), raw),
                new MacroArgs(List.of(), List.of()));
        assertThat(only(p).primarySpan()).isEqualTo(new Span(LIT + 11, LIT + 12));
        String rawStr = "r#\"a}\"#";
        FormatParse r = FormatStringParser.parse("a}", LiteralMap.of("a}", new Span(LIT, LIT + rawStr.length()), rawStr),
                new MacroArgs(List.of(), List.of()));
        assertThat(only(r).primarySpan()).isEqualTo(new Span(LIT + 4, LIT + 5));
    }
}
