//@ compile-fail
// A function without `pub` is visible only in its module: `main` cannot call it.
mod m {
    fn hidden() -> i32 {
        1
    }
}

fn main() {
    println!("{}", m::hidden()); //~ ERROR E0603
}
