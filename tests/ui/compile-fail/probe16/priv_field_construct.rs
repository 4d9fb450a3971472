//@ compile-fail
// Building a struct with a private field from outside its module (E0451).
mod shapes {
    pub struct Sq { pub side: u32, id: u32 }
}
fn main() {
    let s = shapes::Sq { side: 1, id: 2 }; //~ ERROR E0451
    println!("{}", s.side);
}
