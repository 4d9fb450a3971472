//@ compile-fail
// A function asking for `&'static str` is given a borrow of a local String.
fn keep(s: &'static str) -> usize {
    s.len()
}

fn main() {
    let owned = String::from("x");
    println!("{}", keep(&owned)); //~ ERROR E0597
}
