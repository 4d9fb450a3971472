//@ compile-fail
// The item `max_by_key` returns borrows the Vec, which is pushed to while it is held.
fn main() {
    let mut v = vec![String::from("a"), String::from("bbb")];
    let best = v.iter().max_by_key(|s| s.len());
    v.push(String::from("cc")); //~ ERROR E0502
    println!("{:?}", best);
}
