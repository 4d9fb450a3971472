//@ compile-fail
// A misspelt std module in an import (`colections`) is rustc's E0432, not a refusal of real std.
use std::colections::HashMap; //~ ERROR E0432

fn main() {
    let mut m = HashMap::new();
    m.insert(1, 2);
    println!("{}", m.len());
}
