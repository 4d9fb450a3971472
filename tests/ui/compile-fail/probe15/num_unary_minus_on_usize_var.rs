//@ compile-fail
// Unary minus on a usize variable (E0600).
fn main() {
    let n: usize = 3;
    let m = -n; //~ ERROR E0600
    println!("{}", m);
}
