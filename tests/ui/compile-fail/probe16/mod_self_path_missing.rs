//@ compile-fail
// self:: path to an item the module does not have (E0425).
mod m {
    fn a() -> u32 { 1 }
    pub fn g() -> u32 { self::b() } //~ ERROR E0425
}
fn main() { println!("{}", m::g()); }
