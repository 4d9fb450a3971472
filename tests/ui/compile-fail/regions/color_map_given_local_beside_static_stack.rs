//@ compile-fail
// Beside a `'static` stack, a map of `&str` keys is still given a borrow of a local that dies first.
use std::collections::HashMap;

fn mark<'a>(color: &mut HashMap<&'a str, i32>, stack: &mut Vec<&'static str>, key: &'a str) {
    color.insert(key, 1);
    stack.push("seen");
}

fn main() {
    let mut color = HashMap::new();
    let mut stack = Vec::new();
    {
        let name = String::from("n");
        mark(&mut color, &mut stack, &name); //~ ERROR E0597
    }
    println!("{} {:?}", color.len(), stack);
}
