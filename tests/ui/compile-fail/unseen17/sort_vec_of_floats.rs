//@ compile-fail
// Sorting a list of prices with `.sort()` as Python's list.sort(), on f64 which is not Ord.
fn main() {
    let mut prices = vec![3.5, 1.25, 9.0, 2.75];
    prices.sort(); //~ ERROR E0277
    println!("{:?}", prices);
}
