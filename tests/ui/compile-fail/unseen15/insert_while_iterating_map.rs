//@ compile-fail
// a HashMap gains keys while a for loop iterates over it
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<(i32, i32), u32> = HashMap::new();
    counts.insert((0, 0), 1);
    for (&(x, y), _) in &counts {
        counts.insert((x + 1, y), 1); //~ ERROR E0502
    }
    println!("{}", counts.len());
}
