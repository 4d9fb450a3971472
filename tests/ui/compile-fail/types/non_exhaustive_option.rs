//@ compile-fail
// Matching an Option without the `None` arm.
fn main() {
    let maybe = Some(3);
    match maybe { //~ ERROR E0004
        Some(n) => println!("{}", n),
    }
}
