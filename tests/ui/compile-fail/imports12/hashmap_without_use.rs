//@ compile-fail
// A learner uses HashMap without importing it: rustc offers the `use` line.
fn main() {
    let mut stock = HashMap::new(); //~ ERROR E0433
    stock.insert("pommes", 3);
    println!("{:?}", stock.get("pommes"));
}
