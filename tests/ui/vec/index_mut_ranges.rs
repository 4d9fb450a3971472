// Mutable range indexing of vectors, slices and arrays (IndexMut with ranges)
fn main() {
    let mut v = vec![5, 1, 4, 2, 3];
    v[1..4].sort();
    println!("{:?}", v);
    let s = &mut v[..2];
    s[0] = 9;
    s.swap(0, 1);
    println!("{:?}", v);
    let t = &mut v[3..];
    t.reverse();
    let w = &mut v[..];
    let u = &mut w[1..3];
    u[0] += 100;
    println!("{:?}", v);
    let mut a = [1, 2, 3, 4];
    a[..2].copy_from_slice(&[7, 8]);
    println!("{:?}", a);
}
