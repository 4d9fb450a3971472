// `#[derive(Clone)]` over HashMap, HashSet, BTreeMap, BTreeSet and VecDeque fields clones each one:
// the copies are independent and allocate their own tables and nodes.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
#[derive(Clone, Debug)]
struct Index {
    by_name: HashMap<String, i32>,
    seen: HashSet<i32>,
    ordered: BTreeMap<u32, String>,
    tags: BTreeSet<String>,
    queue: VecDeque<i32>,
}
fn main() {
    let mut a = Index { by_name: HashMap::new(), seen: HashSet::new(), ordered: BTreeMap::new(), tags: BTreeSet::new(), queue: VecDeque::new() };
    a.by_name.insert("x".to_string(), 1);
    a.seen.insert(3);
    for i in 0..14 {
        a.ordered.insert(i, format!("n{}", i));
    }
    a.tags.insert("k".to_string());
    a.queue.push_back(1);
    let mut c = a.clone();
    c.by_name.insert("y".to_string(), 2);
    c.seen.insert(4);
    c.ordered.remove(&3);
    c.ordered.insert(20, "twenty".to_string());
    c.tags.insert("z".to_string());
    c.queue.push_front(0);
    println!("{} {} {} {} {} {}", a.by_name.len(), c.by_name.len(), a.seen.len(), c.seen.len(), a.tags.len(), c.tags.len());
    println!("{:?}", a.ordered.get(&3));
    println!("{:?} {:?}", c.ordered.keys().collect::<Vec<_>>(), c.queue);
    println!("{:?}", a.tags);
}
