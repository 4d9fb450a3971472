//@ compile-fail
// `total += &price` is std's `AddAssign<&u32>`: it borrows `total` mutably, so rustc reports E0596.
fn main() {
    let prices = [3u32, 4, 5];
    let total = 0u32;
    for price in prices.iter() {
        total += price; //~ ERROR E0596
    }
    println!("{}", total);
}
