// Empty-range drains leave the tail in place; splice with exact, lower-bound-only and unknown-length replacements, at the end and with Strings.
fn main() {
    let mut v = vec![1, 2, 3];
    let none: Vec<i32> = v.drain(1..1).collect();
    println!("{:?} {:?} cap {}", none, v, v.capacity());
    v.drain(3..);
    println!("{:?}", v);
    let mut w: Vec<i32> = (0..6).collect();
    let gone: Vec<i32> = w.splice(2..4, (10..20).filter(|x| x % 3 == 0)).collect();
    println!("{:?} {:?} cap {}", gone, w, w.capacity());
    let mut x = vec![1, 2, 3, 4];
    x.splice(4.., [8, 9, 10, 11, 12]);
    println!("{:?} cap {}", x, x.capacity());
    let mut y = vec![5, 6, 7];
    y.splice(1..2, (0..4).chain((0..3).filter(|n| n % 2 == 0)));
    println!("{:?} cap {}", y, y.capacity());
    let mut z = vec![1, 2, 3, 4, 5, 6];
    let r: Vec<i32> = z.splice(1..5, [0]).rev().collect();
    println!("{:?} {:?} cap {}", r, z, z.capacity());
    let mut s: Vec<String> = ["a", "b", "c"].iter().map(|t| t.to_string()).collect();
    let old: Vec<String> = s.splice(..1, vec![String::from("x"), String::from("yy")]).collect();
    println!("{:?} {:?} cap {}", old, s, s.capacity());
    s.splice(1..3, std::iter::empty());
    println!("{:?} cap {}", s, s.capacity());
}
