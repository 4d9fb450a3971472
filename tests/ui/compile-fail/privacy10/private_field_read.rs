//@ compile-fail
// A field without `pub` cannot be read outside the struct's module, even through a `pub` struct.
mod m {
    pub struct P {
        a: i32,
    }

    impl P {
        pub fn new() -> P {
            P { a: 1 }
        }
    }
}

fn main() {
    let p = m::P::new();
    println!("{}", p.a); //~ ERROR E0616
}
