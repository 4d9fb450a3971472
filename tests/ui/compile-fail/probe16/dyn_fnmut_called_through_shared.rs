//@ compile-fail
// Calling a &dyn FnMut through a shared reference (E0596).
fn call(f: &dyn FnMut() -> i32) -> i32 { f() } //~ ERROR E0596
fn main() {
    let mut n = 0;
    println!("{}", call(&mut || { n += 1; n }));
}
