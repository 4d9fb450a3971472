//@ compile-fail
// binary_search on sorted f64 values needs Ord.
fn main() {
    let sorted = [0.5, 1.5, 2.5];
    let at = sorted.binary_search(&1.5); //~ ERROR E0277
    println!("{:?}", at);
}
