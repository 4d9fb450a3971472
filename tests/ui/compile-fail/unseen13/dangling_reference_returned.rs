//@ compile-fail
// A function returns a reference to a String that it owns and frees.
fn make() -> &String { //~ ERROR E0106
    let s = String::from("dangling");
    &s
}

fn main() {
    println!("{}", make());
}
