// A move closure written into a `Box<dyn Fn()>` assigns its capture: E0594.
//@ compile-fail
fn main() {
    let mut n = 0;
    let f: Box<dyn Fn()> = Box::new(move || n += 1); //~ ERROR E0594
    f();
}
