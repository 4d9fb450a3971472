//@ compile-fail
// A closure that moves out of its capture given to an `F: Fn()` parameter (E0507).
fn call<F: Fn()>(f: F) { f(); }
fn main() {
    let s = String::from("a");
    call(move || drop(s)); //~ ERROR E0507
}
