//@ compile-fail
// counts decremented through values() instead of values_mut()
use std::collections::HashMap;

fn main() {
    let mut timers: HashMap<&str, u32> = HashMap::new();
    timers.insert("fish", 3);
    for t in timers.values() {
        *t -= 1; //~ ERROR E0594
    }
    println!("{:?}", timers.get("fish"));
}
