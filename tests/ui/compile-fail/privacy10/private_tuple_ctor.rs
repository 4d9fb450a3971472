//@ compile-fail
// A tuple struct with a private field has a private constructor, even when the struct is `pub`.
mod m {
    pub struct Meters(f64);

    impl Meters {
        pub fn get(&self) -> f64 {
            self.0
        }
    }
}

fn main() {
    let d = m::Meters(3.5); //~ ERROR E0603
    println!("{}", d.get());
}
