//@ compile-fail
// sum of an iterator bound with no type, then printed
fn main() {
    let sizes = vec![3u64, 4, 5];
    let total = sizes.iter().sum(); //~ ERROR E0283
    println!("{}", total);
}
