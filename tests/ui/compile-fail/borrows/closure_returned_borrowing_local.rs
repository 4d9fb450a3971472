//@ compile-fail
// A closure borrowing a local is returned from the function.
fn make() -> impl Fn() -> usize {
    let s = String::from("abc");
    || s.len() //~ ERROR E0373
}

fn main() {
    println!("{}", make()());
}
