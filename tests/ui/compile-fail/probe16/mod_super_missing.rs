//@ compile-fail
// super:: path to an item the parent does not have (E0425).
fn top() -> u32 { 1 }
mod m {
    pub fn g() -> u32 { super::tip() } //~ ERROR E0425
}
fn main() { println!("{} {}", top(), m::g()); }
