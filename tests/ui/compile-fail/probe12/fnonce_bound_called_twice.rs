//@ compile-fail
// `F: FnOnce()` called twice in a generic body.
fn twice<F: FnOnce()>(f: F) {
    f();
    f(); //~ ERROR E0382
}
fn main() {
    twice(|| println!("hi"));
}
