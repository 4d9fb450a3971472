//@ compile-fail
// `next()` on a map over pointees gives an item borrowing the String the tuples point into.
fn main() {
    let mut s = String::from("ab");
    let pairs = vec![(s.as_str(), 1)];
    let mut it = pairs.iter().map(|p| p.0);
    let first = it.next();
    s.clear(); //~ ERROR E0502
    println!("{:?}", first);
}
