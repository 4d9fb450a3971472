//@ compile-fail
// Edition 2024: `-> impl Iterator` captures the argument's lifetime.
fn evens(v: &Vec<i32>) -> impl Iterator<Item = i32> {
    v.iter().copied().filter(|x| x % 2 == 0)
}
fn main() {
    let mut v = vec![1, 2, 4];
    let it = evens(&v);
    v.push(6); //~ ERROR E0502
    println!("{}", it.count());
}
