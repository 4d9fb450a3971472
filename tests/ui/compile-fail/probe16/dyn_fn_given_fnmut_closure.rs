//@ compile-fail
// A closure that mutates its capture coerced to Box<dyn Fn()> (E0525 or E0594).
fn main() {
    let mut n = 0;
    let f: Box<dyn Fn()> = Box::new(|| n += 1); //~ ERROR E0594
    f();
}
