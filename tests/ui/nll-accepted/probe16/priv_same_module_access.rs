// Private fields and methods used inside their own module and its child modules.
mod bank {
    pub struct Acc { bal: u32 }
    impl Acc {
        pub fn new() -> Acc { Acc { bal: 5 } }
        fn audit(&self) -> bool { self.bal > 0 }
        pub fn ok(&self) -> bool { self.audit() && child::peek(self) == self.bal }
    }
    mod child {
        pub fn peek(a: &super::Acc) -> u32 { a.bal }
    }
}
fn main() {
    let a = bank::Acc::new();
    println!("{}", a.ok());
}
