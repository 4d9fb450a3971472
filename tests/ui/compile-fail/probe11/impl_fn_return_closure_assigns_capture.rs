// A closure returned as `impl Fn() -> u32` assigns its capture: E0594.
//@ compile-fail
fn counter(mut n: u32) -> impl Fn() -> u32 {
    move || {
        n += 1; //~ ERROR E0594
        n
    }
}
fn main() {
    println!("{}", counter(1)());
}
