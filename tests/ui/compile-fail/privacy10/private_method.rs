//@ compile-fail
// An inherent method without `pub` cannot be called outside the type's module.
mod m {
    pub struct P;

    impl P {
        fn secret(&self) -> i32 {
            1
        }

        pub fn open(&self) -> i32 {
            self.secret() + 1
        }
    }
}

fn main() {
    let p = m::P;
    println!("{} {}", p.open(), p.secret()); //~ ERROR E0624
}
