//@ compile-fail
// Moving out of an array at a computed index.
fn main() {
    let arr = [String::from("a"), String::from("b")];
    let i = 1;
    let s = arr[i]; //~ ERROR E0508
    println!("{}", s);
}
