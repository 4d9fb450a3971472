//@ compile-fail
// Removing expired sessions from a HashMap while iterating over it, as a JavaScript `for...in` with `delete`.
use std::collections::HashMap;

fn main() {
    let mut sessions: HashMap<String, u32> = HashMap::new();
    sessions.insert("a".to_string(), 5);
    sessions.insert("b".to_string(), 0);
    for (id, ttl) in sessions.iter() {
        if *ttl == 0 {
            sessions.remove(id); //~ ERROR E0502
        }
    }
    println!("{}", sessions.len());
}
