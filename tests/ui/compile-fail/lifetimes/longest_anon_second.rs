//@ compile-fail
// `longest` with one named and one anonymous parameter lifetime.
fn longest<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > y.len() { x } else { y } //~ ERROR E0621
}

fn main() {
    println!("{}", longest("abc", "de"));
}
