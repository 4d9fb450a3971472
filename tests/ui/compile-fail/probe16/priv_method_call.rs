//@ compile-fail
// Calling a private method from outside its module (E0624).
mod bank {
    pub struct Acc { pub bal: u32 }
    impl Acc { fn audit(&self) -> bool { true } }
}
fn main() {
    let a = bank::Acc { bal: 1 };
    println!("{}", a.audit()); //~ ERROR E0624
}
