//@ compile-fail
// A closure that drops its capture is FnOnce.
fn main() {
    let v = vec![1, 2, 3];
    let f = || drop(v);
    f();
    f(); //~ ERROR E0382
}
