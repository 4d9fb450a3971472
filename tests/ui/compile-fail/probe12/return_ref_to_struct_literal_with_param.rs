//@ compile-fail
// `&P { x }` holding a parameter is not promoted (E0515).
struct P {
    x: u32,
}
fn f(x: u32) -> &'static P {
    &P { x } //~ ERROR E0515
}
fn main() {
    println!("{}", f(1).x);
}
