//@ compile-fail
// A cons list defined without Box has infinite size.
#[derive(Debug)]
enum List { //~ ERROR E0072
    Cons(i32, List),
    Nil,
}

fn main() {
    println!("a list needs a Box");
}
