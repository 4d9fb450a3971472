//@ compile-fail
// Calling a private function of another module (E0603).
mod util {
    fn helper() -> u32 { 1 }
}
fn main() {
    println!("{}", util::helper()); //~ ERROR E0603
}
