//@ compile-fail
// Prices are raised through iter() instead of iter_mut().
fn main() {
    let mut prices = vec![100, 250, 75];
    for p in prices.iter() {
        *p += 10; //~ ERROR E0594
    }
    prices.push(1);
    println!("{:?}", prices);
}
