// Collecting a consumed BTreeSet/BTreeMap into a Vec allocates exactly its length, even for one entry (unlike HashSet).
use std::collections::{BTreeMap, BTreeSet, HashSet};

fn main() {
    let one: BTreeSet<usize> = [2usize].into_iter().collect();
    let v: Vec<usize> = one.into_iter().collect();
    println!("{:?} cap {}", v, v.capacity());

    let pair: BTreeSet<usize> = [7usize, 9].into_iter().collect();
    let w: Vec<usize> = pair.into_iter().map(|x| x + 1).collect();
    println!("{:?} cap {}", w, w.capacity());

    let pair: BTreeSet<usize> = [7usize, 9].into_iter().collect();
    let r: Vec<usize> = pair.into_iter().rev().collect();
    println!("{:?} cap {}", r, r.capacity());

    let m: BTreeMap<usize, u8> = [(1usize, 2u8), (3, 4), (5, 6)].into_iter().collect();
    let mut it = m.into_iter();
    it.next();
    let rest: Vec<(usize, u8)> = it.collect();
    println!("{:?} cap {}", rest, rest.capacity());

    let a: BTreeSet<usize> = [2usize, 5].into_iter().collect();
    let b: BTreeSet<usize> = [1usize, 2, 4].into_iter().collect();
    let both: BTreeSet<usize> = a.intersection(&b).cloned().collect();
    let lines: Vec<usize> = both.into_iter().collect();
    println!("{:?} cap {}", lines, lines.capacity());

    let h: HashSet<usize> = [1usize].into_iter().collect();
    let hv: Vec<usize> = h.into_iter().collect();
    println!("{:?} cap {}", hv, hv.capacity());
}
