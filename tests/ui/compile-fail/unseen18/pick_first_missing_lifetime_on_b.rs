//@ compile-fail
// Returns either parameter, but only the first one carries the return type's lifetime.
fn pick<'a>(a: &'a str, b: &str, first: bool) -> &'a str {
    if first {
        a
    } else {
        b //~ ERROR E0621
    }
}

fn main() {
    println!("{}", pick("x", "y", false));
}
