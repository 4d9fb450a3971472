// A closure reading `s.a` while the code mutates `s.b`.
struct Two {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn main() {
    let mut t = Two { a: vec![1, 2], b: Vec::new() };
    let total = || t.a.iter().sum::<i32>();
    t.b.push(total());
    t.b.push(total() * 2);
    println!("{:?} {:?}", t.a, t.b);
}
