//@ compile-fail
// A struct field `&str` without a lifetime (E0106).
struct Name { s: &str } //~ ERROR E0106
fn main() {
    let n = Name { s: "a" };
    println!("{}", n.s);
}
