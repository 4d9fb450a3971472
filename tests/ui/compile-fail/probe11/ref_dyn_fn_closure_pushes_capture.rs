// A closure written as a `&dyn Fn()` argument borrows its capture mutably: E0596.
//@ compile-fail
fn call(f: &dyn Fn()) {
    f();
}
fn main() {
    let mut v = vec![1];
    call(&|| v.push(2)); //~ ERROR E0596
    println!("{:?}", v);
}
