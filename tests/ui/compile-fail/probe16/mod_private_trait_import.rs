//@ compile-fail
// Importing a private trait (E0603).
mod m {
    trait Hello { fn hi(&self) -> u32 { 1 } }
    impl Hello for u8 {}
}
use m::Hello; //~ ERROR E0603
fn main() { println!("{}", 5u8.hi()); } //~ ERROR E0599
