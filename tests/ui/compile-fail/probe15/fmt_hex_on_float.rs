//@ compile-fail
// `{:x}` on a float (LowerHex not implemented, E0277).
fn main() {
    let f = 2.5;
    println!("{:x}", f); //~ ERROR E0277
}
