// get and get_mut take a position or a range (SliceIndex): an unsuffixed literal index becomes usize; out-of-range gives None.
fn main() {
    let mut v = vec![10, 20, 30];
    let i = 2;
    println!("{:?} {:?} {:?}", v.get(0), v.get(i), v.get(7));
    let j = 1;
    let k = j + 1;
    println!("{:?}", v.get(k).copied());
    if let Some(x) = v.get_mut(1) { *x += 5; }
    let a = [1.5, 2.5];
    println!("{:?} {:?} {:?}", a.get(1), v.get(1..), a.get(..=1));
    let s: &[i32] = &v;
    println!("{:?} {:?}", s.get(1..2), s.get(2..1));
    let idx: Vec<usize> = vec![0, 2];
    for &n in &idx { print!("{:?} ", v.get(n)); }
    println!();
    let words = vec!["a", "b"];
    let w = words.get(0).unwrap_or(&"z");
    println!("{}", w);
    if let Some(sub) = v.get_mut(0..2) { sub[0] = 99; }
    println!("{:?}", v);
    let total: i32 = (0..5).filter_map(|q| v.get(q)).sum();
    println!("{}", total);
}
