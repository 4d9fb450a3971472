// Iterating into a new Vec, then extending.
fn main() {
    let mut v = vec![1, 2];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    v.extend(doubled.iter());
    v.extend_from_slice(&doubled);
    println!("{:?}", v);
}
