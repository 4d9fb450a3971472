//@ compile-fail
// A closure of two parameters given to `F: Fn(u32) -> u32`.
fn apply<F: Fn(u32) -> u32>(f: F) -> u32 {
    f(1)
}
fn main() {
    println!("{}", apply(|a, b| a + b)); //~ ERROR E0593
}
