// Destructuring a struct with private fields is not possible, but a getter and pub fields with `..` are fine.
mod m {
    pub struct P { pub x: u32, pub y: u32 }
    pub fn make() -> P { P { x: 1, y: 2 } }
}
fn main() {
    let m::P { x, .. } = m::make();
    let p = m::make();
    println!("{} {}", x, p.y);
}
