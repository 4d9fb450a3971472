// Mutating elements through `iter_mut`, then reading the Vec.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x *= 3;
    }
    for x in &mut v {
        *x += 1;
    }
    println!("{:?}", v);
    v.push(0);
    println!("{}", v.len());
}
