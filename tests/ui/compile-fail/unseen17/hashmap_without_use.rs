//@ compile-fail
// A dictionary created with HashMap::new() without importing HashMap, as Python's dict is built in.
fn main() {
    let mut ages = HashMap::new(); //~ ERROR E0433
    ages.insert("ann", 31);
    println!("{:?}", ages.get("ann"));
}
