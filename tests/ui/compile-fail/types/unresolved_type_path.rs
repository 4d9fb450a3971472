//@ compile-fail
// Calling an associated function on a type that is not defined.
fn main() {
    let p = Point::new(1, 2); //~ ERROR E0433
    println!("{:?}", p);
}
