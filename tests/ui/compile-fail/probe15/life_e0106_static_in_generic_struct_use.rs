//@ compile-fail
// A struct with a lifetime parameter used in another struct without it (E0106).
struct Inner<'a> { s: &'a str }
struct Outer { i: Inner } //~ ERROR E0106
fn main() {
    let o = Outer { i: Inner { s: "a" } };
    println!("{}", o.i.s);
}
