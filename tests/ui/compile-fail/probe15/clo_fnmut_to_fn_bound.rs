//@ compile-fail
// A closure that mutates its capture given to an `F: Fn()` parameter (E0594).
fn call<F: Fn()>(f: F) { f(); }
fn main() {
    let mut n = 0;
    call(|| n += 1); //~ ERROR E0594
    println!("{}", n);
}
