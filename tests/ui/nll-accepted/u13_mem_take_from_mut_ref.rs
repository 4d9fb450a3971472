// mem::take moves a Vec out of a &mut field, then the field is refilled.
use std::mem;

struct Batch {
    items: Vec<String>,
}

fn drain(b: &mut Batch) -> Vec<String> {
    let out = mem::take(&mut b.items);
    b.items.push(String::from("new"));
    out
}

fn main() {
    let mut b = Batch { items: vec![String::from("a"), String::from("b")] };
    let old = drain(&mut b);
    println!("{:?} {:?}", old, b.items);
}
