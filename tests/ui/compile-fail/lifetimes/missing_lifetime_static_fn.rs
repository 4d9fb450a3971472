//@ compile-fail
// No parameter to borrow from: the returned reference needs a lifetime.
fn greeting() -> &str { //~ ERROR E0106
    "hello"
}

fn main() {
    println!("{}", greeting());
}
