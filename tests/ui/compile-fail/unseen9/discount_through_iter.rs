//@ compile-fail
// Prices are discounted in place while iterating with iter() instead of iter_mut().
fn main() {
    let mut prices = vec![10.0, 25.0, 40.0];
    for p in prices.iter() {
        *p *= 0.9; //~ ERROR E0594
    }
    println!("{:?}", prices);
}
