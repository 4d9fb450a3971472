// An explicit `use` shadows a glob import of the same name; a trait imported for its method.
mod a { pub fn f() -> u32 { 1 } pub fn g() -> u32 { 3 } }
mod b { pub fn f() -> u32 { 2 } }
use a::*;
use b::f;
mod m {
    pub trait Hello { fn hi(&self) -> u32 { 1 } }
    impl Hello for u8 {}
}
use m::Hello;
fn main() { println!("{} {} {}", f(), g(), 5u8.hi()); }
