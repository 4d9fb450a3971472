// An `impl Iterator` capturing the argument's lifetime, consumed before mutation.
fn evens(v: &Vec<i32>) -> impl Iterator<Item = i32> {
    v.iter().copied().filter(|x| x % 2 == 0)
}
fn main() {
    let mut v = vec![1, 2, 4];
    let n = evens(&v).count();
    v.push(6);
    println!("{} {:?}", n, v);
}
