//@ compile-fail
// A tuple variant matched as if it were a unit variant (E0532).
enum E { A, B(i32) }
fn main() {
    let e = E::B(1);
    match e {
        E::A => {}
        E::B => {} //~ ERROR E0532
    }
}
