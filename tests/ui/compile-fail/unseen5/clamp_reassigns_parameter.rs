//@ compile-fail
// A by-value parameter is immutable unless declared `mut`.
fn clamp(value: i32, max: i32) -> i32 {
    if value > max {
        value = max; //~ ERROR E0384
    }
    value
}

fn main() {
    println!("{}", clamp(42, 10));
}
