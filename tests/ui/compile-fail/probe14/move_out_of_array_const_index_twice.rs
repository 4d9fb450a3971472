//@ compile-fail
// Moving a[0] out of an array twice.
fn main() {
    let a = [String::from("a"), String::from("b")];
    let x = a[0]; //~ ERROR E0508
    println!("{}", x);
}
