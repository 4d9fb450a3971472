//@ compile-fail
// Moving a String out of a Vec by indexing.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let first = v[0]; //~ ERROR E0507
    println!("{}", first);
}
