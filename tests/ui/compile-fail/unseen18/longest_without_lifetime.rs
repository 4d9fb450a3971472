//@ compile-fail
// Returning one of two &str parameters with no lifetime in the signature.
fn longest(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let x = String::from("short");
    let y = "much longer";
    println!("{}", longest(&x, y));
}
