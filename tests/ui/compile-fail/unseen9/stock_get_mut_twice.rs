//@ compile-fail
// Two get_mut results from the same HashMap are alive at once to move stock between warehouses.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("north", 30);
    stock.insert("south", 5);
    let from = stock.get_mut("north").unwrap();
    let to = stock.get_mut("south").unwrap(); //~ ERROR E0499
    *from -= 10;
    *to += 10;
    println!("{:?}", stock);
}
