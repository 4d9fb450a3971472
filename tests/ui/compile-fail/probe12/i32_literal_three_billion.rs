//@ compile-fail
// `3_000_000_000` does not fit an `i32`.
fn main() {
    let x: i32 = 3_000_000_000; //~ ERROR literal out of range for `i32`
    println!("{x}");
}
