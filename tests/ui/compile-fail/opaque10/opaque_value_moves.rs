//@ compile-fail
// An `impl Display` hiding an i32 is not Copy to its callers: assigning it moves it.
fn make() -> impl std::fmt::Display {
    5
}

fn main() {
    let a = make();
    let b = a;
    println!("{} {}", a, b); //~ ERROR E0382
}
