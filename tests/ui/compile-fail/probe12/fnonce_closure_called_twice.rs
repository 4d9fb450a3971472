//@ compile-fail
// A closure that drops its capture is `FnOnce`: calling it twice is E0382.
fn main() {
    let s = String::from("a");
    let f = move || drop(s);
    f();
    f(); //~ ERROR E0382
}
