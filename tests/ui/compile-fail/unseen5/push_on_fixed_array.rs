//@ compile-fail
// Arrays have a fixed length: there is no `push` method on them.
fn main() {
    let mut week = [1, 2, 3];
    week.push(4); //~ ERROR E0599
    println!("{:?}", week);
}
