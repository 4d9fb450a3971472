//@ compile-fail
// A trait method called without the trait in scope (E0599).
mod m {
    pub trait Hello { fn hi(&self) -> u32 { 1 } }
    impl Hello for u8 {}
}
fn main() {
    println!("{}", 5u8.hi()); //~ ERROR E0599
}
