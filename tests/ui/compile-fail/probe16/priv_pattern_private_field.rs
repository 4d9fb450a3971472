//@ compile-fail
// Destructuring a struct with a private field from outside (E0451).
mod m {
    pub struct P { pub x: u32, y: u32 }
    pub fn make() -> P { P { x: 1, y: 2 } }
}
fn main() {
    let m::P { x, y } = m::make(); //~ ERROR E0451
    println!("{} {}", x, y);
}
