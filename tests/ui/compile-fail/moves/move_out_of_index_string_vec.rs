//@ compile-fail
// Moving a String out of a vector by indexing.
fn main() {
    let v = vec![String::from("x")];
    let s = v[0]; //~ ERROR E0507
    println!("{}", s);
}
