//@ compile-fail
// Matching a tuple struct by path when one of its fields is private: its constructor is private.
mod m {
    pub struct T(pub i32, i32);

    pub fn t() -> T {
        T(1, 2)
    }
}

fn main() {
    let m::T(x, _) = m::t(); //~ ERROR E0603
    println!("{}", x);
}
