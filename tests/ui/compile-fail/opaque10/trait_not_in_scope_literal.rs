//@ compile-fail
// A trait method on an integer literal while the trait is not in scope: the literal's type stays ambiguous (E0689).
mod m {
    pub trait Greet {
        fn hi(&self) -> i32 {
            1
        }
    }
    impl Greet for i32 {}
}

fn main() {
    println!("{}", 5.hi()); //~ ERROR E0689
}
