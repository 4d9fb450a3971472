//@ compile-fail
// `pub(super)` reaches the parent module only, not the crate root.
mod a {
    pub mod b {
        pub(super) fn up() -> i32 {
            1
        }
    }

    pub fn g() -> i32 {
        b::up()
    }
}

fn main() {
    println!("{} {}", a::g(), a::b::up()); //~ ERROR E0603
}
