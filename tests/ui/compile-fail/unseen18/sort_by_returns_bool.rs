//@ compile-fail
// sort_by given a closure returning bool (a < b) instead of an Ordering.
fn main() {
    let mut words = vec!["pear", "fig", "banana"];
    words.sort_by(|a, b| a.len() < b.len()); //~ ERROR E0308
    println!("{:?}", words);
}
