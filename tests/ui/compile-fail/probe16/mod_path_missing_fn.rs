//@ compile-fail
// Calling a function a module does not have (E0425).
mod util {
    pub fn helper() -> u32 { 1 }
}
fn main() {
    println!("{}", util::other()); //~ ERROR E0425
}
