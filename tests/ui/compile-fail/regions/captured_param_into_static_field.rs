//@ compile-fail
// A closure stores a captured `&str` parameter in a `&'static str` field: the requirement falls on the parameter.
struct Named {
    name: &'static str,
    n: u32,
}
fn build(s: &str, k: u32) -> Vec<Named> {
    (0..k).map(|n| Named { name: s, n }).collect() //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", build("a", 2).len());
}
