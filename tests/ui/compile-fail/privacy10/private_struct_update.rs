//@ compile-fail
// `..base` would move the private fields from outside the module.
mod m {
    #[derive(Default)]
    pub struct P {
        pub a: i32,
        b: i32,
    }

    impl P {
        pub fn b(&self) -> i32 {
            self.b
        }
    }
}

fn main() {
    let q = m::P { a: 1, ..Default::default() }; //~ ERROR E0451
    println!("{} {}", q.a, q.b());
}
