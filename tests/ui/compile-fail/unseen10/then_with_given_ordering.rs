//@ compile-fail
// then_with takes a closure, but an Ordering value is passed to it.
fn main() {
    let mut shifts = vec![(5u32, 30u32), (8, 20), (5, 24)];
    shifts.sort_by(|a, b| b.0.cmp(&a.0).then_with(a.1.cmp(&b.1))); //~ ERROR E0277
    println!("{:?}", shifts);
}
