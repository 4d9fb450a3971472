// mem::swap of Vecs and struct fields, mem::replace returning the old String, mem::take on Vec/String/Option leaving defaults, allocations counted.
use std::mem;

#[derive(Debug, Default)]
struct Buf { name: String, items: Vec<u32>, note: Option<String> }

fn main() {
    let mut a = vec![1, 2, 3];
    let mut b = Vec::with_capacity(10);
    b.push(9);
    mem::swap(&mut a, &mut b);
    println!("{:?} {} {:?} {}", a, a.capacity(), b, b.capacity());
    let mut buf = Buf { name: "first".into(), items: vec![5, 6], note: Some("n".into()) };
    let old = mem::replace(&mut buf.name, String::from("second"));
    println!("{} {:?}", old, buf);
    let items = mem::take(&mut buf.items);
    let note = mem::take(&mut buf.note);
    println!("{:?} {:?} {:?}", items, note, buf);
    let whole = mem::take(&mut buf);
    println!("{:?} / {:?}", whole, buf);
    let mut x = 1;
    let mut y = 2;
    mem::swap(&mut x, &mut y);
    println!("{} {}", x, y);
    let mut pair = (String::from("L"), String::from("R"));
    mem::swap(&mut pair.0, &mut pair.1);
    println!("{:?}", pair);
    let mut batches: Vec<Vec<u32>> = Vec::new();
    let mut cur = Vec::new();
    for i in 0..10 {
        cur.push(i);
        if cur.len() == 3 { batches.push(mem::take(&mut cur)); }
    }
    if !cur.is_empty() { batches.push(mem::replace(&mut cur, Vec::new())); }
    println!("{:?}", batches);
}
