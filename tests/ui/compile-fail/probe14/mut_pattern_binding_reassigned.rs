//@ compile-fail
// Reassigning a binding introduced by `if let`.
fn main() {
    if let Some(n) = Some(1) {
        n = 2; //~ ERROR E0384
        println!("{}", n);
    }
}
