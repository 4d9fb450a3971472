//@ compile-fail
// Auto traits leak through `impl Trait`: an `impl Debug` hiding an `Rc` cannot move to another thread.
use std::rc::Rc;

fn make() -> impl std::fmt::Debug {
    Rc::new(5)
}

fn main() {
    let x = make();
    let h = std::thread::spawn(move || println!("{:?}", x)); //~ ERROR E0277
    h.join().unwrap();
}
