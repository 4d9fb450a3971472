// An impl Trait result capturing a borrow, dropped before the argument is mutated.
fn big(v: &Vec<u32>) -> impl Iterator<Item = u32> { v.iter().copied().filter(|x| *x > 1) }
fn main() {
    let mut v = vec![1, 2, 3];
    let n = big(&v).count();
    v.push(4);
    let m = big(&v).count();
    println!("{} {}", n, m);
}
