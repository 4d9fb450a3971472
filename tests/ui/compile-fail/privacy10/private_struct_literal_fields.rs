//@ compile-fail
// Two private fields in one literal: one error naming both.
mod m {
    pub struct P {
        pub a: i32,
        b: i32,
        c: i32,
    }

    impl P {
        pub fn sum(&self) -> i32 {
            self.a + self.b + self.c
        }
    }
}

fn main() {
    let p = m::P { a: 1, b: 2, c: 3 }; //~ ERROR E0451
    println!("{}", p.sum());
}
