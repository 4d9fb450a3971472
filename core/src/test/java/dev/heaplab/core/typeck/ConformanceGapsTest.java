package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Features the conformance programs needed: arrays as iterators, associated constants, `_` in body types. */
class ConformanceGapsTest {
    private static Checked ok(String src) {
        Checked c = Checked.of(src);
        assertThat(c.describe()).isEmpty();
        return c;
    }

    private static List<Expr.For> loops(Checked c) { return AstSearch.all(c.crate(), Expr.For.class); }

    @Test
    void arraysIterateByValueAndByReference() {
        Checked c = ok("""
                fn main() {
                    for x in [1u8, 2, 3] { let _y: u8 = x; }
                    let arr = [String::new(), String::new()];
                    for s in &arr { let _n: usize = s.len(); }
                    let mut nums = [1, 2, 3];
                    for n in &mut nums { *n += 1; }
                    let mut v: Vec<i64> = Vec::new();
                    v.extend([4, 5]);
                    let total: i32 = [1, 2].into_iter().sum();
                }
                """);
        var r = c.program().results();
        var defs = c.program().defs();
        List<Expr.For> fors = loops(c);
        assertThat(r.forLoop(fors.get(0).id()).itemTy()).isEqualTo(new Ty.Int(dev.heaplab.core.types.IntTy.U8));
        assertThat(r.forLoop(fors.get(0).id()).iterTy()).isInstanceOf(Ty.Adt.class)
                .matches(t -> defs.name(((Ty.Adt) t).def()).equals("ArrayIntoIter"));
        assertThat(r.forLoop(fors.get(1).id()).itemTy()).isInstanceOf(Ty.Ref.class)
                .matches(t -> !((Ty.Ref) t).mutable() && ((Ty.Ref) t).inner() instanceof Ty.Adt);
        assertThat(r.forLoop(fors.get(2).id()).itemTy()).isInstanceOf(Ty.Ref.class)
                .matches(t -> ((Ty.Ref) t).mutable() && ((Ty.Ref) t).inner().equals(Ty.I32));
    }

    @Test
    void arrayItemTypeIsCheckedAgainstUses() {
        Checked c = Checked.of("""
                fn main() {
                    for x in ["a", "b"] { let _y: i32 = x; }
                }
                """);
        assertThat(c.summary()).containsExactly("E0308@2: mismatched types [expected `i32`, found `&str`]");
    }

    @Test
    void associatedConstantsOfPrimitivesAndInherentImpls() {
        Checked c = ok("""
                struct Counter { count: u32 }
                impl Counter {
                    const START: u32 = 100;
                    fn new() -> Self { Counter { count: Self::START } }
                }
                fn main() {
                    let a = i32::MAX;
                    let b = u8::MIN;
                    let f = f64::NAN;
                    let m = usize::MAX;
                    let k = Counter::START + Counter::new().count;
                    match a { i32::MIN..=-1 => {}, _ => {} }
                }
                """);
        var r = c.program().results();
        var paths = AstSearch.all(c.crate(), Expr.PathExpr.class);
        Expr.PathExpr max = paths.stream().filter(p -> p.path().text().equals("i32::MAX")).findFirst().orElseThrow();
        assertThat(r.pathRes(max.id())).isInstanceOf(Res.Const.class);
        assertThat(r.nodeType(max.id())).isEqualTo(Ty.I32);
        Expr.PathExpr nan = paths.stream().filter(p -> p.path().text().equals("f64::NAN")).findFirst().orElseThrow();
        assertThat(r.nodeType(nan.id())).isEqualTo(new Ty.Float(dev.heaplab.core.types.FloatTy.F64));
        Expr.PathExpr start = paths.stream().filter(p -> p.path().text().equals("Self::START")).findFirst().orElseThrow();
        assertThat(c.program().defs().constant(((Res.Const) r.pathRes(start.id())).def()).name()).isEqualTo("START");
    }

    @Test
    void associatedConstantTypesAreEnforced() {
        Checked c = Checked.of("""
                fn main() {
                    let x: u8 = i32::MAX;
                    let y = u8::NOPE;
                }
                """);
        assertThat(c.summary()).hasSize(2);
        assertThat(c.summary().get(0)).startsWith("E0308@2: mismatched types [expected `u8`, found `i32`]");
        assertThat(c.summary().get(1)).startsWith("E0599@3:");
    }

    @Test
    void placeholderInBodyTypesIsInferred() {
        Checked c = ok("""
                fn main() {
                    let v: Vec<_> = (1..4).map(|x| x * 2u64).collect();
                    let w = v.iter().map(|x| x + 1).collect::<Vec<_>>();
                    let p = (1, 'c') as (_, _);
                }
                """);
        var let0 = AstSearch.all(c.crate(), dev.heaplab.core.syntax.Stmt.Let.class).get(0);
        assertThat(c.program().results().nodeType(let0.pattern().id()).display(c.program().defs())).isEqualTo("Vec<u64>");
    }

    @Test
    void placeholderInSignaturesStaysAnError() {
        Checked c = Checked.of("""
                fn f(x: Vec<_>) {}
                fn main() {}
                """);
        assertThat(c.summary()).containsExactly(
                "E0121@1: the placeholder `_` is not allowed within types on item signatures [not allowed in type signatures]");
    }

