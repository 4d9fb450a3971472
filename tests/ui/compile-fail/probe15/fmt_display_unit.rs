//@ compile-fail
// `{}` on the unit value (E0277).
fn main() {
    let u = ();
    println!("{}", u); //~ ERROR E0277
}
