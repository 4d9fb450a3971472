//@ compile-fail
// An `impl Clone` hiding a String is not a String: it cannot be passed where one is expected.
fn make() -> impl Clone {
    String::from("a")
}

fn take(s: String) -> usize {
    s.len()
}

fn main() {
    println!("{}", take(make())); //~ ERROR E0308
}
