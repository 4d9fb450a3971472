//@ compile-fail
// Indexing the Vec mutably while iter_mut still holds it.
fn main() {
    let mut totals = vec![1, 2, 3];
    for t in totals.iter_mut() {
        totals[0] += *t; //~ ERROR E0499
    }
    println!("{:?}", totals);
}
