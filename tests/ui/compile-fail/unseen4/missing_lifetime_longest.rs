//@ compile-fail
// A function returning one of two borrowed strings without a lifetime parameter.
fn longest(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let x = String::from("short");
    let y = String::from("much longer");
    println!("{}", longest(&x, &y));
}
