//@ compile-fail
// `Chars` (UTF-8 has no fixed width) and `Chain` have no `len`: E0599 at each call.
fn main() {
    let s = String::from("héllo");
    let n = s.chars().len(); //~ ERROR E0599
    let m = (1..4).chain(5..6).len(); //~ ERROR E0599
    println!("{n} {m}");
}
