//@ compile-fail
// `total` is declared without a value and then added to.
fn main() {
    let prices = vec![3, 4, 5];
    let mut total: i32;
    for p in &prices {
        total += p;
    }
    println!("{}", total); //~ ERROR E0381
}
