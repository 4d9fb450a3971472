//@ compile-fail
// A `use` without `pub` is private to its module: it cannot be named through the module.
mod m {
    use std::collections::HashMap;

    pub fn f() -> HashMap<i32, i32> {
        HashMap::new()
    }
}

fn main() {
    let h: m::HashMap<i32, i32> = m::f(); //~ ERROR E0603
    println!("{}", h.len());
}
