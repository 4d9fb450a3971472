package dev.heaplab.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Items, patterns and types. */
class ItemParserTest {
    static List<Item> items(String src) {
        var r = ParseFixtures.parse(src);
        assertThat(r.errors()).isEmpty();
        return r.crate().items();
    }

    static Pattern pattern(String p) {
        Item.FnDecl f = (Item.FnDecl) items("fn main() { let " + p + " = x; }").get(0);
        return ((Stmt.Let) f.body().stmts().get(0)).pattern();
    }

    static TypeExpr type(String t) {
        return ((Item.TypeAliasDecl) items("type T = " + t + ";").get(0)).type();
    }

    @Test
    void patterns() {
        assertThat(AstPrinter.print(pattern("(a, ref mut b, _, ..)"))).isEqualTo("(a, ref mut b, _, ..)");
        assertThat(pattern("x")).isInstanceOf(Pattern.Binding.class);
        assertThat(pattern("None")).isInstanceOf(Pattern.Binding.class);
        assertThat(pattern("Color::Red")).isInstanceOf(Pattern.PathPat.class);
        assertThat(AstPrinter.print(pattern("&(a, &mut b)"))).isEqualTo("&(a, &mut b)");
        assertThat(AstPrinter.print(pattern("[first, .., last]"))).isEqualTo("[first, .., last]");
        assertThat(AstPrinter.print(pattern("[x, rest @ ..]"))).isEqualTo("[x, rest @ ..]");
        assertThat(AstPrinter.print(pattern("P { x, y: 0, .. }"))).isEqualTo("P { x, y: 0, .. }");
        assertThat(AstPrinter.print(pattern("Some(1 | 2)"))).isEqualTo("Some(1 | 2)");
        Item.FnDecl f = (Item.FnDecl) items("fn f() { match c { -5..=-1 => 1, 'a'..='z' | 'A'..='Z' => 2, n @ 1..=5 => 3,"
                + " i32::MIN..0 => 4, &[..] => 5, (..) => 6, 0.. => 7, ..=9 => 8 } }").get(0);
        Expr.Match m = (Expr.Match) f.body().tail();
        assertThat(m.arms()).extracting(a -> AstPrinter.print(a.pattern())).containsExactly(
                "-5..=-1", "'a'..='z' | 'A'..='Z'", "n @ (1..=5)", "i32::MIN..0", "&[..]", "(..)", "0..", "..=9");
        assertThat(((Pattern.Range) m.arms().get(0).pattern()).lo()).isInstanceOf(Expr.Unary.class);
    }

    @Test
    void types() {
        assertThat(AstPrinter.print(type("&'a mut Vec<Option<Box<dyn Fn(i32) -> i32 + Send>>>")))
                .isEqualTo("&'a mut Vec<Option<Box<dyn Fn<(i32,), Output = i32> + Send>>>");
        assertThat(AstPrinter.print(type("fn(i32, &str) -> !"))).isEqualTo("fn(i32, &str) -> !");
        assertThat(AstPrinter.print(type("([u8; 4], [T], (), (i32,), *const u8, _)")))
                .isEqualTo("([u8; 4], [T], (), (i32,), *const u8, _)");
        assertThat(AstPrinter.print(type("impl Iterator<Item = &'a T> + 'a"))).isEqualTo("impl Iterator<Item = &'a T> + 'a");
        TypeExpr.ImplTraitType fnOnce = (TypeExpr.ImplTraitType) type("impl FnOnce()");
        Path.PathSegment seg = ((Generics.Bound.TraitBound) fnOnce.bounds().get(0)).path().last();
        assertThat(seg.args()).hasSize(2);
        assertThat(((Path.GenericArg.AssocBinding) seg.args().get(1)).name().name()).isEqualTo("Output");
        assertThat(((Path.GenericArg.AssocBinding) seg.args().get(1)).type()).isEqualTo(
                ((Path.GenericArg.AssocBinding) seg.args().get(1)).type()).isInstanceOf(TypeExpr.TupleType.class);
        assertThat(AstPrinter.print(type("HashMap<K, Vec<Vec<V>>>"))).isEqualTo("HashMap<K, Vec<Vec<V>>>");
        assertThat(AstPrinter.print(type("[i32; N * 2]"))).isEqualTo("[i32; (N * 2)]");
    }

    @Test
    void everyItemKeepsItsVisibility() {
        List<Item> its = items("pub(crate) struct A; enum E {} pub(super) trait T {} pub(self) const C: i32 = 1;\n"
                + "pub static S: i32 = 2; pub(in crate::m) type Al = i32; pub mod m {} pub use m::*; fn f() {}\n");
        assertThat(its).extracting(i -> i.name().name() + " " + dev.heaplab.core.resolve.NameResolver.visibility(i).kind()).containsExactly("A CRATE", "E PRIVATE", "T SUPER", "C SELF", "S PUB",
                "Al IN", "m PUB", "* PUB", "f PRIVATE");
        Item.TypeAliasDecl al = (Item.TypeAliasDecl) its.get(5);
        assertThat(al.vis().path().segments()).extracting(seg -> seg.name().name()).containsExactly("crate", "m");
        assertThat(((Item.UseDecl) its.get(7)).entries().get(0).vis().kind()).isEqualTo(Item.Visibility.Kind.PUB);
    }

