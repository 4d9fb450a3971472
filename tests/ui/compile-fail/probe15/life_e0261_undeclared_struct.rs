//@ compile-fail
// A struct using `'a` without declaring it (E0261).
struct S { r: &'a str } //~ ERROR E0261
fn main() {
    let s = S { r: "a" };
    println!("{}", s.r);
}
