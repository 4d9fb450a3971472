//@ compile-fail
// Using HashMap::new without importing std::collections::HashMap (E0433)
fn main() {
    let mut ages = HashMap::new(); //~ ERROR E0433
    ages.insert("ann", 31);
    println!("{:?}", ages.get("ann"));
}
