//@ compile-fail
// A closure passed as FnMut moves its capture out.
fn call_twice<F: FnMut()>(mut f: F) { f(); f(); }
fn main() {
    let s = String::from("a");
    call_twice(|| drop(s)); //~ ERROR E0507
}
