//@ compile-fail
// A unit variant matched as a tuple variant (E0532).
enum E { A, B(i32) }
fn main() {
    let e = E::B(1);
    match e {
        E::A(_) => {} //~ ERROR E0532
        E::B(_) => {}
    }
}
