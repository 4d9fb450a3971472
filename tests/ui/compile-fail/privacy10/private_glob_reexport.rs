//@ compile-fail
// A glob `pub use` re-exports a `pub(super)` function no further than its parent.
mod shapes {
    mod inner {
        pub(super) fn f() -> i32 {
            1
        }

        pub fn g() -> i32 {
            2
        }
    }

    pub use self::inner::*;

    pub fn h() -> i32 {
        f()
    }
}

fn main() {
    println!("{} {}", shapes::g() + shapes::h(), shapes::f()); //~ ERROR E0603
}
