//@ compile-fail
// A `move` closure takes an `impl Display` value by move: it cannot be used after the closure is made.
fn make() -> impl std::fmt::Display {
    5
}

fn main() {
    let a = make();
    let c = move || println!("{}", a);
    c();
    println!("{}", a); //~ ERROR E0382
}
