//@ compile-fail
// A nested module calling the parent's function without super:: (E0425).
fn top() -> u32 { 1 }
mod m {
    pub fn g() -> u32 { top() } //~ ERROR E0425
}
fn main() { println!("{}", m::g()); }
