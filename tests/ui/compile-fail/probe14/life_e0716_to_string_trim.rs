//@ compile-fail
// `x.to_string().trim()` kept in a variable.
fn main() {
    let n = 42;
    let t = n.to_string().trim(); //~ ERROR E0716
    println!("{}", t);
}
