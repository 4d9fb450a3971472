//@ compile-fail
// `_` as the type of a function parameter.
fn square(x: _) -> i32 { //~ ERROR E0121
    x * x
}

fn main() {
    println!("{}", square(4));
}
