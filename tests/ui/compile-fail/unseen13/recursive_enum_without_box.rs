//@ compile-fail
// A recursive enum holds itself directly: its size would be infinite.
#[allow(dead_code)]
enum List { //~ ERROR E0072
    Cons(i32, List),
    Nil,
}

fn main() {
    println!("a list needs a Box");
}
