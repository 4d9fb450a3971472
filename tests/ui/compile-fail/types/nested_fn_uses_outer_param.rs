//@ compile-fail
// A nested fn cannot read a parameter of the function around it.
fn total(prices: &[u32], tax: u32) -> u32 {
    fn with_tax(p: u32) -> u32 {
        p + tax //~ ERROR E0434
    }
    prices.iter().map(|p| with_tax(*p)).sum()
}

fn main() {
    println!("{}", total(&[10, 20], 2));
}
