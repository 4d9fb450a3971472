//@ compile-fail
// A pub(in crate::a) function used outside crate::a (E0603).
mod a {
    pub mod b {
        pub(in crate::a) fn f() -> u32 { 1 }
    }
}
fn main() {
    println!("{}", a::b::f()); //~ ERROR E0603
}
