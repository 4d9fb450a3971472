//@ compile-fail
// Reading a private field from outside its module (E0616).
mod shapes {
    pub struct Sq { side: u32 }
    pub fn make() -> Sq { Sq { side: 3 } }
}
fn main() {
    let s = shapes::make();
    println!("{}", s.side); //~ ERROR E0616
}
