//@ compile-fail
// Using `HashMap::new()` without importing HashMap.
fn main() {
    let mut m = HashMap::new(); //~ ERROR E0433
    m.insert(1, "one");
    println!("{}", m.len());
}
