// Rejected (E0502): `v` is borrowed by `first` when `push` needs to write it.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("{}", first);
}
