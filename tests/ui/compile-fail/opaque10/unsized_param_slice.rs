//@ compile-fail
// A function cannot take a slice by value: `[i32]` has no size known at compile time.
fn total(s: [i32]) -> i32 { //~ ERROR E0277
    s.iter().sum()
}

fn main() {}
