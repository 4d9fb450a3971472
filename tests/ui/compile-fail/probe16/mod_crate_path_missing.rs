//@ compile-fail
// crate:: path to a missing item (E0425).
mod m { pub fn f() -> u32 { 1 } }
fn main() {
    println!("{}", crate::m::g()); //~ ERROR E0425
}
