//@ compile-fail
// An accumulator declared without `mut` cannot be updated in a loop.
fn main() {
    let prices = [3, 8, 12];
    let total = 0;
    for p in prices {
        total += p; //~ ERROR E0384
    }
    println!("{}", total);
}
