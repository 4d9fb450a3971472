//@ compile-fail
// The impl Trait result keeps the argument borrowed (edition 2024 capture): push while iterating (E0502).
fn big(v: &Vec<u32>) -> impl Iterator<Item = u32> + '_ { v.iter().copied().filter(|x| *x > 1) }
fn main() {
    let mut v = vec![1, 2, 3];
    let it = big(&v);
    v.push(4); //~ ERROR E0502
    println!("{}", it.count());
}
