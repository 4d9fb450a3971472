//@ compile-fail
// A trait implemented for i32 in another module is not in scope here: its methods cannot be called.
mod m {
    pub trait Greet {
        fn hi(&self) -> i32 {
            1
        }
    }
    impl Greet for i32 {}
}

fn main() {
    let x: i32 = 5;
    println!("{}", x.hi()); //~ ERROR E0599
}
