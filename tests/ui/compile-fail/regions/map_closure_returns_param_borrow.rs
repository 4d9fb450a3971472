//@ compile-fail
// A map closure returning a borrow of its argument itself keeps the slice's own (elided) lifetime.
fn lookup<'a>(pairs: &[(&'a str, &'a str)], key: &str) -> Option<&'a &'a str> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v) //~ ERROR E0621
}

fn main() {
    println!("{:?}", lookup(&[("a", "b")], "a"));
}
