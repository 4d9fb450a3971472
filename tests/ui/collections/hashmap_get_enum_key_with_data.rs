// HashMap lookups by reference with an enum key that has a data variant (no canonical hash form).
use std::collections::HashMap;
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Kind { Small, Large(u8) }
fn main() {
    let mut counts: HashMap<Kind, usize> = HashMap::new();
    counts.insert(Kind::Large(3), 2);
    counts.insert(Kind::Small, 1);
    println!("{:?}", counts.get(&Kind::Small));
    println!("{:?}", counts.get(&Kind::Large(3)));
    let ks: Vec<&Kind> = counts.keys().collect();
    println!("{}", ks.len());
    for k in ks.iter() { println!("{:?}", counts.get(*k).is_some()); }
    for k in ks { println!("{:?}", counts.get(k).is_some()); }
}
