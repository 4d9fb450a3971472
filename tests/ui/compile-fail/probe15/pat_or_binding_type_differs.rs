//@ compile-fail
// An or-pattern binding x with two types (E0308).
enum E { A(i32), B(&'static str) }
fn main() {
    let e = E::A(1);
    match e {
        E::A(x) | E::B(x) => {} //~ ERROR E0308
    }
}
