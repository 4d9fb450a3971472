//@ compile-fail
// A `Box<dyn FnOnce()>` called twice.
fn main() {
    let s = String::from("x");
    let f: Box<dyn FnOnce()> = Box::new(move || drop(s));
    f();
    f(); //~ ERROR E0382
}
