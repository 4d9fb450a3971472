//@ compile-fail
// `rest @ ..` of `[first, rest @ ..]` includes the last element: a second mutable borrow of it conflicts.
fn main() {
    let mut v = [1, 2, 3];
    let s = &mut v[..];
    if let [_, rest @ ..] = &mut *s {
        let last = s.last_mut(); //~ ERROR E0499
        rest[0] += 1;
        println!("{last:?}");
    }
}
