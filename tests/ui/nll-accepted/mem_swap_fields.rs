// `mem::swap` on two disjoint fields of the same struct.
use std::mem;

struct Pair {
    front: String,
    back: String,
}

fn main() {
    let mut p = Pair { front: String::from("A"), back: String::from("B") };
    mem::swap(&mut p.front, &mut p.back);
    println!("{} {}", p.front, p.back);
    let mut x = 1;
    let mut y = 2;
    mem::swap(&mut x, &mut y);
    println!("{} {}", x, y);
}
