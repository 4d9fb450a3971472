//@ compile-fail
// `powi` on a float variable of ambiguous type (E0689).
fn main() {
    let x = 2.0;
    println!("{}", x.powi(2)); //~ ERROR E0689
}
