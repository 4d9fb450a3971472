//@ compile-fail
// A private module on the way hides its `pub` items from outside its parent.
mod a {
    mod inner {
        pub fn f() -> i32 {
            1
        }
    }

    pub fn g() -> i32 {
        inner::f()
    }
}

fn main() {
    println!("{}", a::inner::f() + a::g()); //~ ERROR E0603
}
