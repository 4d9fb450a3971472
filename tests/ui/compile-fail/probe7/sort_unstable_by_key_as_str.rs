//@ compile-fail
// `sort_unstable_by_key` has the same `FnMut(&T) -> K` bound as `sort_by_key`.
fn main() {
    let mut v = vec![String::from("b")];
    v.sort_unstable_by_key(|s| s.as_str()); //~ ERROR lifetime may not live long enough
    println!("{:?}", v);
}
