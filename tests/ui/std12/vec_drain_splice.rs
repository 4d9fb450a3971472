// Vec::drain over ranges, splice (shorter, longer, empty replacement), split_off, append, with capacities.
fn main() {
    let mut v: Vec<i32> = (0..10).collect();
    let drained: Vec<i32> = v.drain(2..5).collect();
    println!("{:?} {:?} cap {}", drained, v, v.capacity());
    let tail: Vec<i32> = v.drain(4..).collect();
    println!("{:?} {:?}", tail, v);
    let head: Vec<i32> = v.drain(..=1).rev().collect();
    println!("{:?} {:?}", head, v);
    v.drain(..);
    println!("{:?} cap {}", v, v.capacity());
    let mut w = vec![1, 2, 3, 4, 5];
    let removed: Vec<i32> = w.splice(1..3, [20, 30, 40]).collect();
    println!("{:?} {:?} cap {}", removed, w, w.capacity());
    let removed2: Vec<i32> = w.splice(..2, std::iter::empty()).collect();
    println!("{:?} {:?}", removed2, w);
    w.splice(1..1, vec![7, 7]);
    println!("{:?} cap {}", w, w.capacity());
    let mut s = vec![String::from("a"), String::from("b"), String::from("c"), String::from("d")];
    let back = s.split_off(1);
    println!("{:?} cap {} | {:?} cap {}", s, s.capacity(), back, back.capacity());
    let mut a = vec![1, 2];
    let mut b = vec![3, 4, 5];
    a.append(&mut b);
    println!("{:?} cap {} | {:?} cap {}", a, a.capacity(), b, b.capacity());
    let c = a.split_off(a.len());
    println!("{:?} cap {}", c, c.capacity());
    let d = a.split_off(0);
    println!("{:?} cap {} | {:?} cap {}", a, a.capacity(), d, d.capacity());
    let mut text = String::from("hello wonderful world");
    let mid: String = text.drain(6..16).collect();
    println!("{:?} {:?}", mid, text);
    let mut evens = Vec::new();
    let mut all: Vec<u32> = (1..=8).collect();
    for x in all.drain(..).filter(|x| x % 2 == 0) {
        evens.push(x);
    }
    println!("{:?} {:?} cap {}", evens, all, all.capacity());
}
