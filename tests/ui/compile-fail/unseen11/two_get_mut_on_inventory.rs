//@ compile-fail
// Two get_mut results on the same HashMap are kept alive together to move stock between items.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("apples", 10);
    stock.insert("pears", 4);
    let from = stock.get_mut("apples").unwrap();
    let to = stock.get_mut("pears").unwrap(); //~ ERROR E0499
    *from -= 3;
    *to += 3;
    println!("{:?}", stock.get("pears"));
}
