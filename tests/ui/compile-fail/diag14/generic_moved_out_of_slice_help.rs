//@ compile-fail
// A generic function moves an element out of a slice: rustc offers `&`, and cloning if `T: Clone`.
fn first<T: std::fmt::Debug>(items: &[T]) -> T {
    let f = items[0]; //~ ERROR E0508
    f
}

fn main() {
    println!("{:?}", first(&[String::from("a")]));
}
