//@ compile-fail
// Calling a private inherent method from another module (E0624).
mod bank {
    pub struct Acct(pub u32);
    impl Acct {
        fn secret(&self) -> u32 {
            self.0
        }
    }
}
fn main() {
    let a = bank::Acct(1);
    println!("{}", a.secret()); //~ ERROR E0624
}
