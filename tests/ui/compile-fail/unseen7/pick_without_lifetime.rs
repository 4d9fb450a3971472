//@ compile-fail
// A function of two &str parameters returning &str without a lifetime parameter.
fn pick(a: &str, b: &str, first: bool) -> &str { //~ ERROR E0106
    if first { a } else { b }
}

fn main() {
    println!("{}", pick("left", "right", false));
}
