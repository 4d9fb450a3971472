//@ compile-fail
// A struct literal outside the module must not set a private field.
mod m {
    pub struct P {
        a: i32,
    }

    impl P {
        pub fn a(&self) -> i32 {
            self.a
        }
    }
}

fn main() {
    let p = m::P { a: 1 }; //~ ERROR E0451
    println!("{}", p.a());
}
