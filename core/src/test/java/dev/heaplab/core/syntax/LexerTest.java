package dev.heaplab.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<Token> lex(String s) {
        Diagnostics d = new Diagnostics();
        List<Token> toks = Lexer.tokenize(new SourceFile("t.rs", s), d);
        assertThat(d.all()).as("diagnostics for %s", s).isEmpty();
        return toks.subList(0, toks.size() - 1);
    }

    private static Expr.LitValue value(String s) {
        List<Token> t = lex(s);
        assertThat(t).hasSize(1);
        return t.get(0).value();
    }

    private static String kinds(String s) {
        return lex(s).stream().map(t -> t.kind() + (t.kind().symbol() == null ? "(" + t.text() + ")" : ""))
                .collect(Collectors.joining(" "));
    }

    @Test
    void integersInEveryBaseWithSuffixesAndSeparators() {
        assertThat(value("1_000")).isEqualTo(new Expr.LitValue.Int(BigInteger.valueOf(1000), ""));
        assertThat(value("0xff_u8")).isEqualTo(new Expr.LitValue.Int(BigInteger.valueOf(255), "u8"));
        assertThat(value("0o17")).isEqualTo(new Expr.LitValue.Int(BigInteger.valueOf(15), ""));
        assertThat(value("0b1010usize")).isEqualTo(new Expr.LitValue.Int(BigInteger.valueOf(10), "usize"));
        assertThat(value("340282366920938463463374607431768211455u128"))
                .isEqualTo(new Expr.LitValue.Int(new BigInteger("340282366920938463463374607431768211455"), "u128"));
    }

    @Test
    void floatsAndTheirLookalikes() {
        assertThat(value("1.5")).isEqualTo(new Expr.LitValue.Float("1.5", ""));
        assertThat(value("1e3")).isEqualTo(new Expr.LitValue.Float("1e3", ""));
        assertThat(value("2.5f32")).isEqualTo(new Expr.LitValue.Float("2.5", "f32"));
        assertThat(value("1_000.25E-2")).isEqualTo(new Expr.LitValue.Float("1000.25e-2", ""));
        assertThat(value("2f64")).isEqualTo(new Expr.LitValue.Float("2", "f64"));
        assertThat(value("1.")).isEqualTo(new Expr.LitValue.Float("1.", ""));
        assertThat(kinds("1..2")).isEqualTo("INT(1) DOTDOT INT(2)");
        assertThat(kinds("1.max(2)")).isEqualTo("INT(1) DOT IDENT(max) OPEN_PAREN INT(2) CLOSE_PAREN");
        assertThat(kinds("x.0.1")).isEqualTo("IDENT(x) DOT INT(0) DOT INT(1)");
    }

    @Test
    void charsWithEveryEscape() {
        assertThat(value("'a'")).isEqualTo(new Expr.LitValue.Char('a'));
        assertThat(value("'\\n'")).isEqualTo(new Expr.LitValue.Char('\n'));
        assertThat(value("'\\t'")).isEqualTo(new Expr.LitValue.Char('\t'));
        assertThat(value("'\\\\'")).isEqualTo(new Expr.LitValue.Char('\\'));
        assertThat(value("'\\0'")).isEqualTo(new Expr.LitValue.Char(0));
        assertThat(value("'\\''")).isEqualTo(new Expr.LitValue.Char('\''));
        assertThat(value("'\\\"'")).isEqualTo(new Expr.LitValue.Char('"'));
        assertThat(value("'\\x7f'")).isEqualTo(new Expr.LitValue.Char(0x7f));
        assertThat(value("'\\u{1F600}'")).isEqualTo(new Expr.LitValue.Char(0x1F600));
        assertThat(value("'é'")).isEqualTo(new Expr.LitValue.Char('é'));
        assertThat(value("'😀'")).isEqualTo(new Expr.LitValue.Char(0x1F600));
    }

    @Test
    void stringsRawStringsAndBytes() {
        assertThat(value("\"a\\tb\\\"c\\u{e9}\"")).isEqualTo(new Expr.LitValue.Str("a\tb\"cé"));
        assertThat(value("\"one \\\n      two\"")).isEqualTo(new Expr.LitValue.Str("one two"));
        assertThat(value("\"line\nbreak\"")).isEqualTo(new Expr.LitValue.Str("line\nbreak"));
        assertThat(value("r\"C:\\n\"")).isEqualTo(new Expr.LitValue.Str("C:\\n"));
        assertThat(value("r#\"say \"hi\"\"#")).isEqualTo(new Expr.LitValue.Str("say \"hi\""));
        assertThat(value("r##\"a\"#b\"##")).isEqualTo(new Expr.LitValue.Str("a\"#b"));
        assertThat(value("b'\\xff'")).isEqualTo(new Expr.LitValue.Byte(255));
        assertThat(((Expr.LitValue.ByteStr) value("b\"a\\x80\"")).value()).containsExactly('a', (byte) 0x80);
        assertThat(((Expr.LitValue.ByteStr) value("br\"\\x\"")).value()).containsExactly('\\', 'x');
    }

    @Test
    void identifiersKeywordsRawIdentsAndLifetimes() {
        List<Token> t = lex("r#match fn 'a 'static _x");
        assertThat(t.get(0).text()).isEqualTo("match");
        assertThat(t.get(0).isKeyword()).isFalse();
        assertThat(t.get(1).isKeyword()).isTrue();
        assertThat(kinds("'a 'static")).isEqualTo("LIFETIME('a) LIFETIME('static)");
        assertThat(kinds("_x")).isEqualTo("IDENT(_x)");
    }

    @Test
    void commentsAreSkippedIncludingNestedBlocksAndDocComments() {
        assertThat(kinds("a /* x /* nested */ y */ b // line\n/// doc\n//! inner\nc /** doc */")).isEqualTo("IDENT(a) IDENT(b) IDENT(c)");
    }

    @Test
    void punctuationIsMaximalMunch() {
        assertThat(kinds(":: -> => ..= ... <<= >>= .. != == <= >= && || += -= *= /= %= ^= &= |= << >>"))
                .isEqualTo("PATHSEP RARROW FATARROW DOTDOTEQ DOTDOTDOT SHLEQ SHREQ DOTDOT NE EQEQ LE GE ANDAND OROR"
                        + " PLUSEQ MINUSEQ STAREQ SLASHEQ PERCENTEQ CARETEQ ANDEQ OREQ SHL SHR");
        assertThat(kinds("a<-1")).isEqualTo("IDENT(a) LT MINUS INT(1)");
    }

    @Test
    void spansAreGlobalPositions() {
        Diagnostics d = new Diagnostics();
        List<Token> t = Lexer.tokenize(new SourceFile("std.rs", "fn  f", 100), d);
        assertThat(t.get(1).span().lo()).isEqualTo(104);
        assertThat(t.get(1).span().hi()).isEqualTo(105);
    }
}
