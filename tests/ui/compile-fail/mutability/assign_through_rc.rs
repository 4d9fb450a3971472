//@ compile-fail
// Assigning a field of a struct behind an Rc.
use std::rc::Rc;

struct Settings {
    volume: u8,
}

fn main() {
    let s = Rc::new(Settings { volume: 3 });
    s.volume = 10; //~ ERROR E0594
    println!("{}", s.volume);
}
