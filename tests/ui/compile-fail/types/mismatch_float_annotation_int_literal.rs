//@ compile-fail
// An integer literal where an `f64` is expected: rustc proposes the float literal `5.0`.
fn main() {
    let ratio: f64 = 5; //~ ERROR E0308
    println!("{}", ratio);
}
