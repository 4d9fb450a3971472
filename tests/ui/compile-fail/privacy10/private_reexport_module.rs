//@ compile-fail
// `pub use` of a private module is E0365; `pub(crate) use` of a private struct is E0364.
mod m {
    mod inner {
        pub fn f() {}
    }

    pub use self::inner as x; //~ ERROR E0365

    pub fn g() {
        x::f()
    }

    struct S;

    pub(crate) use self::S as T; //~ ERROR E0364
}

fn main() {
    m::g();
}
