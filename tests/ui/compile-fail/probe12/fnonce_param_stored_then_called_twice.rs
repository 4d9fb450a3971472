//@ compile-fail
// An `impl FnOnce() -> u32` parameter called twice.
fn run(f: impl FnOnce() -> u32) -> u32 {
    f() + f() //~ ERROR E0382
}
fn main() {
    println!("{}", run(|| 1));
}
