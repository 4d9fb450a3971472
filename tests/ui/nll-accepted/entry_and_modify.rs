// `entry().and_modify().or_insert()` updates or inserts through one mutable borrow.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<&str, i32> = HashMap::new();
    for (name, pts) in [("ann", 3), ("bob", 1), ("ann", 4)] {
        scores.entry(name).and_modify(|s| *s += pts).or_insert(pts);
    }
    println!("{} {}", scores["ann"], scores["bob"]);
    if let Some(s) = scores.get_mut("bob") {
        *s *= 10;
    }
    println!("{}", scores["bob"]);
}
