//@ compile-fail
// `i.sum::<u32>()` on an `I: Iterator` whose items are not known to sum into `u32`.
fn total<I: Iterator>(i: I) -> u32 {
    i.sum() //~ ERROR E0277
}
fn main() {
    println!("{}", total(vec![1u32].into_iter()));
}
