//@ compile-fail
// A pub(super) function of a nested module used from two levels up (E0603, from two levels up).
mod a {
    pub mod b {
        pub(super) fn f() -> u32 { 1 }
    }
    pub fn g() -> u32 { b::f() }
}
fn main() {
    println!("{} {}", a::g(), a::b::f()); //~ ERROR E0603
}
