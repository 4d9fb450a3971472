//@ compile-fail
// Unary minus on a struct without Neg (E0600).
struct V(i32);
fn main() {
    let a = V(1);
    let b = -a; //~ ERROR E0600
    let _ = b;
}
