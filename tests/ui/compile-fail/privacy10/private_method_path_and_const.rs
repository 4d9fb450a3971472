//@ compile-fail
// A private method named by path, and a private associated constant.
mod m {
    pub struct P;

    impl P {
        const K: i32 = 3;

        fn get(&self) -> i32 {
            Self::K
        }
    }
}

fn main() {
    let p = m::P;
    println!("{}", m::P::get(&p)); //~ ERROR E0624
    println!("{}", m::P::K); //~ ERROR E0624
}
