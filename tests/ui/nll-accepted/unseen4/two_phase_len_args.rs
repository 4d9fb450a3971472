// Two-phase borrows: the receiver's &mut is reserved while the arguments read the same value.
use std::collections::HashMap;

fn main() {
    let mut v: Vec<usize> = vec![1, 2];
    v.push(v.len());
    v.push(v.iter().sum());
    v.insert(0, v[v.len() - 1] * 10);
    println!("{:?}", v);
    let mut s = String::from("ab");
    s.push_str(&s.len().to_string());
    s.insert(0, s.chars().last().unwrap());
    println!("{}", s);
    let mut m: HashMap<usize, usize> = HashMap::new();
    m.insert(m.len(), 5);
    m.insert(m.len(), m[&0] + 1);
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    v.truncate(v.len() / 2);
    println!("{:?}", v);
}
