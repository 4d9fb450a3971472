//@ compile-fail
// `pub use` cannot make a private function public.
mod m {
    fn f() -> i32 {
        1
    }

    pub use self::f as g; //~ ERROR E0364
}

fn main() {
    println!("{}", m::g()); //~ ERROR E0603
}
