//@ compile-fail
// Calling a module's function without its path or a use (E0425).
mod util {
    pub fn helper() -> u32 { 1 }
}
fn main() {
    println!("{}", helper()); //~ ERROR E0425
}
