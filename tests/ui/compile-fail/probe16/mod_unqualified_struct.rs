//@ compile-fail
// Naming a module's struct without its path (E0422).
mod shapes {
    pub struct Sq { pub side: u32 }
}
fn main() {
    let s = Sq { side: 1 }; //~ ERROR E0422
    println!("{}", s.side);
}
