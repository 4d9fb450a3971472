//@ compile-fail
// A word counter using HashMap without importing it from std::collections.
fn main() {
    let mut counts = HashMap::new(); //~ ERROR E0433
    for w in "a b a".split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{}", counts.len());
}
