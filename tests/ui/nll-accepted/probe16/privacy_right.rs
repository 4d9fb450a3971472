// Public fields and methods, pub(crate), pub(super) inside its parent, globs without collision, use of variants.
mod shapes {
    #[derive(Default)]
    pub struct Sq { pub side: u32, pub(crate) id: u32 }
    impl Sq { pub fn new() -> Sq { Sq { side: 3, id: 9 } } pub(crate) fn area(&self) -> u32 { self.side * self.side } }
    pub mod inner {
        pub(super) fn f() -> u32 { 4 }
        pub(in crate::shapes) fn g() -> u32 { 5 }
    }
    pub fn h() -> u32 { inner::f() + inner::g() }
}
mod a { pub fn fa() -> u32 { 1 } }
mod b { pub fn fb() -> u32 { 2 } pub fn fa() -> u32 { 10 } }
use a::*;
use b::*;
use shapes::Sq;
enum Color { Red, Green }
use Color::*;
fn top() -> u32 { 7 }
mod m { pub fn g() -> u32 { super::top() + self::k() } fn k() -> u32 { 1 } }
fn main() {
    let s = Sq { side: 2, ..Sq::default() };
    let t = Sq::new();
    let c = Red;
    let n = match c { Red => 1, Green => 2 };
    println!("{} {} {} {} {} {} {}", s.area(), t.id, shapes::h(), fb(), m::g(), n, a::fa());
}
