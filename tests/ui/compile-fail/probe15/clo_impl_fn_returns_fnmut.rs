//@ compile-fail
// An `impl Fn()` return whose closure mutates its capture (E0594).
fn counter() -> impl Fn() -> i32 {
    let mut c = 0;
    move || { c += 1; c } //~ ERROR E0594
}
fn main() {
    let f = counter();
    println!("{}", f());
}
