//@ compile-fail
// A returned struct hides its lifetime parameter; with two borrowed inputs it cannot be elided.
struct Pair<'a> {
    left: &'a str,
}

fn pick(a: &str, b: &str) -> Pair { //~ ERROR E0106
    if a.len() > b.len() { Pair { left: a } } else { Pair { left: b } }
}

fn main() {
    let x = String::from("long");
    let p = pick(&x, "s");
    println!("{}", p.left);
}
