//@ compile-fail
// Moving out of an array at a runtime index.
fn main() {
    let a = [String::from("a"), String::from("b")];
    let i = 1;
    let s = a[i]; //~ ERROR E0508
    println!("{}", s);
}
