//@ compile-fail
// A `move` closure takes a `&mut`; using it afterwards.
fn main() {
    let mut x = 1;
    let r = &mut x;
    let mut f = move || *r += 1;
    f();
    *r += 1; //~ ERROR E0382
}
