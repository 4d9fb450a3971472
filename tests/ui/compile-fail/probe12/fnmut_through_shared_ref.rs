//@ compile-fail
// `F: FnMut()` called through `&F` (E0596).
fn call<F: FnMut()>(f: &F) {
    f(); //~ ERROR E0596
}
fn main() {
    let mut n = 0;
    call(&|| n += 1);
}
