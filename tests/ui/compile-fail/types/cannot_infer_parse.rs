//@ compile-fail
// `parse` without a target type.
fn main() {
    let n = "42".parse().unwrap(); //~ ERROR E0284
    println!("{}", n);
}
