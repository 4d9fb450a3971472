//@ compile-fail
// Implementing a trait that does not exist (E0405).
struct S;
impl Printable for S {} //~ ERROR E0405
fn main() {}
