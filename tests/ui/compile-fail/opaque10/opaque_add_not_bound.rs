//@ compile-fail
// `impl Display` hiding an integer cannot be added to: `Add` is not among its bounds.
fn make() -> impl std::fmt::Display {
    5
}

fn main() {
    println!("{}", make() + 1); //~ ERROR E0369
}
