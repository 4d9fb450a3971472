//@ compile-fail
// Reading a private field of a struct from another module (E0616).
mod shapes {
    pub struct Sq {
        side: u32,
    }
    impl Sq {
        pub fn new(side: u32) -> Sq {
            Sq { side }
        }
    }
}
fn main() {
    let s = shapes::Sq::new(2);
    println!("{}", s.side); //~ ERROR E0616
}
