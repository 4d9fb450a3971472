//@ compile-fail
// Importing a private function with `use` is itself the error.
mod m {
    fn f() -> u32 {
        3
    }

    pub fn g() -> u32 {
        f()
    }
}

use m::f; //~ ERROR E0603

fn main() {
    println!("{} {}", f(), m::g());
}
