//@ compile-fail
// sort() is called on an iterator chain instead of on a collected Vec.
fn main() {
    let words = vec!["pear", "apple", "fig"];
    let sorted: Vec<&str> = words.iter().copied().sort(); //~ ERROR E0599
    println!("{:?}", sorted);
}
