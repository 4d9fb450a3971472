//@ compile-fail
// A chars() iterator bound without `mut` and advanced with next().
fn main() {
    let word = "rust";
    let it = word.chars();
    let first = it.next(); //~ ERROR E0596
    println!("{:?}", first);
}
