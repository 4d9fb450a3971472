//@ compile-fail
// Assigning a private field from outside its module (E0616).
mod shapes {
    pub struct Sq { side: u32 }
    impl Sq { pub fn new() -> Sq { Sq { side: 3 } } pub fn side(&self) -> u32 { self.side } }
}
fn main() {
    let mut s = shapes::Sq::new();
    s.side = 4; //~ ERROR E0616
    println!("{}", s.side());
}
