//@ compile-fail
// Expired sessions are removed from the HashMap while iterating over it.
use std::collections::HashMap;

fn main() {
    let mut sessions: HashMap<u32, u64> = HashMap::new();
    sessions.insert(1, 100);
    sessions.insert(2, 5);
    sessions.insert(3, 250);
    let now = 50;
    for (id, expires) in &sessions {
        if *expires < now {
            sessions.remove(id); //~ ERROR E0502
        }
    }
    println!("{} sessions left", sessions.len());
}