    @Test
    void structsEnumsAndAttributes() {
        List<Item> its = items("#[derive(Debug, Clone)] #[allow(dead_code)] pub struct A<T> where T: Copy { pub x: T, y: u8, }\n"
                + "struct B(pub i32, String);\nstruct C;\n#[builtin = \"vec_new\"] #[lang = \"String\"] enum E { X = 1, Y(u8), Z { a: i8 } }\n"
                + "#[cfg(test)] mod tests { fn t() {} }\n#[test] fn skipped() {}\n");
        assertThat(its).hasSize(4);
        Item.StructDecl a = (Item.StructDecl) its.get(0);
        assertThat(a.attrs()).extracting(Item.Attribute::name).containsExactly("derive", "allow");
        assertThat(a.attrs().get(0).args()).containsExactly("Debug", "Clone");
        assertThat(a.generics().where()).hasSize(1);
        assertThat(a.fields()).extracting(f -> f.name().name() + f.isPub()).containsExactly("xtrue", "yfalse");
        Item.StructDecl b = (Item.StructDecl) its.get(1);
        assertThat(b.kind()).isEqualTo(Item.StructKind.TUPLE);
        assertThat(b.fields()).extracting(f -> f.name().name()).containsExactly("0", "1");
        assertThat(((Item.StructDecl) its.get(2)).kind()).isEqualTo(Item.StructKind.UNIT);
        Item.EnumDecl e = (Item.EnumDecl) its.get(3);
        assertThat(e.attrs()).extracting(x -> x.name() + "=" + x.args()).containsExactly("builtin=[vec_new]", "lang=[String]");
        assertThat(e.variants()).extracting(v -> v.kind()).containsExactly(Item.StructKind.UNIT, Item.StructKind.TUPLE, Item.StructKind.NAMED);
        assertThat(e.variants().get(0).discriminant()).isNotNull();
    }

    @Test
    void traitsImplsAndFunctions() {
        List<Item> its = items("trait Shape: Debug + Clone { type Out: Copy; const N: usize; const M: u8 = 1;"
                + " fn area(&self) -> f64; fn twice(&mut self, k: f64) -> f64 { k } }\n"
                + "impl<T: Display> Shape for Wrapper<T> { type Out = i32; const N: usize = 3; fn area(&self) -> f64 { 1.0 } }\n"
                + "impl<T> From<T> for T { fn from(t: T) -> T { t } }\n"
                + "impl Point { pub const fn new(x: i32) -> Self { Point { x } } fn take(self: Box<Self>) {} fn m(mut self) {} }\n"
                + "fn g<'a, T, const N: usize>(x: &'a [T; N], f: impl Fn(&T) -> bool) -> Option<&'a T> where T: PartialEq + 'a { None }\n"
                + "fn diverge() -> ! { loop {} }\nconst X: u32 = 1;\nstatic mut S: i32 = 0;\nuse std::{fmt::{self, Write}, io::*};\n"
                + "mod m { pub fn f() {} }\n");
        Item.TraitDecl t = (Item.TraitDecl) its.get(0);
        assertThat(t.supertraits()).hasSize(2);
        assertThat(t.items()).extracting(i -> i.getClass().getSimpleName())
                .containsExactly("AssocTypeDecl", "ConstDecl", "ConstDecl", "FnDecl", "FnDecl");
        assertThat(((Item.FnDecl) t.items().get(3)).body()).isNull();
        assertThat(((Item.FnDecl) t.items().get(4)).selfParam().kind()).isEqualTo(Item.SelfKind.REF_MUT);
        Item.ImplDecl i = (Item.ImplDecl) its.get(1);
        assertThat(i.traitRef().text()).isEqualTo("Shape");
        assertThat(i.name().name()).isEqualTo("Wrapper<T>");
        Item.ImplDecl inherent = (Item.ImplDecl) its.get(3);
        assertThat(inherent.traitRef()).isNull();
        Item.FnDecl newFn = (Item.FnDecl) inherent.items().get(0);
        assertThat(newFn.isConst()).isTrue();
        assertThat(newFn.isPub()).isTrue();
        assertThat(((Item.FnDecl) inherent.items().get(1)).selfParam().explicitType()).isNotNull();
        assertThat(((Item.FnDecl) inherent.items().get(2)).selfParam().mutableBinding()).isTrue();
        Item.FnDecl g = (Item.FnDecl) its.get(4);
        assertThat(g.generics().params()).extracting(p -> p.getClass().getSimpleName())
                .containsExactly("LifetimeParam", "TypeParam", "ConstParam");
        assertThat(g.params().get(1).type()).isInstanceOf(TypeExpr.ImplTraitType.class);
        assertThat(((Item.FnDecl) its.get(5)).ret()).isInstanceOf(TypeExpr.NeverType.class);
        Item.UseDecl u = (Item.UseDecl) its.get(8);
        assertThat(u.entries()).extracting(e -> e.path().text() + (e.glob() ? "::*" : " as " + e.alias()))
                .containsExactly("std::fmt as fmt", "std::fmt::Write as Write", "std::io::*");
    }

    @Test
    void byteLiteralsPrintBackAsValidRust() {
        String src = "fn main() { let a = b\"\\x80\\xff\\n\"; let c = b'\\xfe'; std::println!(\"{}\", 1); }";
        String once = AstPrinter.print(ParseFixtures.parse(src).crate());
        assertThat(once).contains("b\"\\x80\\xff\\n\"").contains("b'\\xfe'");
        assertThat(ParseFixtures.parse(once).errors()).isEmpty();
        assertThat(ParseFixtures.parse("fn main() { other::println!(); }").errors()).startsWith("unsupported: macro `println!`");
    }

    @Test
    void roundTripOfPrintedProgramIsStable() throws Exception {
        String src = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/syntax/sample1.rs"));
        String once = AstPrinter.print(ParseFixtures.parse(src).crate());
        var again = ParseFixtures.parse(once);
        assertThat(again.errors()).isEmpty();
        assertThat(AstPrinter.print(again.crate())).isEqualTo(once);
    }
}
