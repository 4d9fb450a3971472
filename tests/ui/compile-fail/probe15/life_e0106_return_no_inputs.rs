//@ compile-fail
// A returned reference with no reference inputs (E0106).
fn make() -> &str { //~ ERROR E0106
    "x"
}
fn main() {
    println!("{}", make());
}
