// Vec's own methods get two-phase borrows: `v.truncate(v.len() - 1)` reads `v` in its argument.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.truncate(v.len() - 1);
    let last = v.len() - 1;
    v.swap(0, last);
    v.insert(v.len() / 2, 9);
    v.remove(v.len() - 1);
    println!("{:?}", v);
}
