//@ compile-fail
// Calling a private associated function from outside its module (E0624).
mod bank {
    pub struct Acc { pub bal: u32 }
    impl Acc { fn new() -> Acc { Acc { bal: 0 } } }
}
fn main() {
    let a = bank::Acc::new(); //~ ERROR E0624
    println!("{}", a.bal);
}
