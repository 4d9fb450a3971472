// BTreeMap: range, first/last_key_value, entry API, pop_first, retain, keys/values, split_off.
use std::collections::BTreeMap;

fn main() {
    let mut scores: BTreeMap<&str, u32> = BTreeMap::new();
    for (name, s) in [("mia", 70), ("ann", 85), ("zed", 60), ("bob", 90), ("ann", 5)] {
        *scores.entry(name).or_insert(0) += s;
    }
    println!("{:?}", scores);
    println!("{:?} {:?}", scores.first_key_value(), scores.last_key_value());
    for (k, v) in scores.range("b".."n") {
        println!("range {} {}", k, v);
    }
    let mut years: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for (y, e) in [(1969, "moon"), (1989, "wall"), (1969, "woodstock"), (2001, "wiki")] {
        years.entry(y).or_default().push(e);
    }
    println!("{:?}", years);
    println!("{:?}", years.range(1970..).map(|(y, _)| *y).collect::<Vec<_>>());
    println!("{:?}", years.range(..=1989).count());
    println!("{:?}", years.range(1980..2000).next_back());
    years.entry(1989).and_modify(|v| v.push("tiananmen")).or_insert_with(Vec::new);
    years.entry(1999).and_modify(|v| v.push("never")).or_insert_with(|| vec!["y2k"]);
    println!("{:?}", years);
    println!("{:?}", years.pop_first());
    println!("{:?}", years.pop_last());
    years.retain(|_, v| v.len() > 1);
    println!("{:?}", years);
    let mut m: BTreeMap<i32, char> = (1..=6).zip('a'..='f').collect();
    let high = m.split_off(&4);
    println!("{:?} {:?}", m, high);
    println!("{:?} {:?}", m.keys().collect::<Vec<_>>(), high.values().collect::<String>());
    if let Some(v) = m.get_mut(&2) {
        *v = 'B';
    }
    println!("{:?} {:?} {}", m.remove(&1), m.get(&1), m.contains_key(&2));
    println!("{:?}", m.iter().rev().collect::<Vec<_>>());
    let mut counts = BTreeMap::new();
    for c in "mississippi".chars() {
        counts.entry(c).and_modify(|n| *n += 1).or_insert(1);
    }
    println!("{:?}", counts);
    for v in counts.values_mut() {
        *v *= 10;
    }
    println!("{:?} {}", counts, counts.len());
    let e = counts.entry('z');
    println!("{:?}", e.key());
}
