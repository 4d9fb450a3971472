//@ compile-fail
// Adding an integer and a float.
fn main() {
    let a = 2;
    let b = 1.5;
    let c = a + b; //~ ERROR E0277
    println!("{}", c);
}
