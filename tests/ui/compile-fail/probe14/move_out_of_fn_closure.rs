//@ compile-fail
// A closure passed as `Fn` moves its capture out.
fn call<F: Fn()>(f: F) { f(); }
fn main() {
    let s = String::from("a");
    call(move || drop(s)); //~ ERROR E0507
}
