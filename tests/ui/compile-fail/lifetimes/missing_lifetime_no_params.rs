//@ compile-fail
// A function returning a reference with no reference parameter to borrow from.
fn greeting() -> &str { //~ ERROR E0106
    "hello"
}

fn main() {
    println!("{}", greeting());
}
