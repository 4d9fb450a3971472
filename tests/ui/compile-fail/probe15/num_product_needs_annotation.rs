//@ compile-fail
// product() of an iterator without a result type (E0283).
fn main() {
    let p = (1..4).product(); //~ ERROR E0283
    println!("{}", p);
}
