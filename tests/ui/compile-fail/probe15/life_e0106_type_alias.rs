//@ compile-fail
// A type alias holding `&str` without a lifetime (E0106).
type Pair = (&str, i32); //~ ERROR E0106
fn main() {
    let p: Pair = ("a", 1);
    println!("{} {}", p.0, p.1);
}
