//@ compile-fail
// A `match` arm that does not assign leaves the variable possibly uninitialised.
fn main() {
    let label: &str;
    let n = std::env::args().count();
    match n {
        1 => label = "one",
        2 => label = "two",
        _ => {}
    }
    println!("{}", label); //~ ERROR E0381
}
