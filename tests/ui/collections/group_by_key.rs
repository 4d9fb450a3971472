// Grouping records into a BTreeMap of Vecs for a deterministic report.
use std::collections::BTreeMap;

fn main() {
    let people = [("ann", "paris"), ("bob", "lyon"), ("cid", "paris"), ("dan", "nice"), ("eve", "lyon")];
    let mut by_city: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, city) in people {
        by_city.entry(city).or_default().push(name);
    }
    for (city, names) in &by_city {
        println!("{city}: {}", names.join(", "));
    }
    println!("{:#?}", by_city.get("lyon"));
}
