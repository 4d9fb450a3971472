// `v.swap(i, j)` exchanges two elements with one mutable borrow.
fn main() {
    let mut v = vec!['a', 'b', 'c', 'd'];
    v.swap(0, 3);
    let last = v.len() - 1;
    v.swap(1, last - 1);
    println!("{:?}", v);
    let mut i = 0;
    while i + 1 < v.len() {
        v.swap(i, i + 1);
        i += 2;
    }
    println!("{:?}", v);
}
