// `v.swap(0, 1)` instead of two `&mut` into one Vec.
fn main() {
    let mut v = vec![1, 2];
    v.swap(0, 1);
    let (a, b) = (v[0], v[1]);
    v[0] = a + b;
    println!("{:?}", v);
}
