//@ compile-fail
// Inside a body, a `let` annotation may name only the function's own lifetimes.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    let out: &'b str = if a.len() > b.len() { a } else { b }; //~ ERROR E0261
    out
}
fn main() {
    println!("{}", longest("ab", "c"));
}
