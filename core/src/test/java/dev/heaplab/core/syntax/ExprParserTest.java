package dev.heaplab.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expression shapes: precedence, associativity and Rust's restrictions, via the printer. */
class ExprParserTest {
    static Stmt.Block body(String stmts) {
        var r = ParseFixtures.parse("fn main() { " + stmts + " }");
        assertThat(r.errors()).isEmpty();
        return ((Item.FnDecl) r.crate().items().get(0)).body();
    }

    static Expr expr(String e) {
        Stmt.Block b = body("let _ = " + e + ";");
        return ((Stmt.Let) b.stmts().get(0)).init();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "1 + 2 * 3 # (1 + (2 * 3))",
        "1 - 2 - 3 # ((1 - 2) - 3)",
        "a = b = c # a = b = c",
        "a || b && c # (a || (b && c))",
        "a == b && c != d # ((a == b) && (c != d))",
        "a | b ^ c & d # (a | (b ^ (c & d)))",
        "1 << 2 + 3 # (1 << (2 + 3))",
        "a & b == c # ((a & b) == c)",
        "-x as u8 * 2 # ((-x as u8) * 2)",
        "x as i64 as f64 # ((x as i64) as f64)",
        "*a.b[0] # *a.b[0]",
        "!f()? # !f()?",
        "&mut *v # &mut *v",
        "&&x # &&x",
        "a - -b # (a - -b)",
        "a * b % c / d # (((a * b) % c) / d)",
        "1..n + 1 # (1..(n + 1))",
        "..=5 # (..=5)",
        "a.. # (a..)",
        ".. # (..)",
        "x = 1..2 # x = (1..2)",
        "t.0.1 # t.0.1",
        "v.iter().map(|x| x * 2).sum::<i32>() # v.iter().map(|x| (x * 2)).sum::<i32>()",
        "Vec::<Vec<u8>>::new() # Vec::<Vec<u8>>::new()",
        "a < b # (a < b)",
        "x >> 1 >= 2 # ((x >> 1) >= 2)",
        "|a: i32, b| a + b # |a: i32, b| (a + b)",
        "move || x # move || x",
        "(1,) # (1,)",
        "(1) # 1",
        "() # ()",
        "[1; 3] # [1; 3]",
        "S { a, b: 2, ..d } # S { a, b: 2, ..d }",
        "a += b * 2 # a += (b * 2)",
        "x <<= 1 # x <<= 1",
    })
    void precedenceAndForms(String source, String printed) {
        assertThat(AstPrinter.print(expr(source))).isEqualTo(printed);
    }

    @Test
    void noStructLiteralInConditionHeads() {
        Stmt.Block b = body("if x == S { } match y { _ => 1 } for i in v { } while a < b { }");
        assertThat(b.stmts()).hasSize(3);
        Expr.If ifExpr = (Expr.If) ((Stmt.ExprStmt) b.stmts().get(0)).expr();
        assertThat(AstPrinter.print(ifExpr.cond())).isEqualTo("(x == S)");
        assertThat(b.tail()).isInstanceOf(Expr.While.class);
        assertThat(AstPrinter.print(expr("if (S { a: 1 }) == s { 1 } else { 2 }"))).contains("S { a: 1 }");
    }

    @Test
    void blockLikeStatementsNeedNoSemicolonAndEndTheExpression() {
        Stmt.Block b = body("if a { 1 } else { 2 } - 1; match x { _ => () }.clone(); { 3 }");
        assertThat(b.stmts()).hasSize(3);
        assertThat(((Stmt.ExprStmt) b.stmts().get(0)).semi()).isFalse();
        assertThat(((Stmt.ExprStmt) b.stmts().get(1)).expr()).isInstanceOf(Expr.Unary.class);
        assertThat(((Stmt.ExprStmt) b.stmts().get(2)).expr()).isInstanceOf(Expr.MethodCall.class);
        assertThat(b.tail()).isInstanceOf(Expr.BlockExpr.class);
    }

    @Test
    void letChainsAndLetElse() {
        Expr.If e = (Expr.If) expr("if let Some(x) = a && x > 1 && let Ok(y) = b { y } else { 0 }");
        assertThat(AstPrinter.print(e.cond())).isEqualTo("let Some(x) = a && (x > 1) && let Ok(y) = b");
        Stmt.Let let = (Stmt.Let) body("let Some(v) = o else { return; };").stmts().get(0);
        assertThat(let.elseBlock()).isNotNull();
        assertThat(ParseFixtures.parse("fn f() { let x = let y = 1; }").errors())
                .startsWith("expected expression, found `let` statement");
    }

    @Test
    void labelsBreakValuesAndLoops() {
        Expr.Loop l = (Expr.Loop) expr("'outer: loop { break 'outer 5; }");
        assertThat(l.label().name()).isEqualTo("'outer");
        Expr.Break br = (Expr.Break) ((Stmt.ExprStmt) l.body().stmts().get(0)).expr();
        assertThat(br.label().name()).isEqualTo("'outer");
        assertThat(AstPrinter.print(br.value())).isEqualTo("5");
        Expr.BlockExpr blk = (Expr.BlockExpr) expr("'b: { 1 }");
        assertThat(blk.label().name()).isEqualTo("'b");
    }

    @Test
    void macros() {
        Expr.MacroCall v = (Expr.MacroCall) expr("vec![0u8; n * 2]");
        assertThat(v.repeat()).isTrue();
        assertThat(v.args()).hasSize(2);
        Expr.MacroCall p = (Expr.MacroCall) expr("format!(\"{x} {}\", 1 + 2, x = y,)");
        assertThat(p.args()).extracting(a -> a.name() == null ? null : a.name().name()).containsExactly(null, null, "x");
        Expr.MacroCall m = (Expr.MacroCall) expr("matches!(c, 'a'..='z' | '0' if c != 'q')");
        assertThat(AstPrinter.print(m.pattern())).isEqualTo("'a'..='z' | '0'");
        assertThat(AstPrinter.print(m.guard())).isEqualTo("(c != 'q')");
        Stmt.Block b = body("println! { \"x\" } assert_eq!(a, b)");
        assertThat(b.stmts()).hasSize(1);
        assertThat(((Expr.MacroCall) b.tail()).name().name()).isEqualTo("assert_eq");
    }

    @Test
    void nodeIdsAreFreshAndInRange() {
        var r = ParseFixtures.parse("fn main() { let a = 1 + 2; }");
        var f = new dev.heaplab.core.source.SourceFile("t.rs", "fn main() { let a = 1 + 2; }");
        Crate c = Parser.parse(f, new dev.heaplab.core.diag.Diagnostics(), 1000);
        assertThat(c.firstNodeId()).isEqualTo(1000);
        assertThat(c.nextNodeId()).isGreaterThan(1005);
        Item.FnDecl fn = (Item.FnDecl) c.items().get(0);
        Stmt.Let let = (Stmt.Let) fn.body().stmts().get(0);
        List<Integer> ids = List.of(fn.id().value(), let.id().value(), let.init().id().value(), let.pattern().id().value());
        assertThat(ids).doesNotHaveDuplicates().allMatch(i -> i >= 1000 && i < c.nextNodeId());
        assertThat(r.crate().nextNodeId()).isEqualTo(c.nextNodeId() - 1000);
    }
}
