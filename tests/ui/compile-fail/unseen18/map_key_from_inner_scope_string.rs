//@ compile-fail
// A HashMap<&str, _> declared outside the block gets keys sliced from a String owned by the block.
use std::collections::HashMap;

fn main() {
    let mut index: HashMap<&str, usize> = HashMap::new();
    {
        let text = String::from("to be or not to be");
        for (i, w) in text.split(' ').enumerate() { //~ ERROR E0597
            index.insert(w, i);
        }
    }
    println!("{:?}", index.get("be"));
}
