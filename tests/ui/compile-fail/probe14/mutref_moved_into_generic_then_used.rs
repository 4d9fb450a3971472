//@ compile-fail
// A `&mut` passed to a generic `T` parameter is moved, not reborrowed.
fn id<T>(t: T) -> T { t }
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    id(r);
    r.push(2); //~ ERROR E0382
}
