// `v.push(*last)`: the shared borrow from `last()` ends when `*last` is read, before the push.
fn main() {
    let mut v = vec![1, 2];
    let last = v.last().unwrap();
    v.push(*last);
    let first = v[0];
    v.push(first + 10);
    println!("{:?}", v);
}
