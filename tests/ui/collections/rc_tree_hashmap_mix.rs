// Rc/Weak parent links in RefCell, HashMap entry API and a fold into a HashMap, collecting Results, Option combinators.
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::cell::RefCell;
#[derive(Debug)]
struct Node { val: i32, parent: RefCell<Weak<Node>>, kids: RefCell<Vec<Rc<Node>>> }
fn main() {
    let leaf = Rc::new(Node { val: 3, parent: RefCell::new(Weak::new()), kids: RefCell::new(vec![]) });
    let branch = Rc::new(Node { val: 5, parent: RefCell::new(Weak::new()), kids: RefCell::new(vec![Rc::clone(&leaf)]) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("{:?} {} {}", leaf.parent.borrow().upgrade().map(|p| p.val), Rc::strong_count(&leaf), Rc::weak_count(&branch));
    let mut m: HashMap<&str, Vec<i32>> = HashMap::new();
    m.entry("a").or_default().push(1);
    m.entry("a").or_default().push(2);
    *m.entry("b").or_insert_with(Vec::new) = vec![9];
    let mut keys: Vec<_> = m.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
    keys.sort();
    println!("{keys:?} {}", branch.kids.borrow().len());
    let words = "the quick brown the lazy the";
    let counts = words.split_whitespace().fold(HashMap::new(), |mut acc, w| { *acc.entry(w).or_insert(0) += 1; acc });
    let mut cv: Vec<_> = counts.into_iter().collect();
    cv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{cv:?}");
    let r: Result<Vec<i32>, _> = "1 2 x".split(' ').map(|s| s.parse::<i32>()).collect();
    println!("{:?}", r.map_err(|e| e.to_string()));
    let o = Some(4).filter(|x| x % 2 == 0).and_then(|x| if x > 3 { Some(x * 2) } else { None }).unwrap_or_default();
    println!("{o} {:?} {:?}", Some(3).xor(None::<i32>), Ok::<i32, String>(3).ok());
}
