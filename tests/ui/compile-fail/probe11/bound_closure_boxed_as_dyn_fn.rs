// An FnMut closure bound earlier and then boxed as `Box<dyn Fn()>`: E0525 at the closure.
//@ compile-fail
fn main() {
    let mut n = 0;
    let c = || n += 1; //~ ERROR E0525
    let f: Box<dyn Fn()> = Box::new(c);
    f();
}
