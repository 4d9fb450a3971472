// A HashMap value is copied out of get, then the map is updated with insert in the same loop.
use std::collections::HashMap;

fn main() {
    let mut visits: HashMap<&str, u32> = HashMap::new();
    for page in ["home", "about", "home", "blog", "home"] {
        let n = *visits.get(page).unwrap_or(&0);
        visits.insert(page, n + 1);
    }
    let home = visits.get("home").copied();
    visits.remove("about");
    println!("{:?} {}", home, visits.len());
}
