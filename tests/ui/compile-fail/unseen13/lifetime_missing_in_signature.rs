//@ compile-fail
// A function returning a reference into one of two parameters lacks a lifetime.
fn pick(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{}", pick("pile", "tas"));
}
