//@ compile-fail
// A player's name is inserted into a score map by value and then printed in the welcome message.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    let names = ["ana", "bo"];
    for n in names {
        let name = n.to_string();
        scores.insert(name, 0);
        println!("welcome, {}!", name); //~ ERROR E0382
    }
    println!("{} players", scores.len());
}
