//@ compile-fail
// `total` is initialised only when the list is not empty, but used in both cases.
fn main() {
    let prices: Vec<u32> = vec![];
    let total: u32;
    if !prices.is_empty() {
        total = prices.iter().sum();
    }
    let with_tax = total * 120 / 100; //~ ERROR E0381
    println!("{}", with_tax);
}
