// BTreeMap::retain removes rejected entries in key order (merging nodes as remove does) and drops them; maps compare with ==.
use std::collections::BTreeMap;

#[derive(Debug, PartialEq)]
struct Inventory {
    items: BTreeMap<String, u32>,
}

fn main() {
    let mut squares: BTreeMap<u32, String> = (0..60).map(|i| (i, format!("sq{}", i * i))).collect();
    let mut seen = Vec::new();
    squares.retain(|k, v| {
        seen.push(*k);
        v.push('!');
        k % 3 == 0 || *k > 50
    });
    println!("visited {} keys, first {:?}, kept {}", seen.len(), &seen[..4], squares.len());
    println!("{:?}", squares.iter().take(4).collect::<Vec<_>>());
    squares.retain(|_, _| false);
    println!("empty {}", squares.is_empty());
    let a = Inventory { items: [("nail".to_string(), 40), ("screw".to_string(), 12)].into_iter().collect() };
    let mut b = Inventory { items: BTreeMap::new() };
    b.items.insert("screw".to_string(), 12);
    println!("{}", a == b);
    b.items.insert("nail".to_string(), 40);
    println!("{} {}", a == b, a != b);
    b.items.retain(|k, _| k.starts_with('s'));
    println!("{:?} {}", b, a.items == b.items);
}
