//@ compile-fail
// `fn total<I: Iterator<Item = u32>>` given an iterator of `&str`.
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}
fn main() {
    println!("{}", total(vec!["a", "b"].into_iter())); //~ ERROR E0271
}
