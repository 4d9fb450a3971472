// A boxed iterator (Box<dyn Iterator<Item = u32>>) is an iterator: for, next, sum, count, collect with std's growth.
fn evens(n: u32) -> Box<dyn Iterator<Item = u32>> {
    Box::new((0..n).filter(|x| x % 2 == 0))
}
fn squares(v: Vec<u32>) -> Box<dyn Iterator<Item = u32>> {
    Box::new(v.into_iter().map(|x| x * x))
}
fn main() {
    let v: Vec<u32> = evens(10).collect();
    println!("{:?} {}", v, v.capacity());
    let w: Vec<u32> = squares(vec![1, 2, 3]).collect();
    println!("{:?} {}", w, w.capacity());
    let t: u32 = squares(vec![4, 5]).map(|x| x + 1).sum();
    println!("{}", t);
    let mut it = evens(6);
    while let Some(x) = it.next() { print!("{} ", x); }
    println!();
    for x in evens(5) {
        print!("[{}]", x);
    }
    println!(" {}", evens(7).count());
}
