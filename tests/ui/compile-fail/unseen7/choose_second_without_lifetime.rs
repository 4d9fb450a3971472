//@ compile-fail
// Only the first parameter carries 'a, but the second one may be returned.
fn choose<'a>(a: &'a str, b: &str) -> &'a str {
    if a.len() >= b.len() {
        a
    } else {
        b //~ ERROR E0621
    }
}

fn main() {
    println!("{}", choose("short", "longer one"));
}
