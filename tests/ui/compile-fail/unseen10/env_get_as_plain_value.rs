//@ compile-fail
// An interpreter reads a variable from its HashMap environment as if get returned the value itself.
use std::collections::HashMap;

fn main() {
    let mut env: HashMap<String, i64> = HashMap::new();
    env.insert("a".to_string(), 4);
    let a: i64 = env.get("a"); //~ ERROR E0308
    env.insert("b".to_string(), a * 3);
    println!("{}", env.len());
}