    @Test
    void privateItemsNamedFromOutsideTheirModuleAreErrors() {
        // rustc: E0603 for the private function named from outside its module.
        assertThat(Checked.of("""
                mod front_of_house { pub mod hosting { fn add_to_waitlist() {} } }
                fn main() { front_of_house::hosting::add_to_waitlist(); }
                """).summary()).containsExactly("E0603@2: function `add_to_waitlist` is private [private function]");
        // Through a glob import (rustc: E0425, a glob imports only what is visible).
        assertThat(Checked.of("""
                mod shop { fn secret() -> u32 { 7 } pub fn price() -> u32 { secret() } }
                use shop::*;
                fn main() { println!("{} {}", price(), secret()); }
                """).summary()).singleElement().asString().startsWith("E0425@3: cannot find function `secret`");
        // Private items used inside their module (and from a child module through `super::`), private
        // fields behind pub methods, trait impl items: accepted.
        assertThat(Checked.of("""
                mod shop {
                    fn secret() -> u32 { 7 }
                    pub struct Item { price: u32 }
                    impl Item { pub fn new() -> Item { Item { price: secret() } } pub fn price(&self) -> u32 { self.price } }
                    impl std::fmt::Display for Item {
                        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "{}", self.price) }
                    }
                    pub mod inner { pub fn two() -> u32 { super::secret() - 5 } }
                }
                fn main() { let i = shop::Item::new(); println!("{} {} {}", i, i.price(), shop::inner::two()); }
                """).diags()).isEmpty();
    }

    @Test
    void unsupportedItemsAreReportedNotCrashes() {
        // Trait constants are supported, except in generic impls.
        Checked c = Checked.of("""
                trait Shape { const SIDES: u32; }
                struct W<T>(T);
                impl<T> Shape for W<T> { const SIDES: u32 = 1; }
                fn main() {}
                """);
        assertThat(c.diags()).isNotEmpty();
        assertThat(c.diags().get(0).message()).contains("associated constants in trait impls");
    }

    @Test
    void traitMethodsOnUnsuffixedLiteralsButNotInherentOnes() {
        Checked ok = ok("""
                fn main() {
                    let a = 42.to_string();
                    let b = 1.max(2);
                    let c = 7.cmp(&3);
                }
                """);
        var lets = AstSearch.all(ok.crate(), dev.heaplab.core.syntax.Stmt.Let.class);
        assertThat(ok.program().results().nodeType(lets.get(1).pattern().id())).isEqualTo(Ty.I32);
        Checked bad = Checked.of("""
                fn main() {
                    let a = 2.pow(2);
                    let b = 2.0.sqrt();
                }
                """);
        assertThat(bad.summary()).containsExactly(
                "E0689@2: can't call method `pow` on ambiguous numeric type `{integer}`",
                "E0689@3: can't call method `sqrt` on ambiguous numeric type `{float}`");
    }

    @Test
    void stringsCompareWithStrAndReferencesForwardToTheirReferents() {
        Checked c = ok("""
                fn main() {
                    let s = String::from("hi");
                    let a = s == "hi";
                    let b = "hi" == s;
                    let r = &s == "hi";
                    assert_eq!(s, "hi");
                }
                """);
        var bins = AstSearch.all(c.crate(), Expr.Binary.class);
        var r = c.program().results();
        Expr.Binary refs = bins.get(2);
        assertThat(r.callee(refs.id()).args()).hasSize(2);
        assertThat(r.callee(refs.id()).args().get(0).display(c.program().defs())).isEqualTo("String");
        assertThat(r.callee(refs.id()).args().get(1)).isEqualTo(Ty.STR);
        assertThat(r.adjustments(refs.lhs().id())).singleElement().isInstanceOf(Adjustment.Deref.class);
    }

    @Test
    void conversionsAndCollectingResults() {
        ok("""
                use std::collections::HashMap;
                use std::error::Error;
                fn parse(s: &str) -> Result<i32, Box<dyn Error>> {
                    if s.is_empty() { return Err("empty".into()); }
                    let n: i32 = s.parse()?;
                    Ok(n)
                }
                fn boxed(n: i32) -> Result<i32, Box<dyn Error>> {
                    if n < 0 { return Err(Box::new(std::fmt::Error)); }
                    Ok(n)
                }
                fn main() {
                    let c = char::from(65u8);
                    let m = HashMap::from([("a", 1), ("b", 2)]);
                    let all: Result<Vec<i32>, String> = vec![Ok(1), Err(String::new())].into_iter().collect();
                    let some: Option<Vec<i32>> = vec![Some(1)].into_iter().collect();
                }
                """);
    }

    @Test
    void bodyTailCoercionIsRecordedOnTheTailExpression() {
        Checked c = ok("""
                trait Shape { fn area(&self) -> f64; }
                struct Sq(f64);
                impl Shape for Sq { fn area(&self) -> f64 { self.0 } }
                fn make() -> Box<dyn Shape> { Box::new(Sq(1.0)) }
                fn main() { let a = make().area(); }
                """);
        Expr.Call newCall = AstSearch.all(c.crate(), Expr.Call.class).get(0);
        assertThat(c.program().results().adjustments(newCall.id())).singleElement().isInstanceOf(Adjustment.Unsize.class);
    }

    @Test
    void rightOperandCoercesToTheOnlyImplsType() {
        Checked c = ok("""
                fn main() {
                    let a = String::from("ab");
                    let b = String::from("cd");
                    let mut s = a + &b;
                    s += &b;
                }
                """);
        Expr.Binary add = AstSearch.all(c.crate(), Expr.Binary.class).get(0);
        assertThat(c.program().results().adjustments(add.rhs().id())).anyMatch(a -> a instanceof Adjustment.OverloadedDeref);
    }

    @Test
    void expectedTupleFieldsAndBoxedClosuresCoerce() {
        ok("""
                fn main() {
                    let ops: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![
                        ("double", Box::new(|x| x * 2)),
                        ("square", Box::new(|x| x * x)),
                    ];
                    let table: [(&str, fn(f64) -> f64); 2] = [("sqrt", f64::sqrt), ("abs", f64::abs)];
                }
                """);
    }
}
