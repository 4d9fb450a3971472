//@ compile-fail
// Items copied out by a map closure still borrow the String they point into, which is then changed.
fn main() {
    let mut s = String::from("a b");
    let pairs: Vec<(&str, i32)> = vec![(s.as_str(), 1)];
    let firsts: Vec<&str> = pairs.iter().map(|p| p.0).collect();
    s.push('c'); //~ ERROR E0502
    println!("{:?}", firsts);
}
